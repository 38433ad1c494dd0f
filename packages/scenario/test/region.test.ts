import { verifyLedgerRules } from '@cadre/application';
import { SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  currentStatistics,
  openReadModelDatabase,
  rebuildReadModels,
  type StatisticsScope,
  statisticsAsOf,
  type TownshipStatistics,
} from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict, type RegionSize } from '../src/index.js';

const SMALL: Partial<RegionSize> = {
  townships: 2,
  villagesPerTownship: 10,
  targetEvents: 8000,
  longHistory: 120,
};

async function generated() {
  const store = new SqliteEventStore({ path: ':memory:' });
  const region = await generateDistrict(store, SMALL);
  const events = await store.readAll();
  return { store, region, events };
}

// Generating takes seconds on a busy shared machine: one district for all tests, a second for determinism.
describe('the generated district', { timeout: 60_000 }, () => {
  let first: Awaited<ReturnType<typeof generated>>;
  beforeAll(async () => {
    first = await generated();
  }, 60_000);
  afterAll(() => first.store.close());

  it('is the same events on every run, about as many as asked for', async () => {
    const second = await generated();
    expect(first.region.events).toBe(first.events.length);
    expect(first.events.length).toBeGreaterThan(7000);
    expect(first.events.length).toBeLessThan(9000);
    const shape = ({ events }: typeof first) =>
      events.map((e) => [e.id, e.streamId, e.type, JSON.stringify(e.data), e.metadata.occurredAt]);
    expect(shape(second)).toEqual(shape(first));
    expect(second.region).toEqual(first.region);
    await second.store.close();
  });

  it('keeps the ledger rules: one secretary per village, every appointment reviewed, one file per ID number', async () => {
    const { store, region, events } = first;
    expect(await verifyLedgerRules(store)).toEqual([]);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(region.villages).toBe(20);
    expect(count('VillageRegistered')).toBe(20);
    expect(count('TownshipRegistered')).toBe(2);
    const secretaries = events.filter(
      (e) => e.type === 'SeatFilled' && (e.data as { position: string }).position === 'PARTY_SECRETARY',
    );
    expect(new Set(secretaries.map((e) => e.streamId)).size).toBe(20);
    expect(secretaries).toHaveLength(20);
    expect(count('CadreRegistered')).toBe(region.cadres);
    // 6 members and 3 reserves per village, and one newcomer in each by-election (villages 7 and 27 of 20: one)
    expect(region.cadres).toBe(20 * 9 + 1);
    expect(count('ReserveCadreEnlisted')).toBe(60);
    expect(count('CommitteeTermStarted')).toBe(20);
    expect(count('CadreProfileCorrected')).toBe(2);
    for (const type of [
      'TrainingHeld',
      'CadreInterviewed',
      'PledgeMade',
      'CadreHonored',
      'ServiceRequestRated',
    ])
      expect(count(type), type).toBeGreaterThan(0);
  });

  it('spreads its business dates over five years, a few entries back-dated, one cadre with a long history', async () => {
    const { store, region, events } = first;
    // occurredAt is the business day's midnight in China time, written in UTC
    const chinaDay = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
    const days = events.map((e) => chinaDay(e.metadata.occurredAt));
    expect(days.reduce((a, b) => (a < b ? a : b))).toBe(region.firstDay);
    expect(days.reduce((a, b) => (a > b ? a : b)) <= region.lastDay).toBe(true);
    expect(new Set(days.map((d) => d.slice(0, 4)))).toEqual(
      new Set(['2021', '2022', '2023', '2024', '2025', '2026']),
    );
    // back-dated: an entry whose business day is long before the entry recorded just before it on its stream
    const lastDayOf = new Map<string, string>();
    let backDated = 0;
    for (const [i, e] of events.entries()) {
      const before = lastDayOf.get(e.streamId);
      if (before && days[i]! < before && Number(before.slice(0, 4)) - Number(days[i]!.slice(0, 4)) >= 1)
        backDated++;
      lastDayOf.set(e.streamId, days[i]!);
    }
    expect(backDated).toBeGreaterThan(0);
    const long = await store.readStream(`cadre-${region.longHistoryCadreId}`);
    expect(long.length).toBeGreaterThanOrEqual(120);
  });

  it('gives plausible statistics: each township its villages, secretaries, members and reserves', async () => {
    const { store, region } = first;
    const db = openReadModelDatabase(':memory:');
    await rebuildReadModels(store, db, ALL_PROJECTIONS);
    const figures = currentStatistics(
      db,
      { townshipId: region.townshipId, year: 2026 },
      new Date('2026-11-25T08:00:00Z'),
    );
    expect(figures.villages + figures.communities).toBe(10);
    expect(figures.communities).toBe(2);
    expect(figures.partySecretaries).toBe(10);
    expect(figures.committeeMembers).toBe(60);
    expect(figures.reserveCadres).toBe(30);
    expect(figures.oneShoulderShare).toBe(0.5);
    expect(figures.pledgesMade).toBe(60);
    expect(figures.trainingSessions).toBeGreaterThan(0);
    db.close();
  });

  it("counts in a township's statistics the sessions it held, not its neighbour's, live and as of a day", async () => {
    const { store, events } = first;
    const db = openReadModelDatabase(':memory:');
    await rebuildReadModels(store, db, ALL_PROJECTIONS);
    const townshipOf = new Map(
      events
        .filter((e) => e.type === 'TrainingScheduled')
        .map((e) => {
          const data = e.data as { trainingId: string; townshipId: string };
          return [data.trainingId, data.townshipId];
        }),
    );
    const heldIn = (townshipId: string, byDay: string) =>
      events.filter((e) => {
        const data = e.data as { trainingId: string; heldOn: string };
        return (
          e.type === 'TrainingHeld' &&
          data.heldOn <= byDay &&
          data.heldOn.startsWith('2026') &&
          townshipOf.get(data.trainingId) === townshipId
        );
      }).length;
    const townships = db
      .prepare('SELECT township_id FROM townships ORDER BY township_id')
      .pluck()
      .all() as string[];
    expect(townships).toHaveLength(2);
    const live = (townshipId?: string) =>
      currentStatistics(db, { townshipId, year: 2026 }, new Date('2026-06-30T08:00:00Z')).trainingSessions;
    const asOf = (townshipId?: string) =>
      statisticsAsOf(db, { townshipId, year: 2026, asOf: '2026-06-30' }).trainingSessions;
    const [a, b] = townships.map((t) => heldIn(t, '2026-06-30')) as [number, number];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(asOf(townships[0])).toBe(a);
    expect(asOf(townships[1])).toBe(b);
    expect(asOf()).toBe(a + b);
    const [allA, allB] = townships.map((t) => heldIn(t, '2026-12-31')) as [number, number];
    expect([live(townships[0]), live(townships[1]), live()]).toEqual([allA, allB, allA + allB]);
    db.close();
  });

  it("adds up: the townships' figures, each read for its villages and cadres only, sum to the district's, live and as of days", async () => {
    const { store } = first;
    const db = openReadModelDatabase(':memory:');
    await rebuildReadModels(store, db, ALL_PROJECTIONS);
    const townships = db.prepare('SELECT township_id FROM townships').pluck().all() as string[];
    const villagesOf = (townshipId: string) =>
      db.prepare('SELECT village_id FROM villages WHERE township_id = ?').pluck().all(townshipId) as string[];
    // the figures a scope adds to: each counts cadres, items or villages of one place
    const additive = (figures: TownshipStatistics) => ({
      villages: figures.villages + figures.communities,
      partySecretaries: figures.partySecretaries,
      committeeMembers: figures.committeeMembers,
      reserveCadres: figures.reserveCadres,
      trainedCommitteeMembers: figures.trainedCommitteeMembers,
      externalTrainingSecretaries: figures.externalTrainingSecretaries,
      admonishments: figures.admonishments,
      pledgesMade: figures.pledgesMade,
      pledgeItems: figures.pledgeItems,
      pledgesEvaluated: figures.pledgesEvaluated,
      honors: figures.honors,
      honoredCadres: figures.honoredCadres,
      serviceRequestsRaised: figures.serviceRequestsRaised,
      serviceRequestsResolved: figures.serviceRequestsResolved,
    });
    // a township counts the sessions it held: the townships' add up to the district's (not a village's)
    const heldBy = (figures: TownshipStatistics) => ({
      ...additive(figures),
      trainingSessions: figures.trainingSessions,
    });
    const sum = (parts: Array<Record<string, number>>) =>
      Object.fromEntries(
        Object.keys(parts[0]!).map((key) => [key, parts.reduce((total, part) => total + part[key]!, 0)]),
      );
    const moments: Array<(scope: StatisticsScope) => TownshipStatistics> = [
      (scope) => currentStatistics(db, { ...scope, year: 2025 }, new Date('2026-11-25T08:00:00Z')),
      (scope) => currentStatistics(db, { ...scope, year: 2026 }, new Date('2026-11-25T08:00:00Z')),
      ...['2023-03-31', '2025-06-30', '2026-11-01'].map(
        (day) => (scope: StatisticsScope) =>
          statisticsAsOf(db, { ...scope, year: Number(day.slice(0, 4)), asOf: day }),
      ),
    ];
    for (const figuresOf of moments) {
      const district = additive(figuresOf({}));
      expect(district.committeeMembers).toBeGreaterThan(0);
      expect(district.reserveCadres).toBeGreaterThan(0);
      expect(sum(townships.map((townshipId) => heldBy(figuresOf({ townshipId }))))).toEqual(
        heldBy(figuresOf({})),
      );
      const [township] = townships as [string];
      expect(sum(villagesOf(township).map((villageId) => additive(figuresOf({ villageId }))))).toEqual(
        additive(figuresOf({ townshipId: township })),
      );
    }
    db.close();
  });

  it('is entered district by district past 15 townships, no command id or ID number shared', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const region = await generateDistrict(store, {
      townships: 16,
      villagesPerTownship: 1,
      targetEvents: 3000,
      longHistory: 20,
    });
    const events = await store.readAll();
    expect(events).toHaveLength(region.events);
    expect(new Set(events.map((e) => e.metadata.commandId)).size).toBe(region.commands);
    // 6 members and 3 reserves a village, and the newcomer of the by-election in the 8th village
    expect(region.cadres).toBe(16 * 9 + 1);
    expect(await verifyLedgerRules(store)).toEqual([]);
    await store.close();
  });
});
