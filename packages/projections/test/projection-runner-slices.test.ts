import type { SqliteEventStore } from '@cadre/event-store';
import { sampleEvent, sampleMetadata } from '@cadre/event-store/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Projection, ProjectionRunner, type ReadModelDatabase } from '../src/index.js';
import { storeAndReadModelsPerTest } from './support/store-and-read-models.js';

const COMMANDS = 200;

/** Notes, per event, its command and the turn of the event loop it was applied in; each event costs ~0.2 ms. */
function turnsProjection(turn: () => number): Projection {
  return {
    name: 'turns',
    version: 1,
    tables: ['turns'],
    schema: 'CREATE TABLE turns (position INTEGER PRIMARY KEY, command TEXT NOT NULL, turn INTEGER NOT NULL)',
    apply(db, event) {
      const until = performance.now() + 0.2;
      while (performance.now() < until) {}
      db.prepare('INSERT INTO turns (position, command, turn) VALUES (?, ?, ?)').run(
        Number(event.position),
        event.metadata.commandId,
        turn(),
      );
    },
  };
}

/** Counts the turns of the event loop until stopped. */
function countTurns() {
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  tick();
  return {
    now: () => turn,
    stop: () => {
      ticking = false;
    },
  };
}

describe('projection runner: live events in slices', () => {
  const files = storeAndReadModelsPerTest('cadre-projection-slices-');
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  beforeEach(() => {
    ({ store, db } = files);
  });

  /** A command writing one event on each of two streams, in one append (as the bus does). */
  const command = (n: number) => {
    const metadata = () => sampleMetadata({ commandId: `command-${n}` });
    return store.appendToStreams([
      {
        streamId: `a-${n}`,
        events: [{ ...sampleEvent(), metadata: metadata() }],
        expectedRevision: 'no_stream',
      },
      {
        streamId: `b-${n}`,
        events: [{ ...sampleEvent(), metadata: metadata() }],
        expectedRevision: 'no_stream',
      },
    ]);
  };

  it('applies a long batch in slices with turns of the event loop between them, never splitting a command, and answers each waiter once its command is applied', async () => {
    const turns = countTurns();
    const runner = new ProjectionRunner(store, db, [turnsProjection(turns.now)], { sliceMs: 2 });
    runner.start();
    await runner.catchUp();
    const applied = (commandId: string) =>
      db.prepare('SELECT COUNT(*) FROM turns WHERE command = ?').pluck().get(commandId) as number;
    const seenByWaiters: number[] = [];
    // all appended together: one group commit, read by the runner as one batch of 400 events (~80 ms)
    const results = await Promise.all(Array.from({ length: COMMANDS }, (_, n) => command(n)));
    await Promise.all(
      results.map(async (written, n) => {
        const position = written.reduce((max, w) => (w.position > max ? w.position : max), 0n);
        await runner.waitFor(position);
        seenByWaiters.push(applied(`command-${n}`));
      }),
    );
    turns.stop();
    await runner.stop();

    expect(seenByWaiters).toEqual(Array.from({ length: COMMANDS }, () => 2));
    const slices = db.prepare('SELECT COUNT(DISTINCT turn) FROM turns').pluck().get() as number;
    expect(slices).toBeGreaterThan(5);
    const split = db
      .prepare('SELECT command FROM turns GROUP BY command HAVING COUNT(DISTINCT turn) > 1')
      .pluck()
      .all();
    expect(split).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) FROM turns').pluck().get()).toBe(2 * COMMANDS);
  });

  it('applies the events already stored when it starts (the catch-up the gateway awaits before serving) in whole batches', async () => {
    await Promise.all(Array.from({ length: COMMANDS }, (_, n) => command(n)));
    const turns = countTurns();
    const runner = new ProjectionRunner(store, db, [turnsProjection(turns.now)], { sliceMs: 2 });
    runner.start();
    await runner.catchUp();
    turns.stop();
    await runner.stop();
    expect(db.prepare('SELECT COUNT(*) FROM turns').pluck().get()).toBe(2 * COMMANDS);
    expect(db.prepare('SELECT COUNT(DISTINCT turn) FROM turns').pluck().get()).toBe(1);
  });
});
