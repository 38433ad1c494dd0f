import { randomUUID } from 'node:crypto';
import { cadreAggregate } from '@cadre/domain';
import { type EventStore, SqliteEventStore } from '@cadre/event-store';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  happenedBy,
  openReadModelDatabase,
  type ReadModelDatabase,
  StreamSnapshots,
  StreamSnapshotter,
  stateAsOf,
  stateAsOfByFullFold,
  type TimeBasis,
  timeOf,
  toProjectedEvent,
} from '../src/index.js';
import { dayOf, registered, trained } from './support/cadre-stream.js';

/** Writes the stream's snapshots as the projection runner would, every `every` events. */
async function snapshot(store: EventStore, snapshots: StreamSnapshots, streamId: string, every: number) {
  const events = (await store.readStream(streamId)).map(toProjectedEvent);
  await new StreamSnapshotter(store, snapshots, { every }).record(events);
}

async function expectFullFoldAnswer(
  store: EventStore,
  snapshots: StreamSnapshots,
  cadreId: string,
  asOf: { at: string; basis: TimeBasis },
) {
  const events = (await store.readStream(`cadre-${cadreId}`)).map(toProjectedEvent);
  const answer = await stateAsOf({ store, snapshots }, cadreAggregate, cadreId, asOf);
  expect(answer.state).toEqual(stateAsOfByFullFold(events, cadreAggregate, asOf));
  expect(answer.eventCount).toBe(events.filter((e) => happenedBy(e, asOf)).length);
}

/**
 * A stream's trainings as they come: mostly in time order, a few entered late (business time) and a few
 * imported out of order (recorded time).
 */
const trainingDays = fc
  .array(
    fc.record({
      step: fc.integer({ min: 0, max: 4 }),
      lateBy: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }) },
      ),
      recordedLag: fc.integer({ min: -8, max: 3 }),
    }),
    { minLength: 1, maxLength: 120 },
  )
  .map((steps) => {
    let day = 0;
    return steps.map(({ step, lateBy, recordedLag }) => {
      day += step;
      return { day: day - lateBy, recordedDay: day + recordedLag };
    });
  });

/** Any times at all, in any order. */
const anyDays = fc.array(
  fc.record({ day: fc.integer({ min: 0, max: 400 }), recordedDay: fc.integer({ min: 0, max: 400 }) }),
  { minLength: 1, maxLength: 120 },
);

const question = fc.record({
  day: fc.integer({ min: -5, max: 500 }),
  /** Ask at the exact time of one of the events (or a millisecond before) instead of at the end of a day. */
  exactly: fc.option(fc.record({ event: fc.nat(), shift: fc.constantFrom(0, -1) })),
  basis: fc.constantFrom<TimeBasis>('OCCURRED', 'RECORDED'),
});

