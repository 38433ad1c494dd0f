import type { Locale } from '@cadre/domain';
import { sql } from '@cadre/projections';
import { localizedError } from '../graphql/errors.js';
import type { AccountsDatabase } from './accounts-database.js';

/** Failed sign-ins: kept for the auditors (who tried which name, from where, when), and counted per name. */
export const SIGN_IN_GUARD_SCHEMA = `
CREATE TABLE IF NOT EXISTS sign_in_failures (
  id       INTEGER PRIMARY KEY,
  username TEXT NOT NULL,
  address  TEXT NOT NULL,
  at       TEXT NOT NULL,
  outcome  TEXT NOT NULL CHECK (outcome IN ('WRONG_CREDENTIALS', 'LOCKED'))
);
CREATE TABLE IF NOT EXISTS sign_in_streaks (
  username        TEXT PRIMARY KEY,
  failures        INTEGER NOT NULL,
  last_failure_at TEXT NOT NULL
);
`;

/** Consecutive failures after which a name is locked, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
/** The added wait per earlier failure, up to the lock: each wrong guess costs the guesser more. */
const DELAY_STEP_MS = 400;

/** How long to hold back the answer to a sign-in after so many consecutive failures. */
export const signInDelayMs = (failures: number): number =>
  Math.min(failures, LOCK_AFTER_FAILURES - 1) * DELAY_STEP_MS;

export interface SignInFailure {
  username: string;
  address: string;
  at: string;
  outcome: 'WRONG_CREDENTIALS' | 'LOCKED';
}

/** Names are counted as typed, case aside (as usernames match), whether an account has them or not. */
const keyOf = (username: string) => username.trim().toLowerCase();

export class SignInGuard {
  constructor(private readonly db: AccountsDatabase) {}

  /** Consecutive failures of this name still counting (a lock's time past, they start again). */
  failuresOf(username: string, now: Date): number {
    const row = sql(this.db, 'SELECT failures, last_failure_at FROM sign_in_streaks WHERE username = ?').get(
      keyOf(username),
    ) as { failures: number; last_failure_at: string } | undefined;
    if (!row) return 0;
    return now.getTime() - Date.parse(row.last_failure_at) >= LOCK_MS ? 0 : row.failures;
  }

  /** Refuses a locked name before any password is checked, and logs the attempt. */
  ensureNotLocked(username: string, address: string, now: Date, locale: Locale): void {
    if (this.failuresOf(username, now) < LOCK_AFTER_FAILURES) return;
    this.log(username, address, now, 'LOCKED');
    const minutes = LOCK_MS / 60_000;
    throw localizedError(
      'ACCOUNT_LOCKED',
      {
        zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
        en: `Too many failed sign-ins; try again in ${minutes} minutes`,
      },
      locale,
    );
  }

  failed(username: string, address: string, now: Date): void {
    const failures = this.failuresOf(username, now) + 1;
    sql(
      this.db,
      `INSERT INTO sign_in_streaks (username, failures, last_failure_at) VALUES (?, ?, ?)
       ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at`,
    ).run(keyOf(username), failures, now.toISOString());
    this.log(username, address, now, 'WRONG_CREDENTIALS');
  }

  succeeded(username: string): void {
    sql(this.db, 'DELETE FROM sign_in_streaks WHERE username = ?').run(keyOf(username));
  }

  /** The failed sign-ins, newest first. */
  list(limit = 200): SignInFailure[] {
    return sql(
      this.db,
      'SELECT username, address, at, outcome FROM sign_in_failures ORDER BY id DESC LIMIT ?',
    ).all(Math.min(Math.max(limit, 1), 1000)) as SignInFailure[];
  }

  private log(username: string, address: string, now: Date, outcome: SignInFailure['outcome']): void {
    sql(this.db, 'INSERT INTO sign_in_failures (username, address, at, outcome) VALUES (?, ?, ?, ?)').run(
      username.slice(0, 100),
      address,
      now.toISOString(),
      outcome,
    );
  }
}
