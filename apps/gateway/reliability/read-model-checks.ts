import { rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { EventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  dumpReadModels,
  openReadModelDatabase,
  type ReadModelDatabase,
  rebuildReadModels,
} from '@cadre/projections';

/** Time-travel snapshots: a cache the live runner writes after each batch, outside its transaction. */
const isSnapshotTable = (table: string) => table.startsWith('stream_snapshots');

const snapshotKey = (row: unknown) => {
  const { stream_id, revision } = row as { stream_id: string; revision: number };
  return `${stream_id}@${revision}`;
};

function checkpointsOf(db: ReadModelDatabase): Array<{ projection: string; position: string }> {
  return db
    .prepare('SELECT projection, position FROM projection_checkpoints ORDER BY projection')
    .all() as never;
}

/**
 * The live read models (the gateway's, caught up) against a rebuild from the same events into a fresh
 * file: every table equal row for row, every projection at the store's head. A snapshot the live file
 * has must equal the rebuild's; one it lacks is allowed (a kill between a batch and its snapshots, written
 * again when the stream reaches its next one).
 */
export async function compareWithRebuild(
  store: EventStore,
  liveFile: string,
  scratchFile: string,
): Promise<string[]> {
  const violations: string[] = [];
  const head = (await store.headPosition()).toString();
  const live = openReadModelDatabase(liveFile);
  for (const files of ['', '-wal', '-shm']) rmSync(scratchFile + files, { force: true });
  const rebuilt = openReadModelDatabase(scratchFile);
  try {
    for (const { projection, position } of checkpointsOf(live))
      if (position !== head) violations.push(`read model ${projection} at ${position}, the store at ${head}`);
    await rebuildReadModels(store, rebuilt, ALL_PROJECTIONS);
    const liveDump = dumpReadModels(live);
    const rebuiltDump = dumpReadModels(rebuilt);
    for (const table of new Set([...Object.keys(liveDump), ...Object.keys(rebuiltDump)])) {
      const liveRows = liveDump[table] ?? [];
      const rebuiltRows = rebuiltDump[table] ?? [];
      if (isSnapshotTable(table)) {
        const expected = new Map(rebuiltRows.map((row) => [snapshotKey(row), row]));
        for (const row of liveRows)
          if (!isDeepStrictEqual(row, expected.get(snapshotKey(row))))
            violations.push(`snapshot ${snapshotKey(row)} in ${table} differs from the rebuild's`);
        continue;
      }
      if (isDeepStrictEqual(liveRows, rebuiltRows)) continue;
      const at = liveRows.findIndex((row, i) => !isDeepStrictEqual(row, rebuiltRows[i]));
      violations.push(
        `read model table ${table}: ${liveRows.length} rows live, ${rebuiltRows.length} rebuilt; first difference at row ${at}: ${JSON.stringify(liveRows[at])} vs ${JSON.stringify(rebuiltRows[at])}`.slice(
          0,
          2000,
        ),
      );
    }
  } finally {
    live.close();
    rebuilt.close();
    for (const files of ['', '-wal', '-shm']) rmSync(scratchFile + files, { force: true });
  }
  return violations;
}
