import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@cadre/event-store';
import { sampleEvent, sampleMetadata } from '@cadre/event-store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openReadModelDatabase,
  type Projection,
  ProjectionRunner,
  type ReadModelDatabase,
} from '../src/index.js';

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

describe('projection runner: live events in slices', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: ReadModelDatabase;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-projection-slices-'));
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
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
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    tick();
    const runner = new ProjectionRunner(store, db, [turnsProjection(() => turn)], { sliceMs: 2 });
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
    ticking = false;
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
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    tick();
    const runner = new ProjectionRunner(store, db, [turnsProjection(() => turn)], { sliceMs: 2 });
    runner.start();
    await runner.catchUp();
    ticking = false;
    await runner.stop();
    expect(db.prepare('SELECT COUNT(*) FROM turns').pluck().get()).toBe(2 * COMMANDS);
    expect(db.prepare('SELECT COUNT(DISTINCT turn) FROM turns').pluck().get()).toBe(1);
  });
});
