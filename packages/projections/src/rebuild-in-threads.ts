import { rmSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { ALL_PROJECTIONS } from './all-projections.js';
import { openReadModelDatabase, type ReadModelDatabase } from './read-model-database.js';
import type { RebuildProgress } from './rebuild.js';
import { startThread } from './thread-from-sources.js';

/** Read models rebuilt together in one thread, and whether that thread writes the time-travel snapshots. */
export interface RebuildGroup {
  projections: readonly string[];
  snapshots: boolean;
}

/**
 * Two groups of about the same cost per event, one per core (by the parts of a rebuild, docs/benchmarks.md,
 * and the province's threads: with only the trainings beside the temporal read models, their thread was
 * done 44 s before the other's): the temporal read models with the trainings, the service requests and the
 * due states, and every other one with the snapshots (`villages` reads the
 * `cadres` row, so those two stay together). The first group's file becomes the result, so it takes the
 * event log (cheap per event, the most rows): the second's tables are copied into it after both are done,
 * and the fewer rows that copy moves the better (a province's 5 million event-log rows took 28 s).
 */
export const REBUILD_GROUPS: readonly RebuildGroup[] = [
  { projections: ['cadres', 'villages', 'reminders', 'event-log'], snapshots: true },
  { projections: ['trainings', 'service-requests', 'due-states', 'temporal'], snapshots: false },
];

/**
 * Where each thread reads the events: the path of an SQLite event store (opened read only), or a module
 * (its URL) whose `openRebuildStore(options)` opens the store as its owner reads it (the gateway's opens
 * persons' sealed fields with their keys); `options` must survive a structured clone.
 */
export type RebuildSource = string | { module: string; options: unknown };

/**
 * What a worker thread is asked to do (rebuild-worker.ts). `stop` is shared with every thread: set to 1 when
 * one of them failed, and each checks it after every page and stops by itself. A thread is never terminated
 * from outside: `terminate()` while better-sqlite3 builds an error (a thread opening a missing file) kills
 * the whole process (`v8::ToLocalChecked Empty MaybeLocal`).
 */
export interface RebuildGroupTask extends RebuildGroup {
  source: RebuildSource;
  file: string;
  stop: Int32Array;
}

export type RebuildWorkerMessage =
  | { kind: 'progress'; progress: RebuildProgress }
  | { kind: 'done'; progress: RebuildProgress; indexesMs: number; busyMs: number }
  | { kind: 'failed'; message: string; code?: string };

/** The whole rebuild's progress, and where its time went: each group's thread, then the copy into one file. */
export interface RebuildInThreadsResult extends RebuildProgress {
  /**
   * Per group: the events its thread read (all, or only its read models' types), the milliseconds it was
   * busy (not waiting), building its deferred indexes at the end, and from the start until it was done.
   */
  groups: {
    projections: readonly string[];
    read: number;
    busyMs: number;
    indexesMs: number;
    doneMs: number;
  }[];
  copyMs: number;
}

export interface RebuildInThreadsOptions {
  groups?: readonly RebuildGroup[];
  onProgress?: (progress: RebuildProgress) => void;
}

/**
 * Rebuilds every read model from the events of `source` into a new file at `target` (replaced), one worker
 * thread per group, each reading the store and writing its own file; then the other
 * groups' tables are copied into the first group's file, indexes and all (SQLite copies an identical
 * table's B-trees in order). Progress is the slowest group's. The file equals a one-thread rebuild's.
 * When a thread fails the others stop after their page, every file is removed, and the first failure is thrown.
 */
export async function rebuildReadModelsInThreads(
  source: RebuildSource,
  target: string,
  { groups = REBUILD_GROUPS, onProgress = () => {} }: RebuildInThreadsOptions = {},
): Promise<RebuildInThreadsResult> {
  const known = new Set(ALL_PROJECTIONS.map((projection) => projection.name));
  for (const name of groups.flatMap((group) => group.projections))
    if (!known.has(name)) throw new Error(`No read model is named ${name}`);
  const files = groups.map((_, i) => (i === 0 ? target : `${target}.group-${i}`));
  for (const file of files) removeDatabaseFile(file);
  const reached = groups.map((): RebuildProgress | undefined => undefined);
  const report = () => {
    if (reached.every(Boolean)) onProgress(slowest(reached as RebuildProgress[]));
  };
  const started = performance.now();
  const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workers = groups.map((group, i) => startGroup({ ...group, source, file: files[i]!, stop }));
  const exited = workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
  let failed = false;
  try {
    const following = workers.map((worker, i) =>
      followGroup(worker, (progress) => {
        reached[i] = progress;
        report();
      }),
    );
    for (const group of following) group.catch(() => Atomics.store(stop, 0, 1));
    const results = await Promise.all(following);
    const copyStarted = performance.now();
    const db = openReadModelDatabase(target);
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = OFF');
      for (const file of files.slice(1)) copyTablesInto(db, file);
      db.pragma('synchronous = NORMAL');
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    return {
      ...slowest(results.map((result) => result.progress)),
      groups: results.map(({ progress, busyMs, indexesMs, doneAt }, i) => ({
        projections: groups[i]!.projections,
        read: progress.applied,
        busyMs,
        indexesMs,
        doneMs: doneAt - started,
      })),
      copyMs: performance.now() - copyStarted,
    };
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all(exited);
    for (const file of failed ? files : files.slice(1)) removeDatabaseFile(file);
  }
}

/** The group furthest behind; of groups as far, the one that applied the most (one reading every event). */
const slowest = (progress: readonly RebuildProgress[]): RebuildProgress =>
  progress.reduce((a, b) =>
    b.position < a.position || (b.position === a.position && b.applied > a.applied) ? b : a,
  );

function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * Each thread's heap, whatever the process's flags. Its young generation V8's default (the gateway starts
 * with `--max-semi-space-size=64`, apps/gateway/node-flags, which every thread would inherit); its old
 * generation capped: what a thread holds is bounded by counts (documents and versions kept, streams
 * followed), not by the history, and without a cap V8 let each heap grow to twice that before collecting.
 * A province's rebuild (2026-12-02) peaked at 1.75 GB with neither, 1.64 GB with the young generation's
 * only, 1.16 GB with the old generation at 512 MB and 1.21–1.30 GB at 768, in about the same time.
 */
