import { describe, expect, it } from 'vitest';
import {
  cadreAggregate,
  cadreAppointedV1,
  cadreEvents,
  currentSchemaVersion,
  type DomainEvent,
  upcast,
} from '../src/index.js';
import { cadre, SECRETARY_SEAT, VILLAGE } from './support/fixtures.js';
import { Ledger } from './support/ledger.js';
import { registerCadre, townshipWithVillages } from './support/scenario.js';

const cadreId = cadre(1);
/** CadreAppointed as the first release wrote it: no qualification review. */
const v1Data = {
  cadreId,
  villageId: VILLAGE,
  ...SECRETARY_SEAT,
  method: 'ELECTION',
  appointedOn: '2018-10-15',
};
const v1: DomainEvent = { type: 'CadreAppointed', data: v1Data };

describe('CadreAppointed v1 → v2', () => {
  it('is at version 2, other events at version 1', () => {
    expect(currentSchemaVersion('CadreAppointed')).toBe(2);
    expect(currentSchemaVersion('CadreRegistered')).toBe(1);
    expect(currentSchemaVersion('NoSuchEvent')).toBe(1);
  });

  it('lifts a stored v1 event to v2 with no review, and leaves v2 alone', () => {
    expect(cadreAppointedV1.safeParse(v1.data).success).toBe(true);
    const lifted = upcast('CadreAppointed', 1, v1.data);
    expect(lifted).toEqual({ ...v1Data, qualificationReviewId: null });
    expect(cadreEvents.CadreAppointed.safeParse(lifted).success).toBe(true);
    expect(upcast('CadreAppointed', 2, lifted)).toBe(lifted);
    expect(upcast('CadreRegistered', 1, { any: 'data' })).toEqual({ any: 'data' });
  });

  it('folds a v1 appointment, which later commands then act on', () => {
    const ledger = townshipWithVillages();
    registerCadre(ledger, 1);
    ledger.given('cadre', cadreId, [v1], 1);
    expect(ledger.state(cadreAggregate, cadreId).currentPosts).toEqual([
      { villageId: VILLAGE, ...SECRETARY_SEAT, method: 'ELECTION', appointedOn: '2018-10-15' },
    ]);
    ledger.run('LeavePost', {
      cadreId,
      villageId: VILLAGE,
      ...SECRETARY_SEAT,
      reason: 'TERM_ENDED',
      leftOn: '2021-10-14',
    });
    expect(ledger.state(cadreAggregate, cadreId).formerPosts).toHaveLength(1);
  });

  it('gives the same state as an appointment written today that names no review', () => {
    const fromV1 = new Ledger().given('cadre', cadreId, [v1], 1).state(cadreAggregate, cadreId);
    const current = { type: 'CadreAppointed', data: { ...v1Data, qualificationReviewId: null } };
    const fromV2 = new Ledger().given('cadre', cadreId, [current]).state(cadreAggregate, cadreId);
    expect(fromV1).toEqual(fromV2);
  });
});
