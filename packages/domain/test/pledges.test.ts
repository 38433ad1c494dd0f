import { describe, expect, it } from 'vitest';
import { cadreAggregate } from '../src/index.js';
import { cadre, THIS_YEAR, TOMORROW } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { registerCadre } from './support/scenario.js';

const cadreId = cadre(1);
const pledge = {
  cadreId,
  year: 2025,
  items: ['修通村组道路2公里', '建成村级光伏电站'],
  madeOn: '2025-02-10',
};
const progress = { cadreId, year: 2025, progress: '道路已完工1.2公里', reportedOn: '2025-07-01' };
const evaluation = {
  cadreId,
  year: 2025,
  residentsRating: 'EXCELLENT',
  organizationRating: 'COMPETENT',
  evaluatedOn: '2025-11-20',
};

function withCadre(): Ledger {
  const ledger = new Ledger();
  registerCadre(ledger, 1);
  return ledger;
}

describe('一诺双评: MakePledge, ReportPledgeProgress, EvaluatePledge', () => {
  it('folds a year of pledging into one pledge with its progress and evaluation', () => {
    const ledger = withCadre();
    expect(ledger.run('MakePledge', pledge).cadre).toEqual([{ type: 'PledgeMade', data: pledge }]);
    expect(ledger.run('ReportPledgeProgress', progress).cadre).toEqual([
      { type: 'PledgeProgressReported', data: progress },
    ]);
    expect(ledger.run('EvaluatePledge', evaluation).cadre).toEqual([
      { type: 'PledgeEvaluated', data: evaluation },
    ]);
    expect(ledger.state(cadreAggregate, cadreId).pledges).toEqual([
      {
        year: 2025,
        items: pledge.items,
        madeOn: '2025-02-10',
        progress: [{ progress: '道路已完工1.2公里', reportedOn: '2025-07-01' }],
        evaluation: {
          residentsRating: 'EXCELLENT',
          organizationRating: 'COMPETENT',
          evaluatedOn: '2025-11-20',
        },
      },
    ]);
  });

  it('refuses a second pledge for a year, a future year or date, and an empty pledge', () => {
    const ledger = new Ledger();
    expectRule(ledger.reject('MakePledge', pledge), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(ledger.reject('MakePledge', { ...pledge, items: [] }), 'REQUIRED', 'items');
    expectRule(ledger.reject('MakePledge', { ...pledge, items: [''] }), 'REQUIRED', 'items.0');
    expectRule(ledger.reject('MakePledge', { ...pledge, year: THIS_YEAR + 1 }), 'YEAR_IN_FUTURE', 'year');
    expectRule(ledger.reject('MakePledge', { ...pledge, madeOn: TOMORROW }), 'DATE_IN_FUTURE', 'madeOn');
    expectRule(ledger.reject('MakePledge', { ...pledge, year: 2025.5 }), 'INVALID_TYPE', 'year');
    ledger.run('MakePledge', pledge);
    expectRule(ledger.reject('MakePledge', pledge), 'PLEDGE_ALREADY_MADE', 'year', 'CONFLICT');
  });

  it('refuses progress on no pledge or an evaluated one, and bad dates', () => {
    const ledger = withCadre();
    expectRule(ledger.reject('ReportPledgeProgress', progress), 'PLEDGE_NOT_MADE', 'year');
    ledger.run('MakePledge', pledge);
    expectRule(
      ledger.reject('ReportPledgeProgress', { ...progress, cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('ReportPledgeProgress', { ...progress, reportedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'reportedOn',
    );
    expectRule(
      ledger.reject('ReportPledgeProgress', { ...progress, reportedOn: '2025-02-09' }),
      'DATE_OUT_OF_ORDER',
      'reportedOn',
    );
    expectRule(ledger.reject('ReportPledgeProgress', { ...progress, progress: '' }), 'REQUIRED', 'progress');
    ledger.run('EvaluatePledge', evaluation);
    expectRule(
      ledger.reject('ReportPledgeProgress', progress),
      'PLEDGE_ALREADY_EVALUATED',
      'year',
      'CONFLICT',
    );
  });

  it('evaluates only a pledge made, once, on the fixed scale', () => {
    const ledger = withCadre();
    expectRule(ledger.reject('EvaluatePledge', evaluation), 'PLEDGE_NOT_MADE', 'year');
    ledger.run('MakePledge', pledge);
    expectRule(
      ledger.reject('EvaluatePledge', { ...evaluation, cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('EvaluatePledge', { ...evaluation, residentsRating: 'GOOD' }),
      'INVALID_VALUE',
      'residentsRating',
    );
    expectRule(
      ledger.reject('EvaluatePledge', { ...evaluation, organizationRating: 5 }),
      'INVALID_VALUE',
      'organizationRating',
    );
    expectRule(
      ledger.reject('EvaluatePledge', { ...evaluation, evaluatedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'evaluatedOn',
    );
    expectRule(
      ledger.reject('EvaluatePledge', { ...evaluation, evaluatedOn: '2025-01-01' }),
      'DATE_OUT_OF_ORDER',
      'evaluatedOn',
    );
    ledger.run('EvaluatePledge', evaluation);
    expectRule(ledger.reject('EvaluatePledge', evaluation), 'PLEDGE_ALREADY_EVALUATED', 'year', 'CONFLICT');
  });
});
