import { type EventStore, pagesOf } from '@cadre/event-store';
import { cadreDocuments } from './cadres/cadre-documents.js';
import type { Projection } from './projection.js';
import { ProjectionApplier } from './projection-applier.js';
import type { ReadModelDatabase } from './read-model-database.js';
import { StreamSnapshots } from './time-travel/stream-snapshots.js';
import { StreamSnapshotter } from './time-travel/stream-snapshotter.js';

export interface RebuildProgress {
  /** Events read and applied (a rebuild of read models that each name their event types reads only those). */
  applied: number;
  /** Position reached, and the store's head when the rebuild began: their ratio is the progress. */
  position: bigint;
  head: bigint;
}

/** A rebuild's end, and how long the secondary indexes it deferred took to build there. */
export interface RebuildResult extends RebuildProgress {
  indexesMs: number;
}

export function progressRatio({ position, head }: RebuildProgress): number {
  return head === 0n ? 1 : Math.min(1, Number(position) / Number(head));
}

const PAGE = 5000;

export interface RebuildOptions {
  /** Write the time-travel snapshots too (default); off only to measure what they cost. */
  snapshots?: boolean;
  /**
   * Streams whose running folds stay in memory. A stream forgotten is restored from its latest snapshot
   * and the store when its next snapshot is due: few streams reach one, and remembering every stream of a
   * province held each one's pending events.
   */
  snapshotStreams?: number;
  /**
   * Changed cadres' documents held in memory during the load (about 4 KB each; default 16,384). More pays
   * when the cadres' events interleave more widely than that (each event of a cadre stored early reads its
   * document back: twice the CPU in a district fed as a province's 145,000 cadres would be); the generated
   * province is entered district by district, and holding all of its documents took the peak past 2 GB.
   */
  documentsInMemory?: number;
}

/**
 * The event types a rebuild of these read models has to read, when each of them says which it acts on and
 * no snapshots are written (a snapshot folds a stream's every event); undefined: every event.
 */
function typesToRead(projections: readonly Projection[], snapshots: boolean): string[] | undefined {
  if (snapshots || projections.some((projection) => !projection.eventTypes)) return undefined;
  return [...new Set(projections.flatMap((projection) => [...projection.eventTypes!]))].sort();
}

/**
 * Empties the read models and the time-travel snapshots and applies every stored event again (every one
 * they act on), in pages, reporting progress.
 */
export async function rebuildReadModels(
  store: EventStore,
  db: ReadModelDatabase,
  projections: readonly Projection[],
  onProgress: (progress: RebuildProgress) => void = () => {},
  { snapshots = true, snapshotStreams = 4096, documentsInMemory }: RebuildOptions = {},
): Promise<RebuildResult> {
  const applier = new ProjectionApplier(db, projections, { bulk: true });
  const deferredIndexes = applier.reset({ deferIndexes: true });
  const snapshotTable = new StreamSnapshots(db);
  snapshotTable.clear();
  const snapshotter = snapshots
    ? new StreamSnapshotter(store, snapshotTable, { maxStreams: snapshotStreams })
    : undefined;
  // A rebuild that stops halfway is started again from scratch, so its writes need no fsync.
  const synchronous = db.pragma('synchronous', { simple: true });
  db.pragma('synchronous = OFF');
  const head = await store.headPosition();
  let applied = 0;
  let position = 0n;
  const documents = cadreDocuments(db);
  documents.keepChanged(documentsInMemory);
  try {
    const eventTypes = typesToRead(projections, snapshots);
    for await (const page of pagesOf(store, PAGE, 0n, eventTypes && { eventTypes })) {
      const projected = applier.apply(page);
      await snapshotter?.record(projected);
      applied += page.length;
      position = page[page.length - 1]!.position;
      onProgress({ applied, position, head });
    }
    applier.finish();
    if (head > position) {
      // the last events were of types none of these read models reads
      applier.skipTo(head);
      position = head;
      onProgress({ applied, position, head });
    }
  } finally {
    documents.keepChanged(undefined);
  }
  // A province's indexes sort millions of rows: in temporary files (the page cache's), not the heap's peak.
  const tempStore = db.pragma('temp_store', { simple: true });
  db.pragma('temp_store = FILE');
  const indexesStarted = performance.now();
  for (const statement of deferredIndexes) db.exec(statement);
  const indexesMs = performance.now() - indexesStarted;
  db.pragma(`temp_store = ${tempStore}`);
  db.pragma(`synchronous = ${synchronous}`);
  return { applied, position, head, indexesMs };
}
