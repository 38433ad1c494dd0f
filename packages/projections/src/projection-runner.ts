import { upcast } from '@cadre/domain';
import type { EventStore, RecordedEvent, Subscription } from '@cadre/event-store';
import type Database from 'better-sqlite3';
import type { ProjectedEvent, Projection } from './projection.js';

const BATCH = 1000;

export function toProjectedEvent(event: RecordedEvent): ProjectedEvent {
  return { ...event, data: upcast(event.type, event.metadata.schemaVersion, event.data) };
}

interface CheckpointRow {
  projection: string;
  version: number;
  position: string;
}

/**
 * Feeds read models from one catch-up subscription. Events are applied in batches; each batch and the
 * checkpoints it reaches commit in one SQLite transaction, so stopping at any point loses nothing and
 * applies nothing twice. A projection whose version changed is dropped and rebuilt from the start.
 */
export class ProjectionRunner {
  private subscription?: Subscription;
  private loop?: Promise<void>;
  private position = 0n;
  private waiters: Array<{ position: bigint; resolve: () => void; reject: (error: unknown) => void }> = [];
  private failure?: unknown;
  /** Per read model: the last position it has applied (they differ after one was rebuilt). */
  private readonly checkpoints = new Map<string, bigint>();
  private readonly applyBatch: (events: RecordedEvent[]) => void;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
  ) {
    this.applyBatch = db.transaction((events: RecordedEvent[]) => {
      for (const event of events) {
        const projected = toProjectedEvent(event);
        for (const projection of projections) {
          if (event.position > this.checkpoints.get(projection.name)!) projection.apply(db, projected);
        }
      }
      const last = events[events.length - 1]!.position;
      const save = db.prepare('UPDATE projection_checkpoints SET position = ? WHERE projection = ?');
      for (const projection of projections) {
        if (last > this.checkpoints.get(projection.name)!) save.run(last.toString(), projection.name);
      }
    });
  }

  /** Prepares the tables and starts following the store from the stored checkpoints. */
  start(): void {
    this.position = this.prepare();
    this.subscription = this.store.subscribeToAll({ after: this.position });
    this.loop = this.follow(this.subscription);
  }

  /** The global position every read model has reached. */
  get checkpoint(): bigint {
    return this.position;
  }

  /** Resolves once the read models reflect every event up to `position` (read-your-writes). */
  waitFor(position: bigint): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (position <= this.position) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ position, resolve, reject }));
  }

  /** Resolves once the read models have caught up with the store as it was when this was called. */
  async catchUp(): Promise<void> {
    await this.waitFor(await this.store.headPosition());
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
  }

  private prepare(): bigint {
    const rows = new Map(
      this.db
        .prepare<[], CheckpointRow>('SELECT * FROM projection_checkpoints')
        .all()
        .map((row) => [row.projection, row]),
    );
    for (const projection of this.projections) {
      const row = rows.get(projection.name);
      if (row && row.version === projection.version) {
        this.checkpoints.set(projection.name, BigInt(row.position));
        continue;
      }
      this.db.transaction(() => {
        for (const table of projection.tables) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
        this.db.exec(projection.schema);
        this.db
          .prepare(
            'INSERT OR REPLACE INTO projection_checkpoints (projection, version, position) VALUES (?, ?, ?)',
          )
          .run(projection.name, projection.version, '0');
      })();
      this.checkpoints.set(projection.name, 0n);
    }
    return [...this.checkpoints.values()].reduce(
      (min, p) => (p < min ? p : min),
      this.checkpoints.values().next().value ?? 0n,
    );
  }

  private async follow(subscription: Subscription): Promise<void> {
    let batch: RecordedEvent[] = [];
    let flushScheduled = false;
    const flush = () => {
      flushScheduled = false;
      if (batch.length === 0 || this.failure) return;
      const events = batch;
      batch = [];
      try {
        this.applyBatch(events);
      } catch (error) {
        this.fail(error, subscription);
        return;
      }
      this.position = events[events.length - 1]!.position;
      for (const [name, checkpoint] of this.checkpoints) {
        if (this.position > checkpoint) this.checkpoints.set(name, this.position);
      }
      this.releaseWaiters();
    };
    for await (const event of subscription) {
      batch.push(event);
      if (batch.length >= BATCH) flush();
      else if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    }
    flush();
  }

  private fail(error: unknown, subscription: Subscription): void {
    this.failure = error;
    void subscription.close();
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.reject(error);
  }

  private releaseWaiters(): void {
    const ready = this.waiters.filter((w) => w.position <= this.position);
    this.waiters = this.waiters.filter((w) => w.position > this.position);
    for (const waiter of ready) waiter.resolve();
  }
}
