import { describe, expect, it } from 'vitest';
import { cadreAggregate, honorAtLeast } from '../src/index.js';
import { cadre, SECRETARY_SEAT, THIS_YEAR, TOMORROW } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { appointCadre, registerCadre, townshipWithVillages } from './support/scenario.js';

const cadreId = cadre(1);

describe('HonorCadre', () => {
  const honor = {
    cadreId,
    title: '优秀村党组织书记',
    level: 'DISTRICT',
    awardingBody: '中共包河区委',
    awardedOn: '2025-07-01',
  };

  it('records an honor on the file', () => {
    const ledger = new Ledger();
    registerCadre(ledger, 1);
    expect(ledger.run('HonorCadre', honor).cadre).toEqual([{ type: 'CadreHonored', data: honor }]);
    const { cadreId: _cadreId, ...recorded } = honor;
    expect(ledger.state(cadreAggregate, cadreId).honors).toEqual([recorded]);
    expect(honorAtLeast('DISTRICT', 'DISTRICT') && honorAtLeast('NATIONAL', 'DISTRICT')).toBe(true);
    expect(honorAtLeast('TOWNSHIP', 'DISTRICT')).toBe(false);
  });

  it('refuses a missing cadre, the same honor twice, unknown levels and future dates', () => {
    const ledger = new Ledger();
    expectRule(ledger.reject('HonorCadre', honor), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(ledger.reject('HonorCadre', { ...honor, level: 'COUNTY' }), 'INVALID_VALUE', 'level');
    expectRule(ledger.reject('HonorCadre', { ...honor, awardedOn: TOMORROW }), 'DATE_IN_FUTURE', 'awardedOn');
    expectRule(ledger.reject('HonorCadre', { ...honor, awardingBody: '' }), 'REQUIRED', 'awardingBody');
    ledger.run('HonorCadre', honor);
    expectRule(ledger.reject('HonorCadre', honor), 'HONOR_ALREADY_RECORDED', 'title', 'CONFLICT');
  });
});

describe('RecordAnnualAssessment', () => {
  const assessment = {
    cadreId,
    year: 2025,
    score: 92.5,
    grade: 'EXCELLENT',
    bonus: 6000,
    assessedOn: '2026-01-10',
  };

  it('records the score, grade and bonus of a year', () => {
    const ledger = new Ledger();
    registerCadre(ledger, 1);
    expect(ledger.run('RecordAnnualAssessment', assessment).cadre).toEqual([
      { type: 'AnnualAssessmentRecorded', data: assessment },
    ]);
    const { cadreId: _cadreId, ...recorded } = assessment;
    expect(ledger.state(cadreAggregate, cadreId).assessments).toEqual([recorded]);
  });

  it('refuses a second assessment for a year, a future year, scores off 0..100 and negative bonuses', () => {
    const ledger = new Ledger();
    expectRule(
      ledger.reject('RecordAnnualAssessment', assessment),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    registerCadre(ledger, 1);
    expectRule(ledger.reject('RecordAnnualAssessment', { ...assessment, score: 101 }), 'TOO_LARGE', 'score');
    expectRule(ledger.reject('RecordAnnualAssessment', { ...assessment, score: -1 }), 'TOO_SMALL', 'score');
    expectRule(ledger.reject('RecordAnnualAssessment', { ...assessment, bonus: -100 }), 'TOO_SMALL', 'bonus');
    expectRule(
      ledger.reject('RecordAnnualAssessment', { ...assessment, grade: 'A' }),
      'INVALID_VALUE',
      'grade',
    );
    expectRule(
      ledger.reject('RecordAnnualAssessment', { ...assessment, year: THIS_YEAR + 1 }),
      'YEAR_IN_FUTURE',
      'year',
    );
    ledger.run('RecordAnnualAssessment', assessment);
    expectRule(
      ledger.reject('RecordAnnualAssessment', assessment),
      'ASSESSMENT_ALREADY_RECORDED',
      'year',
      'CONFLICT',
    );
  });
});

describe('GrantBenefit', () => {
  const benefit = { cadreId, kind: 'PENSION_SUBSIDY', year: 2025, amount: 1800, grantedOn: '2025-05-20' };

  it('records a benefit for a cadre in office', () => {
    const ledger = townshipWithVillages();
    appointCadre(ledger, registerCadre(ledger, 1), SECRETARY_SEAT);
    expect(ledger.run('GrantBenefit', benefit).cadre).toEqual([{ type: 'BenefitGranted', data: benefit }]);
    ledger.run('GrantBenefit', { ...benefit, kind: 'HEALTH_CHECKUP', amount: 500 });
    expect(ledger.state(cadreAggregate, cadreId).benefits.map((b) => b.kind)).toEqual([
      'PENSION_SUBSIDY',
      'HEALTH_CHECKUP',
    ]);
  });

  it('refuses a cadre out of office, a kind twice a year, unknown kinds and bad amounts', () => {
    const ledger = townshipWithVillages();
    expectRule(ledger.reject('GrantBenefit', benefit), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(ledger.reject('GrantBenefit', benefit), 'NOT_IN_OFFICE', 'cadreId');
    appointCadre(ledger, cadreId, SECRETARY_SEAT);
    expectRule(ledger.reject('GrantBenefit', { ...benefit, kind: 'CAR' }), 'INVALID_VALUE', 'kind');
    expectRule(ledger.reject('GrantBenefit', { ...benefit, amount: -1 }), 'TOO_SMALL', 'amount');
    expectRule(ledger.reject('GrantBenefit', { ...benefit, amount: '1800' }), 'INVALID_TYPE', 'amount');
    expectRule(ledger.reject('GrantBenefit', { ...benefit, year: THIS_YEAR + 1 }), 'YEAR_IN_FUTURE', 'year');
    ledger.run('GrantBenefit', benefit);
    expectRule(ledger.reject('GrantBenefit', benefit), 'BENEFIT_ALREADY_GRANTED', 'kind', 'CONFLICT');
  });
});
