import { describe, expect, it } from 'vitest';
import {
  ensureCommandId,
  idNumberCheckChar,
  idNumberStreamId,
  isCleanText,
  isKnownAreaCode,
} from '../src/index.js';
import { cadre, profileFor, UNKNOWN, VILLAGE } from './support/fixtures.js';
import { expectRule } from './support/ledger.js';
import { registerCadre, townshipWithVillages } from './support/scenario.js';

/** A valid ID number of 1980-05-15 for a man, issued in the given area. */
const idNumberIn = (area: string) => {
  const first17 = `${area}19800515013`;
  return first17 + idNumberCheckChar(first17);
};

describe('one person, one ID number', () => {
  it('reserves the number on its own stream and refuses a second file with it, writing nothing', () => {
    const ledger = townshipWithVillages();
    const first = registerCadre(ledger, 1);
    const { idNumber } = profileFor(1);
    expect(ledger.history('id-number', idNumberStreamId(idNumber))).toEqual([
      { type: 'IdNumberReserved', data: { cadreId: first } },
    ]);
    const error = ledger.reject('RegisterCadre', {
      cadreId: cadre(2),
      villageId: VILLAGE,
      profile: { ...profileFor(1), name: '另一个人' },
    });
    expectRule(error, 'ID_NUMBER_TAKEN', 'profile.idNumber', 'CONFLICT');
    expect(error.messages.zh).toContain('身份证号');
  });

  it('moves a corrected number to the new reservation, and refuses a number another file holds', () => {
    const ledger = townshipWithVillages();
    const first = registerCadre(ledger, 1);
    registerCadre(ledger, 2);
    const taken = profileFor(2).idNumber;
    expectRule(
      ledger.reject('CorrectCadreProfile', {
        cadreId: first,
        changes: { idNumber: taken, birthDate: profileFor(2).birthDate, gender: profileFor(2).gender },
        reason: '档案核对',
      }),
      'ID_NUMBER_TAKEN',
      'changes.idNumber',
      'CONFLICT',
    );
    const free = profileFor(3);
    ledger.run('CorrectCadreProfile', {
      cadreId: first,
      changes: { idNumber: free.idNumber, birthDate: free.birthDate, gender: free.gender },
      reason: '档案核对',
    });
    expect(ledger.history('id-number', idNumberStreamId(free.idNumber))).toEqual([
      { type: 'IdNumberReserved', data: { cadreId: first } },
    ]);
  });

  it('writes no reservation for a correction that leaves the number alone', () => {
    const ledger = townshipWithVillages();
    const first = registerCadre(ledger, 1);
    const events = ledger.run('CorrectCadreProfile', {
      cadreId: first,
      changes: { name: '王五' },
      reason: '改名',
    });
    expect(Object.keys(events)).toEqual(['newIdNumber', 'cadre']);
    expect(events.newIdNumber).toEqual([]);
  });
});

describe('the area code of an ID number (GB/T 2260)', () => {
  it('knows current divisions and divisions since abolished, and no made-up code', () => {
    expect(isKnownAreaCode('340121')).toBe(true); // 肥东县
    expect(isKnownAreaCode('110228')).toBe(true); // 密云县, a district since 2015
    expect(isKnownAreaCode('000000')).toBe(false);
    expect(isKnownAreaCode('349999')).toBe(false);
  });

  it('refuses a number from no division, naming the rule, and accepts one from an abolished county', () => {
    const ledger = townshipWithVillages();
    const register = (idNumber: string, serial: number) => ({
      cadreId: cadre(serial),
      villageId: VILLAGE,
      profile: { ...profileFor(serial), idNumber, birthDate: '1980-05-15', gender: 'MALE' },
    });
    const error = ledger.reject('RegisterCadre', register(idNumberIn('349999'), 1));
    expectRule(error, 'ID_NUMBER_AREA_CODE', 'profile.idNumber');
    expect(error.messages.zh).toContain('GB/T 2260');
    ledger.run('RegisterCadre', register(idNumberIn('110228'), 2));
  });

  it('asks a registration for a registered village', () => {
    const ledger = townshipWithVillages();
    expectRule(
      ledger.reject('RegisterCadre', { cadreId: cadre(1), villageId: UNKNOWN, profile: profileFor(1) }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
  });
});

describe('text a person typed, and command ids', () => {
  const clean = (field: string, value: string) => {
    const ledger = townshipWithVillages();
    return ledger.reject('RegisterCadre', {
      cadreId: cadre(1),
      villageId: VILLAGE,
      profile: { ...profileFor(1), [field]: value },
    });
  };

  it.each([
    ['a NUL byte', '张\u0000三'],
    ['a right-to-left override', '张\u202E三'],
    ['a lone surrogate', '张\uD800三'],
    ['an escape character', '张\u001B[31m三'],
  ])('refuses %s in a name, naming the field', (_what, name) => {
    expectRule(clean('name', name), 'TEXT_CHARACTERS', 'profile.name');
  });

  it('keeps line breaks, tabs and characters beyond the basic plane', () => {
    expect(isCleanText('第一行\n第二行\t𠀀')).toBe(true);
    expect(isCleanText('\u202Eevil')).toBe(false);
  });

  it('refuses a command id that is empty, too long or not plain letters and digits', () => {
    for (const id of ['', 'short', 'x'.repeat(101), 'has space 123', 'nul\u0000byte-123', 42])
      expect(() => ensureCommandId(id), String(id).slice(0, 20)).toThrow(/INVALID_COMMAND_ID/);
    expect(() => ensureCommandId('9b2f5a0e-0c1d-4f7e-9d61-3b7c2a1e5f00')).not.toThrow();
  });
});
