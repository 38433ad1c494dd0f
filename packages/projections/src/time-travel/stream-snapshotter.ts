import { type Aggregate, cadreAggregate } from '@cadre/domain';
import { type EventStore, streamName } from '@cadre/event-store';
import type { ProjectedEvent } from '../projection.js';
import { toProjectedEvent } from '../projection-applier.js';
import { chainedOutlines } from './as-of-plan.js';
import { advanceFold, type RunningFold, resumeFold, startFold } from './snapshot-fold.js';
import type { StreamSnapshot, StreamSnapshots } from './stream-snapshots.js';

type Completed = StreamSnapshot[];

/**
 * A snapshot every this many events of a stream. A question reads the events after the last snapshot and
 * up to about this many more; fewer events between snapshots means more rows, each smaller (a patch and
 * the block's times), so the total size hardly changes. Measured in docs/benchmarks.md. Changing it
 * leaves older snapshots that new ones do not chain onto: bump SNAPSHOT_VERSION with it.
 */
export const SNAPSHOT_EVERY = 100;

/** The aggregates time travel asks about. */
// biome-ignore lint/suspicious/noExplicitAny: a registry of aggregates with different states
export const SNAPSHOTTED_AGGREGATES: readonly Aggregate<any, any>[] = [cadreAggregate];

export interface StreamSnapshotterOptions {
  // biome-ignore lint/suspicious/noExplicitAny: see SNAPSHOTTED_AGGREGATES
  aggregates?: readonly Aggregate<any, any>[];
  every?: number;
  /** How many streams' running folds to keep in memory; a forgotten one is restored from its snapshot. */
  maxStreams?: number;
}

/**
 * Writes snapshots of aggregate streams as their events are applied. It keeps a running fold per
 * stream (the most recently fed ones), so a stream that is followed from its start costs no store read.
 * For a stream it does not remember, it waits until the stream reaches its next snapshot, then starts
 * from the latest snapshot before it and reads only the events since from the store.
 */
export class StreamSnapshotter {
  private readonly aggregates: ReadonlyArray<{ prefix: string; aggregate: Aggregate<unknown, never> }>;
  private readonly every: number;
  private readonly maxStreams: number;
  /** Running folds, each with when it was last fed (a count of events), to forget the least recent. */
  private readonly folds = new Map<string, { fold: RunningFold<unknown>; fed: number }>();
  private fed = 0;

  constructor(
    private readonly store: EventStore,
    readonly snapshots: StreamSnapshots,
    options: StreamSnapshotterOptions = {},
  ) {
    this.aggregates = (options.aggregates ?? SNAPSHOTTED_AGGREGATES).map((aggregate) => ({
      prefix: streamName(aggregate.category, ''),
      aggregate,
    }));
    this.every = options.every ?? SNAPSHOT_EVERY;
    this.maxStreams = options.maxStreams ?? 1000;
  }

  /** Feeds applied events (upcast, in store order); keeps the snapshots they complete. */
  async record(events: readonly ProjectedEvent[]): Promise<void> {
    const completed: Completed = [];
    try {
      for (const event of events) {
        const aggregate = this.aggregateOf(event.streamId);
        if (!aggregate) continue;
        if (event.type === 'PersonalDataErased') {
          // what the snapshots hold of the person can no longer be read from the events: drop them
          this.snapshots.save(completed.splice(0));
          this.snapshots.forget(event.streamId);
          this.folds.delete(event.streamId);
          continue;
        }
        let known = this.folds.get(event.streamId);
        // A rebuild feeds a million events: only a stream the snapshotter does not follow awaits anything.
        if (known?.fold.revision !== event.revision) {
          const fold = await this.foldBefore(event, aggregate, completed);
          if (!fold) continue;
          known = this.remember(event.streamId, fold);
        }
        known.fed = ++this.fed;
        const snapshot = advanceFold(known.fold, aggregate, event, this.every);
        if (snapshot) completed.push({ streamId: event.streamId, snapshot });
      }
      this.snapshots.save(completed);
    } catch (error) {
      // A remembered fold may have passed a snapshot that was not saved: the next snapshot would then not
      // chain onto the saved ones. Forgotten folds are restored from what was saved.
      this.folds.clear();
      throw error;
    }
  }

  private aggregateOf(streamId: string): Aggregate<unknown, never> | undefined {
    for (const { prefix, aggregate } of this.aggregates) if (streamId.startsWith(prefix)) return aggregate;
    return undefined;
  }

  /** The running fold the event comes next in, for a stream not followed so far (or not from there). */
  private async foldBefore(
    event: ProjectedEvent,
    aggregate: Aggregate<unknown, never>,
    completed: Completed,
  ): Promise<RunningFold<unknown> | undefined> {
    const known = this.folds.get(event.streamId);
    if (known && event.revision < known.fold.revision) return undefined; // already folded
    this.folds.delete(event.streamId);
    if (event.revision === 0) return startFold(aggregate.initialState);
    // Restoring reads the store: worth it only when a snapshot is due.
    if ((event.revision + 1) % this.every !== 0) return undefined;
    return this.restore(event.streamId, event.revision, aggregate, completed);
  }

  /** The fold of the stream's first `revision` events, from its latest snapshot and the store. */
  private async restore(
    streamId: string,
    revision: number,
    aggregate: Aggregate<unknown, never>,
    completed: Completed,
  ): Promise<RunningFold<unknown>> {
    const latest = chainedOutlines(this.snapshots.outlines(streamId))
      .filter((outline) => outline.revision <= revision)
      .at(-1);
    const fold = latest
      ? resumeFold(latest, this.snapshots.state(streamId, latest.revision))
      : startFold(aggregate.initialState);
    const count = revision - fold.revision;
    const missing =
      count === 0
        ? []
        : await this.store.readStream(streamId, { fromRevision: fold.revision, maxCount: count });
    for (const event of missing) {
      const snapshot = advanceFold(fold, aggregate, toProjectedEvent(event), this.every);
      if (snapshot) completed.push({ streamId, snapshot });
    }
    return fold;
  }

  private remember(
    streamId: string,
    fold: RunningFold<unknown>,
  ): { fold: RunningFold<unknown>; fed: number } {
    const entry = { fold, fed: this.fed };
    this.folds.set(streamId, entry);
    if (this.folds.size > this.maxStreams) this.forgetLeastRecentlyFed();
    return entry;
  }

  /**
   * Forgets the least recently fed quarter in one pass: a province's rebuild starts far more streams than it
   * keeps, and looking for the one oldest at every new stream scanned every remembered fold each time.
   */
  private forgetLeastRecentlyFed(): void {
    const fed = [...this.folds.values()].map((known) => known.fed).sort((a, b) => a - b);
    const below = fed[Math.max(1, Math.floor(fed.length / 4))]!;
    for (const [id, known] of this.folds) if (known.fed < below) this.folds.delete(id);
  }
}
