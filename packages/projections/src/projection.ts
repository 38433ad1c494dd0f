import type { DomainEvent } from '@cadre/domain';
import type { RecordedEvent } from '@cadre/event-store';
import type Database from 'better-sqlite3';

/** An event as projections see it: upcast to the current shape, with the store's envelope around it. */
export type ProjectedEvent = DomainEvent & Omit<RecordedEvent, 'data' | 'type'>;

/**
 * A read model: the tables it owns, and how each event changes them. `apply` runs inside the runner's
 * transaction, together with the checkpoint, so an event takes effect exactly once even after a crash.
 */
export interface Projection {
  name: string;
  /** Raise it when the tables or their meaning change: the runner then rebuilds this read model. */
  version: number;
  /** CREATE statements for the tables; DROP statements are derived from `tables`. */
  schema: string;
  tables: readonly string[];
  /** Indexes `apply` itself looks rows up by: kept in place while a rebuild defers the others. */
  lookupIndexes?: readonly string[];
  /**
   * The only event types `apply` does anything with, when it can say: a rebuild of read models that all
   * say reads only their types from the store (left out: every event may matter).
   */
  eventTypes?: ReadonlySet<string>;
  apply(db: Database.Database, event: ProjectedEvent): void;
  /**
   * Runs inside the batch's transaction once every event of the batch is applied, before the
   * checkpoints (in a bulk load, once at its end): a projection that keeps what it computes in memory
   * writes it here.
   */
  endBatch?(db: Database.Database): void;
  /** What it keeps in memory no longer matches its tables (a batch rolled back, the tables were recreated). */
  forget?(db: Database.Database): void;
}
