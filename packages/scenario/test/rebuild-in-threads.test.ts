import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandBus } from '@cadre/application';
import { type EventStore, SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  dumpReadModels,
  openReadModelDatabase,
  REBUILD_GROUPS,
  type RebuildGroup,
  type RebuildProgress,
  rebuildReadModels,
  rebuildReadModelsInThreads,
} from '@cadre/projections';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDistrict, loadZhouwangScenario } from '../src/index.js';
import { FAILING_THREAD_MESSAGE, type OneThreadFailsOptions } from './fixtures/one-thread-fails-store.js';

const TODAY = '2026-11-25';
const folder = mkdtempSync(join(tmpdir(), 'cadre-rebuild-in-threads-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const dumpOf = (path: string) => {
  const db = openReadModelDatabase(path);
  try {
    return dumpReadModels(db);
  } finally {
    db.close();
  }
};

async function storeAt(name: string, fill: (store: EventStore) => Promise<unknown>): Promise<string> {
  const path = join(folder, `${name}-events.sqlite`);
  const store = new SqliteEventStore({ path });
  await fill(store);
  await store.close();
  return path;
}

async function oneThread(eventsPath: string): Promise<Record<string, unknown[]>> {
  const store = new SqliteEventStore({ path: eventsPath, readonly: true });
  const path = `${eventsPath}.one-thread.sqlite`;
  const db = openReadModelDatabase(path);
  await rebuildReadModels(store, db, ALL_PROJECTIONS);
  db.close();
  await store.close();
  return dumpOf(path);
}

async function inThreads(eventsPath: string, groups?: readonly RebuildGroup[]) {
  const path = `${eventsPath}.threads.sqlite`;
  const progress: RebuildProgress[] = [];
  const result = await rebuildReadModelsInThreads(eventsPath, path, {
    groups,
    onProgress: (p) => progress.push(p),
  });
  return { dump: dumpOf(path), result, progress };
}

/** The tables of two dumps that differ (a table only one has differs). */
function differingTables(a: Record<string, unknown[]>, b: Record<string, unknown[]>): string[] {
  const tables = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return tables.filter((table) => JSON.stringify(a[table]) !== JSON.stringify(b[table]));
}

describe('a rebuild in two threads', { timeout: 180_000 }, () => {
  it('gives the Zhouwang demo the same read models, table by table, as a rebuild in one thread', async () => {
    const events = await storeAt('demo', (store) =>
      loadZhouwangScenario(new CommandBus({ store, now: () => new Date(`${TODAY}T08:00:00Z`) }), {
        today: TODAY,
      }),
    );
    const expected = await oneThread(events);
    const { dump, result, progress } = await inThreads(events);
    expect(Object.keys(expected).length).toBeGreaterThan(30);
    expect(differingTables(dump, expected)).toEqual([]);
    expect(result.groups.map((group) => group.projections)).toEqual(REBUILD_GROUPS.map((g) => g.projections));
    // the second group's read models all name their event types: it reads only those
    expect(result.groups[0]!.read).toBe(Number(result.head));
    expect(result.groups[1]!.read).toBeLessThan(Number(result.head));
    // the progress follows the slower group up to the head
    expect(progress.at(-1)).toMatchObject({ position: result.head, applied: result.applied });
    // the group that read only its event types has its read models' checkpoints at the head too
    const db = openReadModelDatabase(`${events}.threads.sqlite`);
    const checkpoints = db.prepare('SELECT projection, position FROM projection_checkpoints').all();
    db.close();
    expect(checkpoints).toHaveLength(ALL_PROJECTIONS.length);
    expect(new Set(checkpoints.map((row) => (row as { position: string }).position))).toEqual(
      new Set([String(result.head)]),
    );
    expect(progress.map((p) => p.position)).toEqual(
      [...progress.map((p) => p.position)].sort((a, b) => (a < b ? -1 : 1)),
    );
  });

  it('gives a small district the same read models and snapshots; one read model left out fails the comparison', async () => {
    const events = await storeAt('district', (store) =>
      generateDistrict(store, { townships: 1, targetEvents: 6000, longHistory: 320 }),
    );
    const expected = await oneThread(events);
    const snapshotTable = Object.keys(expected).find((table) => table.startsWith('stream_snapshots'))!;
    expect(expected[snapshotTable]!.length).toBeGreaterThanOrEqual(3);
    expect(differingTables((await inThreads(events)).dump, expected)).toEqual([]);

    const withoutEventLog = REBUILD_GROUPS.map((group) => ({
      ...group,
      projections: group.projections.filter((name) => name !== 'event-log'),
    }));
    expect(differingTables((await inThreads(events, withoutEventLog)).dump, expected)).toEqual(['event_log']);
  });

  it('refuses a group naming no read model, and reports a thread that failed', async () => {
    const events = join(folder, 'demo-events.sqlite');
    await expect(inThreads(events, [{ projections: ['cadre'], snapshots: false }])).rejects.toThrow(
      'No read model is named cadre',
    );
    // every thread fails opening a missing file, again and again: none is terminated while it builds its error
    for (let run = 0; run < 3; run++)
      await expect(inThreads(join(folder, 'no-such-store.sqlite'))).rejects.toThrow(
        'unable to open database',
      );
  });

  it('stops the other threads when one fails, throws its error and leaves no file', async () => {
    const events = join(folder, 'demo-events.sqlite');
    const store = new SqliteEventStore({ path: events, readonly: true });
    // read one event per 50 ms page, the healthy thread alone would take over a minute
    expect(Number(await store.headPosition())).toBeGreaterThan(1200);
    await store.close();
    const target = join(folder, 'one-thread-fails.sqlite');
    const module = new URL('./fixtures/one-thread-fails-store.ts', import.meta.url).href;
    const options: OneThreadFailsOptions = { events, failingWith: 'trainings' };
    await expect(rebuildReadModelsInThreads({ module, options }, target)).rejects.toThrow(
      FAILING_THREAD_MESSAGE,
    );
    expect(readdirSync(folder).filter((file) => file.startsWith('one-thread-fails'))).toEqual([]);
  }, 30_000);
});
