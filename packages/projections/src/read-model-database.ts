import Database from 'better-sqlite3';

export type ReadModelDatabase = Database.Database;

export const CHECKPOINTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  projection TEXT PRIMARY KEY,
  version    INTEGER NOT NULL,
  position   TEXT    NOT NULL
) WITHOUT ROWID;
`;

/**
 * The read models live in their own SQLite file: disposable, rebuilt from the events at any time,
 * so it trades the event store's `synchronous=FULL` for speed.
 */
export function openReadModelDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Read models index every event several ways: a larger page cache keeps those indexes in memory.
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.exec(CHECKPOINTS_SCHEMA);
  return db;
}
