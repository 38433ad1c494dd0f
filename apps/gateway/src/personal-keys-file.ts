import { randomBytes } from 'node:crypto';
import { InMemoryKeyVault, type PersonalKeyVault } from '@cadre/application';
import { storeFailure } from '@cadre/event-store';
import { type ReadModelDatabase, sql } from '@cadre/projections';
import { openSharedSqliteFile } from './shared-sqlite-file.js';

export const PERSONAL_KEYS_FILE = 'personal-keys.sqlite';

function openDatabase(path: string): ReadModelDatabase {
  return openSharedSqliteFile(path, (db) => {
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE IF NOT EXISTS personal_keys (
      subject    TEXT PRIMARY KEY,
      key        BLOB,
      erased_at  TEXT
    )`);
  });
}

/**
 * Persons' keys in a file of their own beside the events (0600, backed up with them, never exported with
 * them): an erased person keeps a row without a key, so no new key is ever made for them.
 */
export class PersonalKeysFile implements PersonalKeyVault {
  constructor(
    private readonly db: ReadModelDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  keyForSealing(subject: string): Buffer | undefined {
    const row = this.rowOf(subject);
    if (row) return row.key ?? undefined;
    this.prepareKeysForSealing([subject]);
    return this.keyFor(subject);
  }

  /** The persons' keys made in one transaction: one fsync for the registrations of a group commit. */
  prepareKeysForSealing(subjects: readonly string[]): void {
    const insert = sql(this.db, 'INSERT OR IGNORE INTO personal_keys (subject, key) VALUES (?, ?)');
    try {
      this.db.transaction(() => {
        for (const subject of subjects) insert.run(subject, randomBytes(32));
      })();
    } catch (error) {
      // the key file shares the data folder's disk: a full one stops writes as the event store does
      throw storeFailure(error);
    }
  }

  private rowOf(subject: string) {
    return sql(this.db, 'SELECT key FROM personal_keys WHERE subject = ?').get(subject) as
      | { key: Buffer | null }
      | undefined;
  }

  keyFor(subject: string): Buffer | undefined {
    return this.rowOf(subject)?.key ?? undefined;
  }

  erase(subject: string): void {
    sql(
      this.db,
      `INSERT INTO personal_keys (subject, key, erased_at) VALUES (?, NULL, ?)
       ON CONFLICT (subject) DO UPDATE SET key = NULL, erased_at = excluded.erased_at`,
    ).run(subject, this.now().toISOString());
  }

  close(): void {
    this.db.close();
  }
}

/** The vault of a data folder, or one in memory for a throw-away system. */
export function openPersonalKeys(
  path: string | ':memory:',
  now?: () => Date,
): PersonalKeyVault & { close(): void } {
  if (path === ':memory:') return Object.assign(new InMemoryKeyVault(), { close() {} });
  return new PersonalKeysFile(openDatabase(path), now);
}
