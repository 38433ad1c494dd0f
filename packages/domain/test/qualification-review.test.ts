import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadreAggregate } from '../src/index.js';
import { cadre, OTHER_TOWNSHIP, TOMORROW, TOWNSHIP, UNKNOWN, uuidOf, VILLAGE } from './support/fixtures.js';
import { expectRule, type Ledger } from './support/ledger.js';
import { registerCadre, reviewCadre, reviewId, townshipWithVillages } from './support/scenario.js';

const cadreId = cadre(1);
const review = reviewId(cadreId);
const opening = {
  cadreId,
  reviewId: review,
  townshipId: TOWNSHIP,
  villageId: VILLAGE,
  committee: 'RESIDENTS_COMMITTEE',
  position: 'CHAIR',
  openedOn: '2025-03-01',
};
const verdict = (department: string, overrides: object = {}) => ({
  cadreId,
  reviewId: review,
  department,
  verdict: 'APPROVED',
  decidedOn: '2025-03-10',
  ...overrides,
});
const conclusion = { cadreId, reviewId: review, concludedOn: '2025-03-20' };

function opened(): Ledger {
  const ledger = townshipWithVillages();
  registerCadre(ledger, 1);
  ledger.run('OpenQualificationReview', opening);
  return ledger;
}

describe('OpenQualificationReview', () => {
  it("asks the township's reviewing departments of the day", () => {
    const ledger = townshipWithVillages();
    registerCadre(ledger, 1);
    const departments = [
      { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
      { code: 'PETITIONS', name: '信访' },
    ];
    ledger.run('ChangeTownshipSettings', { townshipId: TOWNSHIP, reviewingDepartments: departments });
    const { townshipId: _townshipId, ...recorded } = opening;
    expect(ledger.run('OpenQualificationReview', opening).cadre).toEqual([
      { type: 'QualificationReviewOpened', data: { ...recorded, departments } },
    ]);
    const { cadreId: _cadreId, ...review } = recorded;
    expect(ledger.state(cadreAggregate, cadreId).qualificationReviews).toEqual([
      { ...review, departments, verdicts: [] },
    ]);
  });

  it('refuses what is missing, a village of another township, a second open review, a used id', () => {
    const ledger = townshipWithVillages();
    expectRule(ledger.reject('OpenQualificationReview', opening), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(
      ledger.reject('OpenQualificationReview', { ...opening, townshipId: OTHER_TOWNSHIP }),
      'TOWNSHIP_NOT_FOUND',
      'townshipId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('OpenQualificationReview', { ...opening, villageId: UNKNOWN }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
    ledger.run('RegisterTownship', { townshipId: OTHER_TOWNSHIP, name: '大圩镇', district: '包河区' });
    expectRule(
      ledger.reject('OpenQualificationReview', { ...opening, townshipId: OTHER_TOWNSHIP }),
      'VILLAGE_NOT_IN_TOWNSHIP',
      'villageId',
    );
    expectRule(
      ledger.reject('OpenQualificationReview', { ...opening, openedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'openedOn',
    );
    expectRule(
      ledger.reject('OpenQualificationReview', { ...opening, position: 'PARTY_SECRETARY' }),
      'POSITION_NOT_ON_COMMITTEE',
      'position',
    );
    ledger.run('OpenQualificationReview', opening);
    expectRule(
      ledger.reject('OpenQualificationReview', { ...opening, reviewId: uuidOf(0x999) }),
      'REVIEW_ALREADY_OPEN',
      'cadreId',
      'CONFLICT',
    );
    for (const department of ['DISCIPLINE_INSPECTION', 'PUBLIC_SECURITY'])
      ledger.run('RecordDepartmentVerdict', verdict(department));
    ledger.run('ConcludeQualificationReview', conclusion);
    expectRule(ledger.reject('OpenQualificationReview', opening), 'REVIEW_ID_TAKEN', 'reviewId', 'CONFLICT');
  });
});

describe('RecordDepartmentVerdict', () => {
  it("records one department's verdict on the open review", () => {
    const ledger = opened();
    const rejection = verdict('PUBLIC_SECURITY', { verdict: 'REJECTED', note: '受过刑事处罚' });
    expect(ledger.run('RecordDepartmentVerdict', rejection).cadre).toEqual([
      { type: 'DepartmentVerdictRecorded', data: rejection },
    ]);
    expect(ledger.state(cadreAggregate, cadreId).qualificationReviews[0]?.verdicts).toEqual([
      { department: 'PUBLIC_SECURITY', verdict: 'REJECTED', note: '受过刑事处罚', decidedOn: '2025-03-10' },
    ]);
  });

  it('refuses unknown reviews and departments, a second verdict, a silent rejection, bad dates', () => {
    const ledger = opened();
    expectRule(
      ledger.reject('RecordDepartmentVerdict', { ...verdict('PUBLIC_SECURITY'), cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY', { reviewId: UNKNOWN })),
      'REVIEW_NOT_FOUND',
      'reviewId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('COURT')),
      'DEPARTMENT_NOT_IN_REVIEW',
      'department',
    );
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY', { verdict: 'REJECTED' })),
      'REJECTION_NEEDS_NOTE',
      'note',
    );
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY', { verdict: 'MAYBE' })),
      'INVALID_VALUE',
      'verdict',
    );
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY', { decidedOn: TOMORROW })),
      'DATE_IN_FUTURE',
      'decidedOn',
    );
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY', { decidedOn: '2025-02-28' })),
      'DATE_OUT_OF_ORDER',
      'decidedOn',
    );
    ledger.run('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY'));
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY')),
      'VERDICT_ALREADY_RECORDED',
      'department',
      'CONFLICT',
    );
    ledger.run('RecordDepartmentVerdict', verdict('DISCIPLINE_INSPECTION'));
    ledger.run('ConcludeQualificationReview', conclusion);
    expectRule(
      ledger.reject('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY')),
      'REVIEW_ALREADY_CONCLUDED',
      'reviewId',
      'CONFLICT',
    );
  });
});

