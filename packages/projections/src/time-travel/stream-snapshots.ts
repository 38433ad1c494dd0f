import type { ReadModelDatabase } from '../read-model-database.js';
import type { Snapshot, SnapshotOutline } from './snapshot-fold.js';
import { patchState } from './state-patch.js';

/**
 * Raise it when a snapshotted aggregate's `evolve` or initial state changes what a stored stream folds to
 * (an upcaster change counts too), or when SNAPSHOT_EVERY changes: snapshots of another version are
 * dropped when the read models open.
 */
export const SNAPSHOT_VERSION = 3;

interface SnapshotRow {
  revision: number;
  latest_occurred: number;
  latest_recorded: number;
  block_occurred: string;
  block_recorded: string;
  patch: string;
}

export interface StreamSnapshot {
  streamId: string;
  snapshot: Snapshot;
}

const TABLE_PREFIX = 'stream_snapshots_v';

const outlineOf = (row: Omit<SnapshotRow, 'patch'>): SnapshotOutline => ({
  revision: row.revision,
  latestOccurred: row.latest_occurred,
  latestRecorded: row.latest_recorded,
  blockOccurred: JSON.parse(row.block_occurred),
  blockRecorded: JSON.parse(row.block_recorded),
});

/**
 * Folded states of aggregate streams, every so many events, in the read-model file: a cache of what the
 * immutable events fold to, so writing one twice changes nothing and losing them loses only speed. Each
 * keeps its state as a patch on the previous one's (see StatePatch). The version is part of the table's
 * name, so a new version starts from an empty table.
 */
export class StreamSnapshots {
  readonly table: string;
  private readonly statements;
  private readonly insertAll: (snapshots: readonly StreamSnapshot[]) => void;

  constructor(
    private readonly db: ReadModelDatabase,
    version = SNAPSHOT_VERSION,
  ) {
    this.table = `${TABLE_PREFIX}${version}`;
    this.dropOtherVersions();
    // The patch comes last: reading the columns before it leaves its overflow pages unread.
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
      stream_id       TEXT    NOT NULL,
      revision        INTEGER NOT NULL,
      latest_occurred INTEGER NOT NULL,
      latest_recorded INTEGER NOT NULL,
      block_occurred  TEXT    NOT NULL,
      block_recorded  TEXT    NOT NULL,
      patch           TEXT    NOT NULL,
      PRIMARY KEY (stream_id, revision)
    )`);
    this.statements = {
      outlines: db.prepare<[string], Omit<SnapshotRow, 'patch'>>(
        `SELECT revision, latest_occurred, latest_recorded, block_occurred, block_recorded
         FROM ${this.table} WHERE stream_id = ? ORDER BY revision`,
      ),
      patches: db.prepare<[string, number], Pick<SnapshotRow, 'revision' | 'patch'>>(
        `SELECT revision, patch FROM ${this.table} WHERE stream_id = ? AND revision <= ? ORDER BY revision`,
      ),
      insert: db.prepare(
        `INSERT OR IGNORE INTO ${this.table}
         (stream_id, revision, latest_occurred, latest_recorded, block_occurred, block_recorded, patch)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    this.insertAll = db.transaction((snapshots: readonly StreamSnapshot[]) => {
      for (const { streamId, snapshot: s } of snapshots) {
        this.statements.insert.run(
          streamId,
          s.revision,
          s.latestOccurred,
          s.latestRecorded,
          JSON.stringify(s.blockOccurred),
          JSON.stringify(s.blockRecorded),
          JSON.stringify(s.patch),
        );
      }
    });
  }

  /** Every snapshot of the stream, oldest first, without the states. */
  outlines(streamId: string): SnapshotOutline[] {
    return this.statements.outlines.all(streamId).map(outlineOf);
  }

  /**
   * The folded state at a snapshot's revision, from its patch and those of the snapshots before it
   * (which must chain: see `chainedOutlines`); undefined when there is no snapshot at that revision.
   */
  state(streamId: string, revision: number): unknown {
    const rows = this.statements.patches.all(streamId, revision);
    if (rows.at(-1)?.revision !== revision) return undefined;
    let state: unknown;
    for (const row of rows) state = patchState(state, JSON.parse(row.patch));
    return state;
  }

  /** Keeps the snapshots, in one transaction; one already kept for the same stream and revision stays. */
  save(snapshots: readonly StreamSnapshot[]): void {
    if (snapshots.length > 0) this.insertAll(snapshots);
  }

  clear(): void {
    this.db.exec(`DELETE FROM ${this.table}`);
  }

  /** Drops a stream's snapshots: states folded from data since erased must not outlive it. */
  forget(streamId: string): void {
    this.db.prepare(`DELETE FROM ${this.table} WHERE stream_id = ?`).run(streamId);
  }

  private dropOtherVersions(): void {
    const tables = this.db
      .prepare<[string], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ?")
      .pluck()
      .all(`${TABLE_PREFIX}[0-9]*`);
    for (const table of tables) if (table !== this.table) this.db.exec(`DROP TABLE ${table}`);
  }
}
