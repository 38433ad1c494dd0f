import { describe, expect, it } from 'vitest';
import { cadreAggregate } from '../src/index.js';
import { cadre, OTHER_VILLAGE, TOMORROW, UNKNOWN, VILLAGE } from './support/fixtures.js';
import { expectRule, type Ledger } from './support/ledger.js';
import { registerCadre, secretary, townshipWithVillages } from './support/scenario.js';

const reserveId = cadre(1);
const enlistment = {
  cadreId: reserveId,
  villageId: VILLAGE,
  source: 'RETURNING_GRADUATE',
  tier: 2,
  enlistedOn: '2025-01-10',
};

function enlisted(): Ledger {
  const ledger = townshipWithVillages();
  registerCadre(ledger, 1, { educationLevel: 'BACHELOR' });
  ledger.run('EnlistReserveCadre', enlistment);
  return ledger;
}

describe('EnlistReserveCadre', () => {
  it('puts a registered person into the reserve pool of a village', () => {
    const ledger = townshipWithVillages();
    registerCadre(ledger, 1);
    expect(ledger.run('EnlistReserveCadre', enlistment).cadre).toEqual([
      { type: 'ReserveCadreEnlisted', data: enlistment },
    ]);
    const { cadreId: _cadreId, ...reserve } = enlistment;
    expect(ledger.state(cadreAggregate, reserveId).reserve).toEqual(reserve);
  });

  it('refuses a missing cadre or village, a second enlistment, bad sources, tiers and dates', () => {
    const ledger = townshipWithVillages();
    expectRule(ledger.reject('EnlistReserveCadre', enlistment), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(
      ledger.reject('EnlistReserveCadre', { ...enlistment, villageId: UNKNOWN }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('EnlistReserveCadre', { ...enlistment, source: 'LOTTERY' }),
      'INVALID_VALUE',
      'source',
    );
    expectRule(ledger.reject('EnlistReserveCadre', { ...enlistment, tier: 4 }), 'TOO_LARGE', 'tier');
    expectRule(ledger.reject('EnlistReserveCadre', { ...enlistment, tier: 1.5 }), 'INVALID_TYPE', 'tier');
    expectRule(
      ledger.reject('EnlistReserveCadre', { ...enlistment, enlistedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'enlistedOn',
    );
    ledger.run('EnlistReserveCadre', enlistment);
    expectRule(
      ledger.reject('EnlistReserveCadre', { ...enlistment, villageId: OTHER_VILLAGE }),
      'ALREADY_RESERVE_CADRE',
      'cadreId',
      'CONFLICT',
    );
  });
});

describe('ChangeReserveTier', () => {
  const change = { cadreId: reserveId, tier: 1, changedOn: '2025-07-01', reason: '表现突出' };

  it('moves a reserve cadre to another tier, recording both', () => {
    const ledger = enlisted();
    expect(ledger.run('ChangeReserveTier', change).cadre).toEqual([
      {
        type: 'ReserveTierChanged',
        data: { cadreId: reserveId, from: 2, to: 1, changedOn: '2025-07-01', reason: '表现突出' },
      },
    ]);
    expect(ledger.state(cadreAggregate, reserveId).reserve?.tier).toBe(1);
  });

  it('refuses a cadre outside the pool, the same tier, and bad dates', () => {
    const ledger = townshipWithVillages();
    expectRule(ledger.reject('ChangeReserveTier', change), 'CADRE_NOT_FOUND', 'cadreId', 'NOT_FOUND');
    registerCadre(ledger, 1);
    expectRule(ledger.reject('ChangeReserveTier', change), 'NOT_A_RESERVE_CADRE', 'cadreId');
    ledger.run('EnlistReserveCadre', enlistment);
    expectRule(ledger.reject('ChangeReserveTier', { ...change, tier: 2 }), 'TIER_UNCHANGED', 'tier');
    expectRule(ledger.reject('ChangeReserveTier', { ...change, tier: 0 }), 'TOO_SMALL', 'tier');
    expectRule(
      ledger.reject('ChangeReserveTier', { ...change, changedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'changedOn',
    );
    expectRule(
      ledger.reject('ChangeReserveTier', { ...change, changedOn: '2024-12-31' }),
      'DATE_OUT_OF_ORDER',
      'changedOn',
    );
  });
});

describe('AssignMentors (1+1+N)', () => {
  const mentors = (secretaryCadreId: string) => ({
    cadreId: reserveId,
    townshipLeader: '王镇长',
    secretaryCadreId,
    memberCadreIds: [cadre(3), cadre(4)],
    assignedOn: '2025-02-01',
  });

  it("names a township leader, the village's secretary and committee members", () => {
    const ledger = enlisted();
    registerCadre(ledger, 3);
    registerCadre(ledger, 4);
    const assignment = mentors(secretary(ledger, 2));
    expect(ledger.run('AssignMentors', assignment).cadre).toEqual([
      { type: 'MentorsAssigned', data: assignment },
    ]);
    const { cadreId: _cadreId, ...recorded } = assignment;
    expect(ledger.state(cadreAggregate, reserveId).reserve?.mentors).toEqual(recorded);
  });

  it('refuses mentors for a non-reserve, a secretary of elsewhere or nowhere, self-mentoring and bad lists', () => {
    const ledger = townshipWithVillages();
    for (const n of [1, 3, 4]) registerCadre(ledger, n);
    const villageSecretary = secretary(ledger, 2);
    const assignment = mentors(villageSecretary);
    expectRule(ledger.reject('AssignMentors', assignment), 'NOT_A_RESERVE_CADRE', 'cadreId');
    ledger.run('EnlistReserveCadre', enlistment);
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('AssignMentors', mentors(cadre(8))),
      'CADRE_NOT_FOUND',
      'secretaryCadreId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('AssignMentors', mentors(secretary(ledger, 5, OTHER_VILLAGE))),
      'MENTOR_NOT_SECRETARY',
      'secretaryCadreId',
    );
    expectRule(ledger.reject('AssignMentors', mentors(reserveId)), 'MENTOR_IS_MENTEE', 'secretaryCadreId');
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, memberCadreIds: [cadre(3), cadre(7)] }),
      'CADRE_NOT_FOUND',
      'memberCadreIds.1',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, memberCadreIds: [reserveId] }),
      'MENTOR_IS_MENTEE',
      'memberCadreIds',
    );
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, memberCadreIds: [cadre(3), cadre(3)] }),
      'MENTOR_IS_MENTEE',
      'memberCadreIds',
    );
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, memberCadreIds: [] }),
      'REQUIRED',
      'memberCadreIds',
    );
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, townshipLeader: '' }),
      'REQUIRED',
      'townshipLeader',
    );
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, assignedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'assignedOn',
    );
    expectRule(
      ledger.reject('AssignMentors', { ...assignment, assignedOn: '2025-01-09' }),
      'DATE_OUT_OF_ORDER',
      'assignedOn',
    );
  });
});
