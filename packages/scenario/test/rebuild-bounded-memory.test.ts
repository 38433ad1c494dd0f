import { SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  dumpReadModels,
  openReadModelDatabase,
  type RebuildOptions,
  rebuildReadModels,
} from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict } from '../src/index.js';

/**
 * A province holds far more cadres than a rebuild keeps in memory: their documents are stored early and
 * read back, their time-travel folds forgotten and restored from snapshots. The read models must be the
 * same, table by table, as a rebuild that kept every cadre.
 */
describe('a rebuild that keeps fewer cadres in memory than the region has', { timeout: 120_000 }, () => {
  const store = new SqliteEventStore({ path: ':memory:' });
  let cadres = 0;
  beforeAll(async () => {
    // one cadre past three snapshots (every 100 events), so that forgotten folds are restored from them
    cadres = (await generateDistrict(store, { townships: 1, targetEvents: 6000, longHistory: 320 })).cadres;
  }, 120_000);
  afterAll(() => store.close());

  const rebuilt = async (options: RebuildOptions) => {
    const db = openReadModelDatabase(':memory:');
    await rebuildReadModels(store, db, ALL_PROJECTIONS, () => {}, options);
    const dump = dumpReadModels(db);
    db.close();
    return dump;
  };

  it('gives the same read models and snapshots as one that keeps them all', async () => {
    const everyone = await rebuilt({ documentsInMemory: 10 * cadres, snapshotStreams: 10 * cadres });
    const few = await rebuilt({ documentsInMemory: 7, snapshotStreams: 3 });
    expect(cadres).toBeGreaterThan(100);
    const snapshotTable = Object.keys(everyone).find((table) => table.startsWith('stream_snapshots'))!;
    expect(everyone[snapshotTable]!.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(few)).toEqual(Object.keys(everyone));
    for (const table of Object.keys(everyone)) expect(few[table], table).toEqual(everyone[table]);
  });
});
