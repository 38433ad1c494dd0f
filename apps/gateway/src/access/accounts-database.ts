import type { Locale } from '@cadre/domain';
import type { ReadModelDatabase } from '@cadre/projections';
import { openSharedSqliteFile } from '../shared-sqlite-file.js';

export { loadDatabaseConstructor } from '../shared-sqlite-file.js';

import { migrateOneRowPerCadreLog, PERSONAL_DATA_SCHEMA } from './personal-data-schema.js';
import { SESSIONS_SCHEMA } from './sessions.js';
import { SIGN_IN_GUARD_SCHEMA } from './sign-in-guard.js';

/** A better-sqlite3 connection; the type comes through @cadre/projections, which owns the dependency. */
export type AccountsDatabase = ReadModelDatabase;

/** Options of a change to the accounts: the clock (tests fix it) and the language of any error. */
export interface ActionOptions {
  now?: Date;
  locale?: Locale;
}

/** Users and API keys; the personal-data read log is in personal-data-schema.ts. */
export const ACCOUNTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('ADMIN', 'VILLAGE', 'AUDITOR')),
  village_id    TEXT,
  created_at    TEXT NOT NULL,
  disabled_at   TEXT,
  CHECK ((role = 'VILLAGE') = (village_id IS NOT NULL))
);

CREATE TABLE IF NOT EXISTS api_keys (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  key_hash   TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
`;

/** Opens (creating if needed) the accounts file; `:memory:` for tests. Durable like the event store. */
export function openAccountsDatabase(path: string): AccountsDatabase {
  return openSharedSqliteFile(path, (db) => {
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.exec(ACCOUNTS_SCHEMA);
    db.exec(PERSONAL_DATA_SCHEMA);
    db.exec(SESSIONS_SCHEMA);
    db.exec(SIGN_IN_GUARD_SCHEMA);
    migrateOneRowPerCadreLog(db);
  });
}
