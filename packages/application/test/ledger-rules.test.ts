import { randomUUID } from 'node:crypto';
import { currentSchemaVersion } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandBus, verifyLedgerRules } from '../src/index.js';
import { approvedForSecretary, profile } from './support/appointment.js';

const NOW = new Date('2026-12-01T01:30:00Z');
const actor = 'user:clerk';
const SECRETARY = { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' };

/** An event written around the command bus, as a torn command, a bug or an attacker with the file would. */
const stray = (type: string, data: object) => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    actor: 'intruder',
    occurredAt: NOW.toISOString(),
    correlationId: 'x',
    causationId: 'x',
    commandId: randomUUID(),
    schemaVersion: currentSchemaVersion(type),
  },
});

describe("the ledger's rules across streams, checked over the history", () => {
  let store: SqliteEventStore;
  let bus: CommandBus;
  const villageId = randomUUID();
  const secretary = randomUUID();
  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:', now: () => NOW });
    bus = new CommandBus({ store, now: () => NOW });
    await approvedForSecretary(bus, villageId, secretary);
    const appointment = {
      cadreId: secretary,
      villageId,
      ...SECRETARY,
      method: 'ELECTION',
      appointedOn: '2021-10-15',
    };
    await bus.execute('AppointCadre', appointment, { commandId: randomUUID(), actor });
  });
  afterEach(() => store.close());

  it('finds nothing broken in a history written through the command bus, departures included', async () => {
    const leaving = { cadreId: secretary, villageId, ...SECRETARY, reason: 'RESIGNED', leftOn: '2024-03-10' };
    await bus.execute('LeavePost', leaving, { commandId: randomUUID(), actor });
    expect(await verifyLedgerRules(store)).toEqual([]);
  });

  it('names a second holder of a single-holder seat, and a seat event no cadre event matches', async () => {
    const intruder = randomUUID();
    const filled = { villageId, cadreId: intruder, ...SECRETARY, method: 'ELECTION', filledOn: '2025-01-01' };
    await store.append(`village-${villageId}`, [stray('SeatFilled', filled)], 'any');
    const violations = await verifyLedgerRules(store);
    expect(violations.map((v) => v.rule).sort()).toEqual([
      'ONE_HOLDER_PER_SEAT',
      'SEAT_EVENT_WITHOUT_CADRE_EVENT',
    ]);
    expect(violations.every((v) => v.streamId === `village-${villageId}`)).toBe(true);
    expect(violations[0]!.messages.zh).toMatch(/\p{Script=Han}/u);
  });

  it('names an appointment without an approved review of its seat, told on the cadre stream only', async () => {
    const other = randomUUID();
    const appointed = {
      cadreId: other,
      villageId,
      ...SECRETARY,
      method: 'APPOINTMENT',
      appointedOn: '2025-01-01',
      qualificationReviewId: null,
    };
    await store.append(`cadre-${other}`, [stray('CadreAppointed', appointed)], 'any');
    const rules = (await verifyLedgerRules(store)).map((v) => v.rule).sort();
    expect(rules).toEqual(['APPOINTMENT_WITHOUT_APPROVED_REVIEW', 'CADRE_EVENT_WITHOUT_SEAT_EVENT']);
  });

  it('names a second file for one ID number', async () => {
    const twin = randomUUID();
    await store.append(
      `cadre-${twin}`,
      [stray('CadreRegistered', { cadreId: twin, villageId, profile, registeredOn: '2025-01-01' })],
      'any',
    );
    const [violation] = await verifyLedgerRules(store);
    expect(violation).toMatchObject({ rule: 'ID_NUMBER_IN_TWO_FILES', streamId: `cadre-${twin}` });
  });
});
