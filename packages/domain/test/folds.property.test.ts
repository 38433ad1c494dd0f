import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Aggregate, type CommandName, cadreAggregate, fold, villageAggregate } from '../src/index.js';
import { CHAIR_SEAT, cadre, MEMBER_SEAT, SECRETARY_SEAT, VILLAGE } from './support/fixtures.js';
import type { Ledger } from './support/ledger.js';
import { registerCadre, reviewCadre, secretary, townshipWithVillages } from './support/scenario.js';

const cadreId = cadre(1);
const grade = fc.constantFrom('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT');
const year = fc.integer({ min: 2022, max: 2026 });

/** Any command of the yearly cycle, valid or not for the history it meets. */
const yearlyCommand: fc.Arbitrary<[CommandName, object]> = fc.oneof(
  year.map((y): [CommandName, object] => [
    'MakePledge',
    { cadreId, year: y, items: ['修路'], madeOn: `${y}-02-01` },
  ]),
  year.map((y): [CommandName, object] => [
    'ReportPledgeProgress',
    { cadreId, year: y, progress: '进展顺利', reportedOn: `${y}-07-01` },
  ]),
  fc.tuple(year, grade, grade).map(([y, residents, organization]): [CommandName, object] => [
    'EvaluatePledge',
    {
      cadreId,
      year: y,
      residentsRating: residents,
      organizationRating: organization,
      evaluatedOn: `${y}-11-20`,
    },
  ]),
  fc
    .tuple(
      fc.constantFrom('优秀党务工作者', '乡村振兴先进个人'),
      fc.constantFrom('TOWNSHIP', 'DISTRICT', 'CITY'),
      year,
    )
    .map(([title, level, y]): [CommandName, object] => [
      'HonorCadre',
      { cadreId, title, level, awardingBody: '区委', awardedOn: `${y}-07-01` },
    ]),
  fc
    .tuple(year, fc.integer({ min: 0, max: 100 }), grade)
    .map(([y, score, g]): [CommandName, object] => [
      'RecordAnnualAssessment',
      { cadreId, year: y, score, grade: g, bonus: score * 50 },
    ]),
  fc
    .tuple(year, fc.constantFrom('HEALTH_CHECKUP', 'PENSION_SUBSIDY', 'ACCIDENT_INSURANCE'))
    .map(([y, kind]): [CommandName, object] => ['GrantBenefit', { cadreId, kind, year: y, amount: 600 }]),
);

const count = (ledger: Ledger, type: string) =>
  ledger.history('cadre', cadreId).filter((e) => e.type === type).length;
const distinct = (keys: unknown[]) => new Set(keys.map((k) => JSON.stringify(k))).size === keys.length;

function foldsAlike<State>(aggregate: Aggregate<State, any>, events: any[], cut: number): void {
  const whole = fold(aggregate, events);
  expect(fold(aggregate, events)).toEqual(whole);
  const half = fold(aggregate, events.slice(0, cut));
  expect(events.slice(cut).reduce(aggregate.evolve, half)).toEqual(whole);
}

describe('folding the cadre file', () => {
  const inOffice = () => {
    const ledger = townshipWithVillages();
    secretary(ledger, 1);
    return ledger;
  };

  it('counts in the state equal the events, and the once-a-year rules hold', () => {
    fc.assert(
      fc.property(fc.array(yearlyCommand, { maxLength: 30 }), (commands) => {
        const ledger = inOffice();
        const before = ledger.history('cadre', cadreId).length;
        const accepted = commands.filter(([name, input]) => ledger.attempt(name, input) === null).length;
        const state = ledger.state(cadreAggregate, cadreId);
        expect(ledger.history('cadre', cadreId).length - before).toBe(accepted);
        expect(state.pledges).toHaveLength(count(ledger, 'PledgeMade'));
        expect(state.pledges.filter((p) => p.evaluation)).toHaveLength(count(ledger, 'PledgeEvaluated'));
        expect(state.pledges.flatMap((p) => p.progress)).toHaveLength(
          count(ledger, 'PledgeProgressReported'),
        );
        expect(state.honors).toHaveLength(count(ledger, 'CadreHonored'));
        expect(state.assessments).toHaveLength(count(ledger, 'AnnualAssessmentRecorded'));
        expect(state.benefits).toHaveLength(count(ledger, 'BenefitGranted'));
        expect(distinct(state.pledges.map((p) => p.year))).toBe(true);
        expect(distinct(state.assessments.map((a) => a.year))).toBe(true);
        expect(distinct(state.benefits.map((b) => [b.kind, b.year]))).toBe(true);
        expect(distinct(state.honors.map((h) => [h.title, h.awardedOn]))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('is deterministic and can resume from any point of the history', () => {
    fc.assert(
      fc.property(fc.array(yearlyCommand, { maxLength: 20 }), fc.nat(), (commands, at) => {
        const ledger = inOffice();
        for (const [name, input] of commands) ledger.attempt(name, input);
        const events = ledger.history('cadre', cadreId);
        foldsAlike(cadreAggregate, events, at % (events.length + 1));
      }),
      { numRuns: 60 },
    );
  });
});

describe('folding seats', () => {
  const seats = [SECRETARY_SEAT, CHAIR_SEAT, MEMBER_SEAT];
  const move = fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...seats));

  it('never seats two holders on a single seat, and the village agrees with the cadres', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 25 }), (moves) => {
        const ledger = townshipWithVillages();
        for (const serial of [1, 2, 3]) reviewCadre(ledger, registerCadre(ledger, serial));
        for (const [appoint, serial, seat] of moves) {
          const post = { cadreId: cadre(serial), villageId: VILLAGE, ...seat };
          if (appoint)
            ledger.attempt('AppointCadre', { ...post, method: 'ELECTION', appointedOn: '2021-10-15' });
          else ledger.attempt('LeavePost', { ...post, reason: 'RESIGNED', leftOn: '2022-01-01' });
        }
        const village = ledger.state(villageAggregate, VILLAGE);
        for (const single of [SECRETARY_SEAT, CHAIR_SEAT])
          expect(
            village.seats.filter((s) => s.committee === single.committee && s.position === single.position)
              .length,
          ).toBeLessThanOrEqual(1);
        const held = [1, 2, 3].flatMap((serial) =>
          ledger
            .state(cadreAggregate, cadre(serial))
            .currentPosts.map((p) => `${cadre(serial)} ${p.committee} ${p.position}`),
        );
        expect(village.seats.map((s) => `${s.cadreId} ${s.committee} ${s.position}`).sort()).toEqual(
          held.sort(),
        );
        foldsAlike(villageAggregate, ledger.history('village', VILLAGE), moves.length);
      }),
      { numRuns: 60 },
    );
  });
});
