import type { SqliteEventStore } from '@cadre/event-store';
import { sampleEvents } from '@cadre/event-store/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Projection, ProjectionRunner, type ReadModelDatabase } from '../src/index.js';
import { storeAndReadModelsPerTest } from './support/store-and-read-models.js';

/** Counts the events it sees and remembers their order: any loss or double application shows. */
function tallyProjection(version = 1, failOn?: number): Projection {
  return {
    name: 'tally',
    version,
    tables: ['tally'],
    schema: 'CREATE TABLE tally (position INTEGER PRIMARY KEY, n INTEGER NOT NULL)',
    apply(db, event) {
      const n = (event.data as { n: number }).n;
      if (n === failOn) throw new Error(`projection bug at ${n}`);
      db.prepare('INSERT INTO tally (position, n) VALUES (?, ?)').run(Number(event.position), n);
    },
  };
}

const tally = (db: ReadModelDatabase) =>
  db
    .prepare<[], { n: number }>('SELECT n FROM tally ORDER BY position')
    .all()
    .map((r) => r.n);
const checkpointOf = (db: ReadModelDatabase) =>
  db
    .prepare<[], { position: string }>(
      "SELECT position FROM projection_checkpoints WHERE projection = 'tally'",
    )
    .get()?.position;

describe('projection runner', () => {
  const files = storeAndReadModelsPerTest('cadre-projections-');
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  beforeEach(() => {
    ({ store, db } = files);
  });

  const append = (count: number, from: number) =>
    store.append(
      `tally-${from}`,
      sampleEvents(count).map((e, i) => ({ ...e, data: { n: from + i } })),
      'no_stream',
    );

  it('applies stored and live events in order and stores the checkpoint with them', async () => {
    await append(1500, 0);
    const runner = new ProjectionRunner(store, db, [tallyProjection()]);
    runner.start();
    await runner.catchUp();
    const live = await append(10, 1500);
    await runner.waitFor(live.position);
    await runner.stop();
    expect(tally(db)).toEqual(Array.from({ length: 1510 }, (_, i) => i));
    expect(checkpointOf(db)).toBe(live.position.toString());
  });

  it('resumes after a stop from its checkpoint without losing or repeating an event', async () => {
    await append(25, 0);
    const first = new ProjectionRunner(store, db, [tallyProjection()]);
    first.start();
    await first.catchUp();
    await first.stop();
    await append(25, 25);
    const second = new ProjectionRunner(store, db, [tallyProjection()]);
    second.start();
    await second.catchUp();
    await second.stop();
    expect(tally(db)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('keeps the read model and its checkpoint together when a projection fails', async () => {
    await append(10, 0);
    const runner = new ProjectionRunner(store, db, [tallyProjection(1, 13)]);
    runner.start();
    await runner.catchUp();
    const failing = await append(10, 10);
    await expect(runner.waitFor(failing.position)).rejects.toThrow('projection bug at 13');
    await runner.stop();
    expect(tally(db)).toHaveLength(10);
    const tenth = (await store.readAll({ maxCount: 10 }))[9]!;
    expect(checkpointOf(db)).toBe(tenth.position.toString());
  });

  it('rebuilds a read model from the first event when its version changes', async () => {
    await append(5, 0);
    const v1 = new ProjectionRunner(store, db, [tallyProjection(1)]);
    v1.start();
    await v1.catchUp();
    await v1.stop();
    db.prepare('INSERT INTO tally (position, n) VALUES (999999, -1)').run();
    const v2 = new ProjectionRunner(store, db, [tallyProjection(2)]);
    v2.start();
    await v2.catchUp();
    await v2.stop();
    expect(tally(db)).toEqual([0, 1, 2, 3, 4]);
  });

  it('pauses while its file is full and goes on once it has room, losing and doubling nothing, without a restart', async () => {
    /** Keeps each event's text: a batch of them needs pages the full file cannot give. */
    const keeping: Projection = {
      name: 'kept',
      version: 1,
      tables: ['kept'],
      schema: 'CREATE TABLE kept (position INTEGER PRIMARY KEY, text TEXT NOT NULL)',
      apply(target, event) {
        target
          .prepare('INSERT INTO kept (position, text) VALUES (?, ?)')
          .run(Number(event.position), JSON.stringify(event.data));
      },
    };
    const kept = () => (db.prepare('SELECT COUNT(*) AS n FROM kept').get() as { n: number }).n;
    const runner = new ProjectionRunner(store, db, [keeping]);
    runner.start();
    await store.append('s-1', sampleEvents(3), 'no_stream');
    await runner.catchUp();
    // the read-model file may grow no further: the next batch cannot be written
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big = Array.from({ length: 200 }, (_, i) => ({
      ...sampleEvents(1)[0]!,
      data: { n: 100 + i, pad: 'x'.repeat(2000) },
    }));
    await store.append('s-2', big, 'no_stream');
    const caughtUp = runner.catchUp();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(runner.error).toBeUndefined();
    expect(kept()).toBe(3);
    db.pragma('max_page_count = 1073741823'); // space returns
    await caughtUp;
    expect(kept()).toBe(203);
    const positions = db.prepare('SELECT position FROM kept ORDER BY position').pluck().all() as number[];
    expect(new Set(positions).size).toBe(203);
    await runner.stop();
  });
});
