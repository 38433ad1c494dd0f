import { randomUUID } from 'node:crypto';
import { sql } from '@cadre/projections';
import type { AccountsDatabase } from './accounts-database.js';

/** Sessions a token stands for: a token is honoured only while its session has not ended. */
export const SESSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id         TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at   TEXT,
  ended_why  TEXT
);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id, ended_at);
`;

/** Why a session ended: its holder signed out, or the account was disabled or its password reset. */
export type SessionEnd = 'SIGNED_OUT' | 'ACCOUNT_DISABLED' | 'PASSWORD_RESET';

export function startSession(db: AccountsDatabase, userId: string, now: Date, expiresAt: Date): string {
  const id = randomUUID();
  sql(db, 'INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    id,
    userId,
    now.toISOString(),
    expiresAt.toISOString(),
  );
  return id;
}

export function isSessionOpen(db: AccountsDatabase, sessionId: string, userId: string): boolean {
  return (
    sql(db, 'SELECT 1 FROM sessions WHERE id = ? AND user_id = ? AND ended_at IS NULL').get(
      sessionId,
      userId,
    ) !== undefined
  );
}

export function endSession(db: AccountsDatabase, sessionId: string, why: SessionEnd, now: Date): void {
  sql(db, 'UPDATE sessions SET ended_at = ?, ended_why = ? WHERE id = ? AND ended_at IS NULL').run(
    now.toISOString(),
    why,
    sessionId,
  );
}

export function endSessionsOf(db: AccountsDatabase, userId: string, why: SessionEnd, now: Date): void {
  sql(db, 'UPDATE sessions SET ended_at = ?, ended_why = ? WHERE user_id = ? AND ended_at IS NULL').run(
    now.toISOString(),
    why,
    userId,
  );
}
