import { upcast } from '@cadre/domain';
import type { RecordedEvent } from '@cadre/event-store';
import type { ProjectedEvent, Projection } from './projection.js';
import type { ReadModelDatabase } from './read-model-database.js';

/** The event with its data in the current shape. The store hands out fresh objects, so this upgrades in place. */
export function toProjectedEvent(event: RecordedEvent): ProjectedEvent {
  event.data = upcast(event.type, event.metadata.schemaVersion, event.data, event.metadata.occurredAt);
  return event as ProjectedEvent;
}

interface CheckpointRow {
  projection: string;
  version: number;
  position: string;
}

export interface ApplierOptions {
  /**
   * A bulk load into a database nobody reads before it is complete (a rebuild into a scratch file, a past
   * day's read models): projections keep what they gather in memory across batches (see
   * `Projection.endBatch`), and `finish` writes it. A bulk load that stops halfway is thrown away.
   */
  bulk?: boolean;
}

/**
 * Applies batches of events to a set of read models in one database. Each batch and the checkpoints
 * it reaches commit in one SQLite transaction, so an event takes effect exactly once. The live runner,
 * `rebuild` and time travel all apply events through this one piece.
 */
export class ProjectionApplier {
  /** Per read model: the last position it has applied (they differ after one was rebuilt). */
  private readonly checkpoints = new Map<string, bigint>();
  private readonly applyInTransaction: (events: readonly RecordedEvent[]) => void;

  constructor(
    private readonly db: ReadModelDatabase,
    private readonly projections: readonly Projection[],
    { bulk = false }: ApplierOptions = {},
  ) {
    this.prepare();
    const save = db.prepare('UPDATE projection_checkpoints SET position = ? WHERE projection = ?');
    this.applyInTransaction = db.transaction((events: readonly RecordedEvent[]) => {
      // Usually every read model is behind the whole batch; only after a partial rebuild do some skip events.
      const newest = this.newestCheckpoint();
      for (const event of events) {
        const projected = toProjectedEvent(event);
        for (const projection of projections) {
          if (event.position > newest || event.position > this.checkpoints.get(projection.name)!) {
            projection.apply(db, projected);
          }
        }
      }
      if (!bulk) this.endBatch();
      const last = events[events.length - 1]!.position;
      for (const projection of projections) {
        if (last > this.checkpoints.get(projection.name)!) save.run(last.toString(), projection.name);
      }
    });
  }

  /**
   * Every event up to `position` that these read models act on is applied (a read filtered by their
   * event types skipped the others): their checkpoints move there.
   */
  skipTo(position: bigint): void {
    const save = this.db.prepare('UPDATE projection_checkpoints SET position = ? WHERE projection = ?');
    this.db.transaction(() => {
      for (const [name, checkpoint] of this.checkpoints)
        if (position > checkpoint) {
          save.run(position.toString(), name);
          this.checkpoints.set(name, position);
        }
    })();
  }

  /** Writes what the projections gathered in memory during a bulk load. */
  finish(): void {
    this.db.transaction(() => this.endBatch())();
  }

  private endBatch(): void {
    for (const projection of this.projections) projection.endBatch?.(this.db);
  }

  /** The lowest checkpoint: every read model has applied every event up to here. */
  get position(): bigint {
    let lowest: bigint | undefined;
    for (const position of this.checkpoints.values())
      if (lowest === undefined || position < lowest) lowest = position;
    return lowest ?? 0n;
  }

  private newestCheckpoint(): bigint {
    let newest = 0n;
    for (const position of this.checkpoints.values()) if (position > newest) newest = position;
    return newest;
  }

  /** Returns the same events, now upcast in place (upcasting them again would be wrong). */
  apply(events: readonly RecordedEvent[]): readonly ProjectedEvent[] {
    if (events.length === 0) return [];
    try {
      this.applyInTransaction(events);
    } catch (error) {
      for (const projection of this.projections) projection.forget?.(this.db);
      throw error;
    }
    const last = events[events.length - 1]!.position;
    for (const [name, checkpoint] of this.checkpoints)
      if (last > checkpoint) this.checkpoints.set(name, last);
    return events as readonly ProjectedEvent[];
  }

  /**
   * Empties every read model: the next events applied start them from scratch. With `deferIndexes`
   * the secondary indexes are left out and returned, to be created once the tables are filled (a bulk
   * load builds an index far faster in one sorted pass than row by row).
   */
  reset({ deferIndexes = false } = {}): string[] {
    const deferred: string[] = [];
    this.db.transaction(() => {
      for (const projection of this.projections) deferred.push(...this.recreate(projection, deferIndexes));
    })();
    return deferred;
  }

  private prepare(): void {
    const rows = new Map(
      this.db
        .prepare<[], CheckpointRow>('SELECT * FROM projection_checkpoints')
        .all()
        .map((row) => [row.projection, row]),
    );
    for (const projection of this.projections) {
      const row = rows.get(projection.name);
      if (row && row.version === projection.version)
        this.checkpoints.set(projection.name, BigInt(row.position));
      else this.db.transaction(() => void this.recreate(projection))();
    }
  }

  private recreate(projection: Projection, deferIndexes = false): string[] {
    projection.forget?.(this.db);
    for (const table of projection.tables) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
    const statements = projection.schema
      .split(';')
      .map((statement) => statement.trim())
      .filter(Boolean);
    const indexName = (statement: string) => /^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(\w+)/i.exec(statement)?.[1];
    const deferrable = (statement: string) => {
      const name = indexName(statement);
      return name !== undefined && !projection.lookupIndexes?.includes(name);
    };
    const deferred = deferIndexes ? statements.filter(deferrable) : [];
    for (const statement of statements) if (!deferred.includes(statement)) this.db.exec(statement);
    this.db
      .prepare(
        'INSERT OR REPLACE INTO projection_checkpoints (projection, version, position) VALUES (?, ?, ?)',
      )
      .run(projection.name, projection.version, '0');
    this.checkpoints.set(projection.name, 0n);
    return deferred;
  }
}
