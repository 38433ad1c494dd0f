import { CommandBus } from '@cadre/application';
import { allEvents, type RecordedEvent, SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  computeStatistics,
  currentStatistics,
  loadStatisticsFacts,
  openReadModelDatabase,
  PAST_READ_MODELS,
  ProjectionApplier,
  type ReadModelDatabase,
  readModelsAsOf,
  rebuildReadModels,
  type StatisticsScope,
  statisticsAsOf,
  statisticsAsOfByReplay,
  type TimeBasis,
} from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadZhouwangScenario } from '../src/index.js';

/**
 * Statistics as of a day from the temporal read models must be exactly what a replay of the events up to
 * that day gives, on both clocks and for every scope: over the demo as loaded, and over the same events
 * re-dated at random (many back-dated, some before their stream's first event) and recorded over years.
 */
const TODAY = '2026-12-10';
const now = () => new Date(`${TODAY}T12:00:00+08:00`);
const DAY_MS = 86_400_000;

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const chinaDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

interface History {
  store: SqliteEventStore;
  /** When the store records the next append: set before each one. */
  recordAt: { ms: number };
}

function emptyHistory(): History {
  const recordAt = { ms: now().getTime() };
  return { store: new SqliteEventStore({ path: ':memory:', now: () => new Date(recordAt.ms) }), recordAt };
}

/** Copies events into a new store, one append each, with the business and recorded times given. */
async function copy(
  events: readonly RecordedEvent[],
  timesOf: (event: RecordedEvent, i: number) => { occurredAt: string; recordedMs: number },
): Promise<History> {
  const history = emptyHistory();
  for (const [i, event] of events.entries()) {
    const { occurredAt, recordedMs } = timesOf(event, i);
    const { hash: _h, previousHash: _p, ...metadata } = event.metadata;
    history.recordAt.ms = recordedMs;
    await history.store.append(
      event.streamId,
      [{ id: event.id, type: event.type, data: event.data, metadata: { ...metadata, occurredAt } }],
      'any',
    );
  }
  return history;
}

/** Days spread over the years, and the days of some events on both clocks (the edges of a version). */
function daysOver(events: readonly RecordedEvent[], next: () => number, count: number): string[] {
  const first = Date.parse('2015-01-01');
  const last = now().getTime();
  const days = new Set<string>();
  const some = () => events[Math.floor(next() * events.length)]!;
  while (days.size < count / 3) days.add(chinaDay(first + next() * (last - first)));
  while (days.size < (2 * count) / 3) days.add(chinaDay(Date.parse(some().metadata.occurredAt)));
  while (days.size < count) days.add(chinaDay(Date.parse(some().recordedAt)));
  return [...days].sort();
}

async function replayAnswers(
  store: SqliteEventStore,
  day: string,
  basis: TimeBasis,
  scopes: StatisticsScope[],
) {
  const db = await readModelsAsOf(store, PAST_READ_MODELS, { at: day, basis });
  try {
    const year = Number(day.slice(0, 4));
    return scopes.map((scope) => computeStatistics(loadStatisticsFacts(db, scope), year, day));
  } finally {
    db.close();
  }
}

function scopesOf(db: ReadModelDatabase): StatisticsScope[] {
  const township = db.prepare('SELECT township_id FROM townships LIMIT 1').pluck().get() as string;
  const villages = db.prepare('SELECT village_id FROM villages ORDER BY seq').pluck().all() as string[];
  return [{}, { townshipId: township }, { villageId: villages[0]! }, { villageId: villages.at(-1)! }];
}

async function readAll(store: SqliteEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of allEvents(store)) events.push(event);
  return events;
}

let demo: RecordedEvent[];
beforeAll(async () => {
  const { store } = emptyHistory();
  await loadZhouwangScenario(new CommandBus({ store, now }), { today: TODAY });
  demo = await readAll(store);
  await store.close();
});

const BASES: TimeBasis[] = ['OCCURRED', 'RECORDED'];

