import { describe, expect, it } from 'vitest';
import { cadreAggregate } from '../src/index.js';
import { cadre, TOMORROW, VILLAGE } from './support/fixtures.js';
import { expectRule } from './support/ledger.js';
import { registerCadre, townshipWithVillages } from './support/scenario.js';

const cadreId = cadre(1);
const leaving = { cadreId, exitedOn: '2025-06-30', reason: '外出务工，不再适合培养' };

function enlisted() {
  const ledger = townshipWithVillages();
  registerCadre(ledger, 1);
  ledger.run('EnlistReserveCadre', {
    cadreId,
    villageId: VILLAGE,
    source: 'VETERAN',
    tier: 3,
    enlistedOn: '2025-01-10',
  });
  return ledger;
}

describe('LeaveReservePool', () => {
  it("takes a reserve cadre out of their village's pool, with why; they may be enlisted again", () => {
    const ledger = enlisted();
    expect(ledger.run('LeaveReservePool', leaving).cadre).toEqual([
      { type: 'ReserveCadreLeft', data: { ...leaving, villageId: VILLAGE } },
    ]);
    expect(ledger.state(cadreAggregate, cadreId).reserve).toBeUndefined();
    ledger.run('EnlistReserveCadre', {
      cadreId,
      villageId: VILLAGE,
      source: 'VETERAN',
      tier: 2,
      enlistedOn: '2025-09-01',
    });
    expect(ledger.state(cadreAggregate, cadreId).reserve?.tier).toBe(2);
  });

  it('refuses a cadre outside the pool, no reason, a day before the enlistment or in the future', () => {
    const ledger = townshipWithVillages();
    expectRule(ledger.reject('LeaveReservePool', leaving), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(ledger.reject('LeaveReservePool', leaving), 'NOT_A_RESERVE_CADRE', 'cadreId');
    const pooled = enlisted();
    expectRule(pooled.reject('LeaveReservePool', { ...leaving, reason: '' }), 'REQUIRED', 'reason');
    expectRule(
      pooled.reject('LeaveReservePool', { ...leaving, exitedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'exitedOn',
    );
    expectRule(
      pooled.reject('LeaveReservePool', { ...leaving, exitedOn: '2025-01-09' }),
      'DATE_OUT_OF_ORDER',
      'exitedOn',
    );
  });
});
