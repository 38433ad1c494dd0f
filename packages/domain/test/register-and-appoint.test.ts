import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appointCadre, cadreAggregate, DomainError, fold, parseInput, registerCadre } from '../src/index.js';

const context = { actor: 'user:test', now: new Date('2026-11-25T08:00:00Z'), commandId: randomUUID() };
const cadreId = randomUUID();
const profile = {
  name: '张三',
  gender: 'FEMALE',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002x',
  educationLevel: 'BACHELOR',
};

function rejection(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('RegisterCadre', () => {
  it('registers with defaults filled in and the ID number upper-cased', () => {
    const input = parseInput(registerCadre.input, { cadreId, profile });
    const events = registerCadre.decide(input, { cadre: cadreAggregate.initialState }, context);
    expect(events.cadre).toEqual([
      {
        type: 'CadreRegistered',
        data: {
          cadreId,
          profile: {
            ...profile,
            idNumber: '11010519491231002X',
            ethnicity: '汉族',
            politicalStatus: 'CPC_MEMBER',
          },
        },
      },
    ]);
  });

  it('names the field and the rule of bad input, in both languages', () => {
    const error = rejection(() =>
      parseInput(registerCadre.input, { cadreId, profile: { ...profile, name: '' } }),
    );
    expect(error).toMatchObject({ kind: 'BAD_USER_INPUT', rule: 'REQUIRED', field: 'profile.name' });
    expect(error.messages).toEqual({ zh: '姓名不能为空', en: 'Name is required' });
    const unknown = rejection(() =>
      parseInput(registerCadre.input, { cadreId, profile: { ...profile, nickname: 'x' } }),
    );
    expect(unknown).toMatchObject({ rule: 'UNKNOWN_FIELD', field: 'profile.nickname' });
    const date = rejection(() =>
      parseInput(registerCadre.input, { cadreId, profile: { ...profile, birthDate: '1949-02-30' } }),
    );
    expect(date).toMatchObject({ rule: 'INVALID_DATE', field: 'profile.birthDate' });
  });

  it('refuses a birth date or gender that disagrees with the ID number, and a second registration', () => {
    const input = parseInput(registerCadre.input, { cadreId, profile });
    const empty = { cadre: cadreAggregate.initialState };
    expect(
      rejection(() =>
        registerCadre.decide(
          { ...input, profile: { ...input.profile, birthDate: '1949-12-30' } },
          empty,
          context,
        ),
      ).rule,
    ).toBe('ID_NUMBER_BIRTH_DATE_MISMATCH');
    expect(
      rejection(() =>
        registerCadre.decide({ ...input, profile: { ...input.profile, gender: 'MALE' } }, empty, context),
      ).rule,
    ).toBe('ID_NUMBER_GENDER_MISMATCH');
    const registered = fold(cadreAggregate, registerCadre.decide(input, empty, context).cadre!);
    expect(rejection(() => registerCadre.decide(input, { cadre: registered }, context))).toMatchObject({
      kind: 'CONFLICT',
      rule: 'CADRE_ALREADY_REGISTERED',
    });
  });
});

describe('AppointCadre', () => {
  const registered = fold(
    cadreAggregate,
    registerCadre.decide(
      parseInput(registerCadre.input, { cadreId, profile }),
      { cadre: cadreAggregate.initialState },
      context,
    ).cadre!,
  );
  const villageId = randomUUID();
  const post = {
    cadreId,
    villageId,
    committee: 'PARTY_COMMITTEE',
    position: 'PARTY_SECRETARY',
    method: 'ELECTION',
    appointedOn: '2021-10-15',
  };

  it('appoints a registered cadre and folds the post into the state', () => {
    const input = parseInput(appointCadre.input, post);
    const events = appointCadre.decide(input, { cadre: registered }, context).cadre!;
    const state = events.reduce(cadreAggregate.evolve, registered);
    expect(state.currentPosts).toEqual([
      {
        villageId,
        committee: 'PARTY_COMMITTEE',
        position: 'PARTY_SECRETARY',
        method: 'ELECTION',
        appointedOn: '2021-10-15',
      },
    ]);
  });

  it('refuses an unknown cadre, a future date, a second village and the same post twice', () => {
    const input = parseInput(appointCadre.input, post);
    expect(
      rejection(() => appointCadre.decide(input, { cadre: cadreAggregate.initialState }, context)).kind,
    ).toBe('NOT_FOUND');
    expect(
      rejection(() =>
        appointCadre.decide({ ...input, appointedOn: '2026-11-26' }, { cadre: registered }, context),
      ).rule,
    ).toBe('DATE_IN_FUTURE');
    const holding = appointCadre
      .decide(input, { cadre: registered }, context)
      .cadre!.reduce(cadreAggregate.evolve, registered);
    expect(
      rejection(() =>
        appointCadre.decide(
          { ...input, villageId: randomUUID(), committee: 'RESIDENTS_COMMITTEE' },
          { cadre: holding },
          context,
        ),
      ).rule,
    ).toBe('POSTS_IN_ONE_VILLAGE');
    expect(rejection(() => appointCadre.decide(input, { cadre: holding }, context)).rule).toBe(
      'ALREADY_HOLDS_POST',
    );
  });
});
