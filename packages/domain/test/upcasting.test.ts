import { describe, expect, it } from 'vitest';
import {
  cadreAggregate,
  cadreAppointedV1,
  cadreEvents,
  currentSchemaVersion,
  DEFAULT_CALENDAR_SETTINGS,
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
/** When a v1 event happened, as its metadata says: 2018-10-15 in China, late in the evening UTC. */
const AT = '2018-10-14T17:30:00.000Z';

describe('CadreAppointed v1 → v2', () => {
  it('is at version 2, events that never changed at version 1', () => {
    expect(currentSchemaVersion('CadreAppointed')).toBe(2);
    expect(currentSchemaVersion('CadreTrained')).toBe(1);
    expect(currentSchemaVersion('NoSuchEvent')).toBe(1);
  });

  it('lifts a stored v1 event to v2 with no review, and leaves v2 alone', () => {
    expect(cadreAppointedV1.safeParse(v1.data).success).toBe(true);
    const lifted = upcast('CadreAppointed', 1, v1.data, AT);
    expect(lifted).toEqual({ ...v1Data, qualificationReviewId: null });
    expect(cadreEvents.CadreAppointed.safeParse(lifted).success).toBe(true);
    expect(upcast('CadreAppointed', 2, lifted, AT)).toBe(lifted);
    expect(upcast('CadreTrained', 1, { any: 'data' }, AT)).toEqual({ any: 'data' });
  });

  it('folds a v1 appointment, which later commands then act on', () => {
    const ledger = townshipWithVillages();
    registerCadre(ledger, 1);
    ledger.given('cadre', cadreId, [v1], 1);
    expect(ledger.state(cadreAggregate, cadreId).currentPosts).toEqual([
      {
        villageId: VILLAGE,
        ...SECRETARY_SEAT,
        method: 'ELECTION',
        appointedOn: '2018-10-15',
        qualificationReviewId: null,
      },
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

describe('events that gained a business date (v1 → v2)', () => {
  const v1Events: Array<[string, string, Record<string, unknown>]> = [
    ['TownshipRegistered', 'registeredOn', { townshipId: cadreId, name: '周王镇', district: '肥东县' }],
    [
      'VillageRegistered',
      'registeredOn',
      { villageId: VILLAGE, townshipId: cadreId, name: '村', kind: 'VILLAGE' },
    ],
    ['CadreRegistered', 'registeredOn', { cadreId, profile: {} }],
    ['CadreProfileCorrected', 'correctedOn', { cadreId, changes: { name: '王五' }, reason: '档案核对' }],
    [
      'AnnualAssessmentRecorded',
      'assessedOn',
      { cadreId, year: 2018, score: 90, grade: 'EXCELLENT', bonus: 0 },
    ],
    ['BenefitGranted', 'grantedOn', { cadreId, kind: 'HEALTH_CHECKUP', year: 2018, amount: 600 }],
    ['TrainingScheduled', 'scheduledOn', { trainingId: cadreId, topic: '培训', date: '2018-11-01' }],
    ['TownshipSettingsChanged', 'changedOn', { townshipId: cadreId, admonishmentThreshold: 0.3 }],
  ];

  const laterLifted = new Set(['TownshipRegistered', 'TownshipSettingsChanged']);

  it.each(v1Events.filter(([type]) => !laterLifted.has(type)))(
    '%s v1 takes its %s from the China date of occurredAt',
    (type, field, data) => {
      expect(currentSchemaVersion(type)).toBe(2);
      expect(upcast(type, 1, data, AT)).toEqual({ ...data, [field]: '2018-10-15' });
      const v2 = { ...data, [field]: '2018-01-01' };
      expect(upcast(type, 2, v2, AT)).toBe(v2);
    },
  );

  it.each(v1Events.filter(([type]) => laterLifted.has(type)))(
    '%s v1 takes its %s from occurredAt, and v2 gains the calendar settings (v3)',
    (type, field, data) => {
      expect(currentSchemaVersion(type)).toBe(3);
      const lifted = upcast(type, 1, data, AT) as Record<string, unknown>;
      expect(lifted[field]).toBe('2018-10-15');
      const calendar = type === 'TownshipRegistered' ? (lifted.settings as Record<string, unknown>) : lifted;
      expect(calendar).toMatchObject(DEFAULT_CALENDAR_SETTINGS);
    },
  );
});

describe('township settings that gained the calendar (v2 → v3)', () => {
  it('keeps what a v2 event set and adds the default calendar', () => {
    const v2 = {
      townshipId: cadreId,
      reviewingDepartments: [],
      admonishmentThreshold: 0.25,
      changedOn: '2024-01-02',
    };
    expect(upcast('TownshipSettingsChanged', 2, v2, AT)).toEqual({ ...v2, ...DEFAULT_CALENDAR_SETTINGS });
    const registered = { townshipId: cadreId, settings: { admonishmentThreshold: 0.25 } };
    expect(upcast('TownshipRegistered', 2, registered, AT)).toEqual({
      townshipId: cadreId,
      settings: { ...DEFAULT_CALENDAR_SETTINGS, admonishmentThreshold: 0.25 },
    });
  });
});
