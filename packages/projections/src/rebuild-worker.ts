import { parentPort, workerData } from 'node:worker_threads';
import { type EventStore, SqliteEventStore } from '@cadre/event-store';
import { ALL_PROJECTIONS } from './all-projections.js';
import { openReadModelDatabase } from './read-model-database.js';
import { rebuildReadModels } from './rebuild.js';
import type { RebuildGroupTask, RebuildWorkerMessage } from './rebuild-in-threads.js';

/** One group of read models rebuilt in a worker thread: the store read only, its own read-model file. */
const task = workerData as RebuildGroupTask;
const tell = (message: RebuildWorkerMessage) => parentPort!.postMessage(message);

async function rebuildGroup(): Promise<void> {
  const store: EventStore =
    typeof task.source === 'string'
      ? new SqliteEventStore({ path: task.source, readonly: true })
      : await (await import(task.source.module)).openRebuildStore(task.source.options);
  const db = openReadModelDatabase(task.file);
  // A scratch file: a rollback journal writes each new page once (WAL wrote it, then copied it into the file).
  db.pragma('journal_mode = DELETE');
  try {
    const projections = ALL_PROJECTIONS.filter((projection) => task.projections.includes(projection.name));
    const result = await rebuildReadModels(
      store,
      db,
      projections,
      (progress) => {
        if (Atomics.load(task.stop, 0) === 1) throw new Error('Stopped: another rebuild thread failed');
        tell({ kind: 'progress', progress });
      },
      { snapshots: task.snapshots },
    );
    const { indexesMs, ...progress } = result;
    tell({ kind: 'done', progress, indexesMs, busyMs: performance.eventLoopUtilization().active });
  } finally {
    db.close();
    await store.close();
  }
}

// Told as a message: an error thrown out of a thread reaches the parent as a structured clone, and
// better-sqlite3's SqliteError arrives as `{ code }` alone, without its message.
try {
  await rebuildGroup();
} catch (error) {
  const { message = String(error), code } = error as { message?: string; code?: string };
  tell({ kind: 'failed', message, ...(code ? { code } : {}) });
  process.exitCode = 1;
}
