import { createRequire } from 'node:module';
import type { ReadModelDatabase } from '@cadre/projections';

type Database = ReadModelDatabase;
type DatabaseConstructor = new (
  path: string,
  options?: { readonly?: boolean; fileMustExist?: boolean },
) => Database;

/** better-sqlite3 is a dependency of @cadre/projections, not of the gateway: load it from there. */
export function loadDatabaseConstructor(): DatabaseConstructor {
  const requireFromProjections = createRequire(import.meta.resolve('@cadre/projections'));
  return requireFromProjections('better-sqlite3') as DatabaseConstructor;
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …): another connection has the lock. */
export const isBusy = (error: unknown) =>
  String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');

/** How long a process keeps trying while another one sets the same file up. */
const SET_UP_PATIENCE_MS = 10_000;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Opens a file that every gateway of a ledger may open at the same moment (the accounts, the persons' keys),
 * in WAL mode, and sets it up with `setUp`, which must be idempotent (CREATE … IF NOT EXISTS, a migration that
 * checks first). Two processes setting up a new file at once can each hold a read lock and want the write
 * lock: SQLite answers one of them SQLITE_BUSY at once, without waiting, since waiting would deadlock. That one
 * tries again until the other is done.
 */
export function openSharedSqliteFile(path: string, setUp: (db: Database) => void): Database {
  const Database = loadDatabaseConstructor();
  const db = new Database(path);
  const giveUpAt = Date.now() + SET_UP_PATIENCE_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      setUp(db);
      return db;
    } catch (error) {
      if (!isBusy(error) || Date.now() > giveUpAt) {
        db.close();
        throw error;
      }
      pause(20);
    }
  }
}