describe('time travel over a stream', () => {
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  let cadreId: string;
  let streamId: string;
  beforeEach(() => {
    store = new SqliteEventStore({ path: ':memory:' });
    db = openReadModelDatabase(':memory:');
    cadreId = randomUUID();
    streamId = `cadre-${cadreId}`;
  });
  afterEach(async () => {
    await store.close();
    db.close();
  });

  it('gives the state and count of folding every event that happened by then, whatever snapshots exist', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(trainingDays, anyDays),
        fc.integer({ min: 1, max: 12 }),
        fc.nat({ max: 120 }),
        fc.array(fc.boolean(), { maxLength: 20 }),
        fc.array(question, { minLength: 1, maxLength: 8 }),
        async (trainings, every, snapshottedCount, dropped, questions) => {
          const id = randomUUID();
          const stream = `cadre-${id}`;
          const events = [registered(id), ...trainings.map((t) => trained(id, t.day, t.recordedDay))];
          const snapshotted = events.slice(0, snapshottedCount + 1);
          await store.append(stream, snapshotted, 'no_stream');
          const snapshots = new StreamSnapshots(db);
          await snapshot(store, snapshots, stream, every);
          // Events appended since the last snapshots were written, and some snapshots lost.
          if (events.length > snapshotted.length)
            await store.append(stream, events.slice(snapshotted.length), snapshotted.length - 1);
          const drop = db.prepare(`DELETE FROM ${snapshots.table} WHERE stream_id = ? AND revision = ?`);
          for (const [i, gone] of dropped.entries()) if (gone) drop.run(stream, (i + 1) * every);

          const stored = (await store.readStream(stream)).map(toProjectedEvent);
          for (const { day, exactly, basis } of questions) {
            const at =
              exactly === null
                ? dayOf(day % (stored.length * 3))
                : new Date(
                    timeOf(stored[exactly.event % stored.length]!, basis) + exactly.shift,
                  ).toISOString();
            await expectFullFoldAnswer(store, snapshots, id, { at, basis });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('starts from the state in a snapshot, not from the events before it', async () => {
    await store.append(
      streamId,
      [registered(cadreId), ...Array.from({ length: 29 }, (_, i) => trained(cadreId, i))],
      'no_stream',
    );
    const snapshots = new StreamSnapshots(db);
    await snapshot(store, snapshots, streamId, 10);
    // The snapshot at 20 claims no trainings at all.
    const forged = { set: { trainings: [] } };
    db.prepare(`UPDATE ${snapshots.table} SET patch = ? WHERE revision = 20`).run(JSON.stringify(forged));
    const { state, eventCount } = await stateAsOf({ store, snapshots }, cadreAggregate, cadreId, {
      at: dayOf(24),
    });
    // Events 20..25 (trainings of days 19..24) folded onto the forged snapshot.
    expect(state.trainings.map((t) => t.trainedOn)).toEqual([19, 20, 21, 22, 23, 24].map(dayOf));
    expect(eventCount).toBe(26);
  });

  it('finds a late entry before a snapshot and one after it', async () => {
    // Revision 2 happened on day 30, after the snapshot at 4 was otherwise past; revision 7 (day 1) came late.
    const days = [1, 30, 3, 4, 5, 6, 1, 8];
    await store.append(streamId, [registered(cadreId), ...days.map((d) => trained(cadreId, d))], 'no_stream');
    const snapshots = new StreamSnapshots(db);
    await snapshot(store, snapshots, streamId, 4);
    expect(snapshots.outlines(streamId).map((o) => o.revision)).toEqual([4, 8]);
    const asOf = async (day: number) =>
      (await stateAsOf({ store, snapshots }, cadreAggregate, cadreId, { at: dayOf(day) })).state.trainings
        .map((t) => t.topic)
        .sort();
    expect(await asOf(2)).toEqual(['课程1', '课程1']);
    expect(await asOf(5)).toEqual(['课程1', '课程1', '课程3', '课程4', '课程5']);
    expect(await asOf(30)).toHaveLength(8);
    await expectFullFoldAnswer(store, snapshots, cadreId, { at: dayOf(6), basis: 'OCCURRED' });
  });

  it('drops the snapshots of another version, and answers without them', async () => {
    await store.append(
      streamId,
      [registered(cadreId), ...Array.from({ length: 12 }, (_, i) => trained(cadreId, i))],
      'no_stream',
    );
    const old = new StreamSnapshots(db, 1);
    await snapshot(store, old, streamId, 5);
    db.prepare(`UPDATE ${old.table} SET patch = '{"set":{"trainings":[]}}'`).run();
    const current = new StreamSnapshots(db, 2);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'stream_snapshots%'")
      .pluck()
      .all();
    expect(tables).toEqual([current.table]);
    expect(current.outlines(streamId)).toEqual([]);
    await expectFullFoldAnswer(store, current, cadreId, { at: dayOf(8), basis: 'OCCURRED' });
  });

  it('answers for a stream that does not exist with the initial state', async () => {
    const snapshots = new StreamSnapshots(db);
    expect(await stateAsOf({ store, snapshots }, cadreAggregate, cadreId, { at: dayOf(1) })).toEqual({
      state: cadreAggregate.initialState,
      eventCount: 0,
    });
  });
});