describe.each([
  {
    name: 'the demo as loaded, recorded over four years',
    seed: 1,
    redate: false,
    feed: 'runner',
  },
  {
    name: 'the demo re-dated at random (back-dated entries), rebuilt in bulk',
    seed: 2,
    redate: true,
    feed: 'rebuild',
  },
  {
    name: 'the demo re-dated at random, applied in small batches with nothing kept in memory between them',
    seed: 3,
    redate: true,
    feed: 'batches',
  },
])('temporal statistics equal the replay: $name', ({ seed, redate, feed }) => {
  let history: History;
  let db: ReadModelDatabase;
  let days: string[];
  let scopes: StatisticsScope[];
  beforeAll(async () => {
    const next = random(seed);
    const start = Date.parse('2022-12-01T00:00:00Z');
    const step = (now().getTime() - start) / demo.length;
    const scheduledAt = new Map<string, number>();
    history = await copy(demo, (event, i) => {
      const back = redate && next() < 0.4 ? Math.floor(next() * 2000) * DAY_MS : 0;
      let occurred = Date.parse(event.metadata.occurredAt) - back;
      // a session held before it was scheduled has no row to update: the replay itself refuses it
      if (event.streamId.startsWith('training-')) {
        if (event.revision === 0) scheduledAt.set(event.streamId, occurred);
        else occurred = Math.max(occurred, scheduledAt.get(event.streamId)!);
      }
      return { occurredAt: new Date(occurred).toISOString(), recordedMs: start + Math.floor(i * step) };
    });
    const events = await readAll(history.store);
    db = openReadModelDatabase(':memory:');
    if (feed === 'rebuild')
      await rebuildReadModels(history.store, db, ALL_PROJECTIONS, () => {}, { snapshots: false });
    else {
      const applier = new ProjectionApplier(db, ALL_PROJECTIONS);
      const size = feed === 'runner' ? 1000 : 7;
      for (let i = 0; i < events.length; i += size) {
        applier.apply(events.slice(i, i + size));
        if (feed === 'batches') for (const projection of ALL_PROJECTIONS) projection.forget?.(db);
      }
    }
    days = daysOver(events, next, 24);
    scopes = scopesOf(db);
  }, 120_000);
  afterAll(async () => {
    db?.close();
    await history?.store.close();
  });

  it.each(BASES)(
    'on %s, for every scope, on days spread over the years',
    async (basis) => {
      let nonEmpty = 0;
      for (const day of days) {
        const expected = await replayAnswers(history.store, day, basis, scopes);
        const year = Number(day.slice(0, 4));
        const actual = scopes.map((scope) => statisticsAsOf(db, { ...scope, year, asOf: day, basis }));
        expect(actual, `${basis} ${day}`).toEqual(expected);
        if (expected[0]!.committeeMembers > 0) nonEmpty++;
      }
      // the days must also land where there is something to count
      expect(nonEmpty).toBeGreaterThan(days.length / 4);
    },
    120_000,
  );

  it("gives the live figures of a year from that year's dated rows alone, as from all of them", () => {
    for (let year = 2018; year <= 2026; year++) {
      for (const scope of scopes) {
        const all = computeStatistics(loadStatisticsFacts(db, scope), year, TODAY);
        expect(currentStatistics(db, { ...scope, year }, now()), `${year}`).toEqual(all);
      }
    }
  });
});

describe('statisticsAsOfByReplay, the reference', () => {
  it('is the replay the temporal answer is compared with', async () => {
    const history = await copy(demo, (event) => ({
      occurredAt: event.metadata.occurredAt,
      recordedMs: now().getTime(),
    }));
    const db = openReadModelDatabase(':memory:');
    await rebuildReadModels(history.store, db, ALL_PROJECTIONS, () => {}, { snapshots: false });
    const request = { year: 2025, asOf: '2025-06-30', basis: 'OCCURRED' as const };
    const replayed = await statisticsAsOfByReplay(history.store, request);
    expect(replayed.committeeMembers).toBeGreaterThan(0);
    expect(statisticsAsOf(db, request)).toEqual(replayed);
    db.close();
    await history.store.close();
  });
});