describe('ConcludeQualificationReview', () => {
  it('approves when every department approved, and folds the conclusion', () => {
    const ledger = opened();
    for (const department of ['DISCIPLINE_INSPECTION', 'PUBLIC_SECURITY'])
      ledger.run('RecordDepartmentVerdict', verdict(department));
    expect(ledger.run('ConcludeQualificationReview', conclusion).cadre).toEqual([
      {
        type: 'QualificationReviewConcluded',
        data: { ...conclusion, villageId: VILLAGE, outcome: 'APPROVED' },
      },
    ]);
    expect(ledger.state(cadreAggregate, cadreId).qualificationReviews[0]?.conclusion).toEqual({
      outcome: 'APPROVED',
      concludedOn: '2025-03-20',
    });
  });

  it('rejects when any department rejected (one rejection blocks)', () => {
    const ledger = townshipWithVillages();
    registerCadre(ledger, 1);
    reviewCadre(ledger, cadreId, { verdicts: { PUBLIC_SECURITY: 'REJECTED' } });
    expect(ledger.state(cadreAggregate, cadreId).qualificationReviews[0]?.conclusion?.outcome).toBe(
      'REJECTED',
    );
  });

  it('refuses while a verdict is missing, twice, unknown reviews and bad dates', () => {
    const ledger = opened();
    expectRule(
      ledger.reject('ConcludeQualificationReview', { ...conclusion, cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('ConcludeQualificationReview', { ...conclusion, reviewId: UNKNOWN }),
      'REVIEW_NOT_FOUND',
      'reviewId',
      'NOT_FOUND',
    );
    ledger.run('RecordDepartmentVerdict', verdict('PUBLIC_SECURITY', { verdict: 'REJECTED', note: '涉黑' }));
    expectRule(ledger.reject('ConcludeQualificationReview', conclusion), 'VERDICTS_MISSING', 'reviewId');
    ledger.run('RecordDepartmentVerdict', verdict('DISCIPLINE_INSPECTION'));
    expectRule(
      ledger.reject('ConcludeQualificationReview', { ...conclusion, concludedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'concludedOn',
    );
    expectRule(
      ledger.reject('ConcludeQualificationReview', { ...conclusion, concludedOn: '2025-03-09' }),
      'DATE_OUT_OF_ORDER',
      'concludedOn',
    );
    ledger.run('ConcludeQualificationReview', conclusion);
    expectRule(
      ledger.reject('ConcludeQualificationReview', conclusion),
      'REVIEW_ALREADY_CONCLUDED',
      'reviewId',
      'CONFLICT',
    );
  });

  it('approves exactly when every one of any set of departments approved', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), (approvals) => {
        const ledger = townshipWithVillages();
        const departments = approvals.map((_, i) => ({
          code: `DEPARTMENT_${'ABCDEF'[i]}`,
          name: `部门${i}`,
        }));
        ledger.run('ChangeTownshipSettings', { townshipId: TOWNSHIP, reviewingDepartments: departments });
        registerCadre(ledger, 1);
        ledger.run('OpenQualificationReview', opening);
        for (const [i, approved] of approvals.entries()) {
          const decision = approved ? {} : { verdict: 'REJECTED', note: '不符合条件' };
          ledger.run('RecordDepartmentVerdict', verdict(departments[i]!.code, decision));
        }
        ledger.run('ConcludeQualificationReview', conclusion);
        const outcome = ledger.state(cadreAggregate, cadreId).qualificationReviews[0]?.conclusion?.outcome;
        expect(outcome).toBe(approvals.every(Boolean) ? 'APPROVED' : 'REJECTED');
      }),
      { numRuns: 50 },
    );
  });
});