const HEAP_LIMITS = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 768 };

/** The group's thread, on the worker's sources under tsx (tests, benches) or its build. */
function startGroup(task: RebuildGroupTask): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './rebuild-worker.ts' : './rebuild-worker.js', import.meta.url);
  return startThread(entry, { workerData: task, resourceLimits: HEAP_LIMITS });
}

interface GroupDone {
  progress: RebuildProgress;
  busyMs: number;
  indexesMs: number;
  doneAt: number;
}

function followGroup(worker: Worker, onProgress: (progress: RebuildProgress) => void): Promise<GroupDone> {
  return new Promise((resolve, reject) => {
    let done: GroupDone | undefined;
    worker.on('message', (message: RebuildWorkerMessage) => {
      if (message.kind === 'failed') {
        reject(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
        return;
      }
      onProgress(message.progress);
      if (message.kind === 'done') {
        const { progress, busyMs, indexesMs } = message;
        done = { progress, busyMs, indexesMs, doneAt: performance.now() };
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (done) resolve(done);
      else
        reject(
          new Error(`A rebuild thread stopped (exit code ${code}) before its read models were complete`),
        );
    });
  });
}

/**
 * Every table of another group's file into `db`, created as it was there with its indexes, then its rows
 * (into an empty table of the same schema, SQLite's transfer copies rows and index entries in key order,
 * no sort); the checkpoints too. A table both files hold (the snapshots' table every rebuild creates) gets
 * the other file's rows added.
 */
function copyTablesInto(db: ReadModelDatabase, file: string): void {
  db.prepare('ATTACH DATABASE ? AS part').run(file);
  try {
    db.transaction(() => {
      const objects = db
        .prepare<[], { type: string; name: string; tbl_name: string; sql: string }>(
          `SELECT type, name, tbl_name, sql FROM part.sqlite_master
           WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid`,
        )
        .all();
      const existing = new Set(
        db.prepare<[], string>("SELECT name FROM main.sqlite_master WHERE type = 'table'").pluck().all(),
      );
      const created = objects.filter((object) =>
        object.type === 'table' ? !existing.has(object.name) : !existing.has(object.tbl_name),
      );
      for (const object of created) db.exec(object.sql);
      for (const object of objects)
        if (object.type === 'table')
          db.exec(`INSERT INTO main."${object.name}" SELECT * FROM part."${object.name}"`);
    })();
  } finally {
    db.exec('DETACH DATABASE part');
  }
}
