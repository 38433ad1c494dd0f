import { randomUUID } from 'node:crypto';
import { type NewEvent, SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openReadModelDatabase,
  type Projection,
  ProjectionRunner,
  type ReadModelDatabase,
  rebuildReadModels,
  StreamSnapshots,
  StreamSnapshotter,
  toProjectedEvent,
} from '../src/index.js';
import { registered, trained } from './support/cadre-stream.js';

/** Read models are beside the point here: only the snapshots fed from the applied events are looked at. */
const noReadModels: Projection = { name: 'nothing', version: 1, tables: [], schema: '', apply() {} };

/** Every snapshot in the file, patches parsed. */
function allSnapshots(db: ReadModelDatabase, snapshots: StreamSnapshots) {
  return db
    .prepare<[], Record<string, unknown>>(`SELECT * FROM ${snapshots.table} ORDER BY stream_id, revision`)
    .all()
    .map((row) => ({ ...row, patch: JSON.parse(row.patch as string) }));
}

describe('stream snapshots', () => {
  let store: SqliteEventStore;
  const dbs: ReadModelDatabase[] = [];
  const openDb = () => {
    const db = openReadModelDatabase(':memory:');
    dbs.push(db);
    return db;
  };
  const cadres = [randomUUID(), randomUUID()];

  /** Two cadres' streams, appended in turns so that their events interleave in the store. */
  async function appendInTurns(eventsEach: number, chunk = 3) {
    const streams = cadres.map((id) => [
      registered(id),
      ...Array.from({ length: eventsEach - 1 }, (_, d) => trained(id, d)),
    ]);
    for (let from = 0; from < eventsEach; from += chunk) {
      for (const [i, id] of cadres.entries()) {
        const events: NewEvent[] = streams[i]!.slice(from, from + chunk);
        await store.append(`cadre-${id}`, events, from === 0 ? 'no_stream' : from - 1);
      }
    }
  }
  const allEvents = async () => (await store.readAll()).map(toProjectedEvent);

  beforeEach(() => {
    store = new SqliteEventStore({ path: ':memory:' });
  });
  afterEach(async () => {
    await store.close();
    for (const db of dbs.splice(0)) db.close();
  });

  it('writes a snapshot at every multiple of its interval, with the times of the events since the last', async () => {
    await appendInTurns(11);
    const db = openDb();
    const snapshots = new StreamSnapshots(db);
    await new StreamSnapshotter(store, snapshots, { every: 5 }).record(await allEvents());
    const outlines = snapshots.outlines(`cadre-${cadres[0]}`);
    expect(outlines.map((o) => [o.revision, o.blockOccurred.length])).toEqual([
      [5, 5],
      [10, 5],
    ]);
    expect(snapshots.state(`cadre-${cadres[0]}`, 10)).toMatchObject({
      registered: true,
      trainings: { length: 9 },
    });
  });

  it('goes on after a restart from the latest snapshot and the store, as if it had seen every event', async () => {
    await appendInTurns(40);
    const events = await allEvents();
    const reference = openDb();
    const referenceSnapshots = new StreamSnapshots(reference);
    await new StreamSnapshotter(store, referenceSnapshots, { every: 7 }).record(events);

    const resumed = openDb();
    const resumedSnapshots = new StreamSnapshots(resumed);
    const half = 33;
    await new StreamSnapshotter(store, resumedSnapshots, { every: 7 }).record(events.slice(0, half));
    // Remembering one stream only, it forgets each stream before its next event: every fold is restored.
    const forgetful = new StreamSnapshotter(store, resumedSnapshots, { every: 7, maxStreams: 1 });
    for (let i = half; i < events.length; i += 4) await forgetful.record(events.slice(i, i + 4));

    expect(allSnapshots(resumed, resumedSnapshots)).toEqual(allSnapshots(reference, referenceSnapshots));
    expect(referenceSnapshots.outlines(`cadre-${cadres[1]}`).map((o) => o.revision)).toEqual([
      7, 14, 21, 28, 35,
    ]);
  });

  it('restores a stream it does not remember from its latest snapshot, not from the first event', async () => {
    await appendInTurns(20);
    const events = await allEvents();
    const db = openDb();
    const snapshots = new StreamSnapshots(db);
    const stream = `cadre-${cadres[0]}`;
    const upTo = (revision: number) => events.filter((e) => e.streamId === stream && e.revision < revision);
    await new StreamSnapshotter(store, snapshots, { every: 5 }).record(upTo(12));
    const forged = { set: { trainings: [] } };
    db.prepare(`UPDATE ${snapshots.table} SET patch = ? WHERE revision = 10`).run(JSON.stringify(forged));
    await new StreamSnapshotter(store, snapshots, { every: 5 }).record(upTo(16).slice(12));
    // The snapshot at 15 folds events 10..14 (trainings of days 9..13) onto the forged one.
    expect(snapshots.state(stream, 15)).toMatchObject({ trainings: { length: 5 } });
  });

  it('writes the snapshots it passes while restoring a stream from the store', async () => {
    await appendInTurns(20);
    const db = openDb();
    const snapshots = new StreamSnapshots(db);
    const stream = `cadre-${cadres[1]}`;
    const late = (await allEvents()).filter((e) => e.streamId === stream && e.revision >= 14);
    await new StreamSnapshotter(store, snapshots, { every: 5 }).record(late);
    expect(snapshots.outlines(stream).map((o) => [o.revision, o.blockOccurred.length])).toEqual([
      [5, 5],
      [10, 5],
      [15, 5],
      [20, 5],
    ]);
  });

  it('is fed by the projection runner, which goes on applying events when snapshots cannot be written', async () => {
    const db = openDb();
    const snapshots = new StreamSnapshots(db);
    const errors: unknown[] = [];
    const runner = new ProjectionRunner(store, db, [noReadModels], {
      snapshotter: new StreamSnapshotter(store, snapshots, { every: 3 }),
      onSnapshotError: (error) => errors.push(error),
    });
    runner.start();
    await appendInTurns(7);
    await runner.catchUp();
    await runner.stop();
    expect(snapshots.outlines(`cadre-${cadres[0]}`).map((o) => o.revision)).toEqual([3, 6]);
    expect(errors).toEqual([]);

    db.exec(`DROP TABLE ${snapshots.table}`);
    const next = new ProjectionRunner(store, db, [noReadModels], {
      snapshotter: new StreamSnapshotter(store, snapshots, { every: 3 }),
      onSnapshotError: (error) => errors.push(error),
    });
    next.start();
    const last = await store.append(
      `cadre-${cadres[0]}`,
      [trained(cadres[0]!, 50), trained(cadres[0]!, 51)],
      6,
    );
    await next.waitFor(last.position);
    await next.stop();
    expect(String(errors[0])).toContain('no such table');
    expect(next.error).toBeUndefined();
    expect(next.checkpoint).toBe(last.position);
  });

  it('is rewritten by a rebuild, as the runner writes it', async () => {
    await appendInTurns(230, 50);
    const live = openDb();
    const liveSnapshots = new StreamSnapshots(live);
    const runner = new ProjectionRunner(store, live, [noReadModels], {
      snapshotter: new StreamSnapshotter(store, liveSnapshots),
    });
    runner.start();
    await runner.catchUp();
    await runner.stop();

    const rebuilt = openDb();
    const rebuiltSnapshots = new StreamSnapshots(rebuilt);
    rebuiltSnapshots.save([
      {
        streamId: 'cadre-gone',
        snapshot: {
          revision: 5,
          latestOccurred: 0,
          latestRecorded: 0,
          blockOccurred: [],
          blockRecorded: [],
          patch: {},
        },
      },
    ]);
    await rebuildReadModels(store, rebuilt, [noReadModels]);
    expect(rebuiltSnapshots.outlines('cadre-gone')).toEqual([]);
    expect(rebuiltSnapshots.outlines(`cadre-${cadres[1]}`).map((o) => o.revision)).toEqual([100, 200]);
    expect(allSnapshots(rebuilt, rebuiltSnapshots)).toEqual(allSnapshots(live, liveSnapshots));

    const without = openDb();
    await rebuildReadModels(store, without, [noReadModels], () => {}, { snapshots: false });
    expect(new StreamSnapshots(without).outlines(`cadre-${cadres[1]}`)).toEqual([]);
  });
});
