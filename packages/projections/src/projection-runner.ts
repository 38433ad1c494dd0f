import { performance } from 'node:perf_hooks';
import { type EventStore, type RecordedEvent, type Subscription, storeFailure } from '@cadre/event-store';
import { SliceSizer, sliceLength } from './live-slices.js';
import type { ProjectedEvent, Projection } from './projection.js';
import { ProjectionApplier } from './projection-applier.js';
import type { ReadModelDatabase } from './read-model-database.js';
import type { StreamSnapshotter } from './time-travel/stream-snapshotter.js';

/** The most events read ahead of the read models, and the most one slice applies. */
const BATCH = 1000;
/**
 * About how long one slice holds the event loop (live events are applied in slices, see follow()). Each slice
 * is a transaction with a checkpoint per read model: 3 ms slices cost a command ~20 % more of the thread's CPU
 * under a full write load than whole batches; 8 ms about none.
 */
const SLICE_MS = 8;

export interface ProjectionRunnerOptions {
  /** Fed every applied batch, after it commits, to write time-travel snapshots. */
  snapshotter?: StreamSnapshotter;
  /** Snapshots are only a cache: a failure to write them is reported here and the runner goes on. */
  onSnapshotError?: (error: unknown) => void;
  /** About how long applying one slice of events may hold the event loop, in ms (8 by default). */
  sliceMs?: number;
}

interface Waiter {
  position: bigint;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Keeps read models up to date from one catch-up subscription, starting at their checkpoints.
 * Events that arrive together are applied as one batch; stopping at any point loses nothing and
 * applies nothing twice. A projection whose version changed is dropped and rebuilt from the start.
 * Snapshots are written after each batch, one batch at a time, without holding the read models back.
 */
export class ProjectionRunner {
  private readonly applier: ProjectionApplier;
  private subscription?: Subscription;
  private loop?: Promise<void>;
  private waiters: Waiter[] = [];
  private failure?: unknown;
  private snapshotting: Promise<void> = Promise.resolve();
  private retry?: NodeJS.Timeout;
  private retryMs = FIRST_RETRY_MS;
  private stopped = false;
  private readonly sizer: SliceSizer;

  constructor(
    private readonly store: EventStore,
    db: ReadModelDatabase,
    projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.applier = new ProjectionApplier(db, projections);
    this.sizer = new SliceSizer(options.sliceMs ?? SLICE_MS, BATCH);
  }

  start(): void {
    this.subscription = this.store.subscribeToAll({ after: this.applier.position });
    this.loop = this.follow(this.subscription);
  }

  /** The global position every read model has reached. */
  get checkpoint(): bigint {
    return this.applier.position;
  }

  /** Set when a projection failed: the runner stopped, and the read models stay at their last good batch. */
  get error(): unknown {
    return this.failure;
  }

  /** Resolves once the read models reflect every event up to `position` (read-your-writes). */
  waitFor(position: bigint): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (position <= this.applier.position) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ position, resolve, reject }));
  }

  /** Resolves once the read models have caught up with the store as it was when this was called. */
  async catchUp(): Promise<void> {
    await this.waitFor(await this.store.headPosition());
  }

  /** Stops following the store, once the snapshots of the batches applied so far are written. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.subscription?.close();
    await this.loop;
    await this.snapshotting;
  }

  /**
   * Applies the events in slices, each its own transaction with its checkpoint, with a turn of the event
   * loop before each (setImmediate): events that arrive together are applied together, yet a long batch
   * lets the requests waiting meanwhile be answered between its slices. A slice never splits a command,
   * and a command's waiters are released once the slice with its last event is committed. Until the
   * subscription first caught up with the store (a start's catch-up, which the gateway awaits before it
   * serves) no request waits: slices are whole batches, fewer transactions.
   */
  private async follow(subscription: Subscription): Promise<void> {
    const pending: RecordedEvent[] = [];
    let broken = false;
    let draining: Promise<void> | undefined;
    /** How many of the events pending are the start's catch-up (all, until the subscription caught up). */
    let catchingUp = Number.POSITIVE_INFINITY;
    void subscription.caughtUp.then(() => {
      catchingUp = pending.length;
    });
    const drain = async () => {
      try {
        while (pending.length > 0 && !broken) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (broken || this.failure) return;
          const size = catchingUp > 0 ? BATCH : this.sizer.size;
          const events = pending.splice(0, sliceLength(pending, size));
          catchingUp = Math.max(0, catchingUp - events.length);
          const started = performance.now();
          let applied: readonly ProjectedEvent[];
          try {
            applied = this.applier.apply(events);
          } catch (error) {
            broken = true;
            pending.length = 0;
            this.fail(error, subscription);
            return;
          }
          this.sizer.record(events.length, performance.now() - started);
          this.retryMs = FIRST_RETRY_MS;
          this.releaseWaiters();
          this.snapshot(applied);
        }
      } finally {
        draining = undefined;
      }
    };
    for await (const event of subscription) {
      pending.push(event);
      if (!draining && !broken && !this.failure) draining = drain();
      // read no further ahead of the read models than a batch
      if (pending.length >= BATCH) await draining;
    }
    await draining;
    if (pending.length > 0 && !broken && !this.failure) await drain();
  }

  private snapshot(events: readonly ProjectedEvent[]): void {
    const { snapshotter, onSnapshotError = reportSnapshotError } = this.options;
    if (!snapshotter) return;
    this.snapshotting = this.snapshotting.then(() => snapshotter.record(events)).catch(onSnapshotError);
  }

  private fail(error: unknown, subscription: Subscription): void {
    if (isPassing(error)) {
      // the batch was rolled back with its checkpoint: follow again from there once the disk has room
      void subscription.close();
      console.error(`[projections] read models paused (${(error as { code: string }).code}); retrying`);
      this.retry = setTimeout(() => {
        if (!this.stopped) this.start();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
      return;
    }
    this.failure = error;
    void subscription.close();
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.reject(error);
  }

  private releaseWaiters(): void {
    const reached = this.applier.position;
    const ready = this.waiters.filter((w) => w.position <= reached);
    this.waiters = this.waiters.filter((w) => w.position > reached);
    for (const waiter of ready) waiter.resolve();
  }
}

/** How soon the runner follows the store again after a write its file could not take, at first and at most. */
const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5000;

/**
 * A failure of the read-model file that passes (a full disk, an I/O error, a lock held too long): the batch
 * is rolled back with its checkpoint, so following the store again later loses and doubles nothing
 * (the same failures the event store answers STORE_UNAVAILABLE for, see sqlite-failures.ts).
 * Waiting writers keep waiting; any other failure stops the runner.
 */
const isPassing = (error: unknown): boolean => storeFailure(error) !== error;

function reportSnapshotError(error: unknown): void {
  console.error('[projections] time-travel snapshots not written:', error);
}
