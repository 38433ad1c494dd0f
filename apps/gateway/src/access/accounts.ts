import type { Locale } from '@cadre/domain';
import { localizedError } from '../graphql/errors.js';
import type { AccountsDatabase } from './accounts-database.js';
import {
  type ApiKeyInfo,
  type IssuedApiKey,
  issueApiKey,
  listApiKeys,
  principalOfApiKey,
  revokeApiKey,
} from './api-keys.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import type { Principal } from './roles.js';
import { SESSION_LIFETIME_MS, signSessionToken, verifySessionToken } from './session-tokens.js';
import { endSession, endSessionsOf, isSessionOpen, startSession } from './sessions.js';
import { SignInGuard, signInDelayMs } from './sign-in-guard.js';
import {
  createUser,
  disableUser,
  findUserById,
  findUserByUsername,
  listUsers,
  type NewUser,
  principalOfUser,
  resetPassword,
  type UserAccount,
} from './users.js';

export interface AccountsOptions {
  db: AccountsDatabase;
  /** From `loadSessionSecret`. */
  sessionSecret: Buffer;
  now?: () => Date;
  /** How a sign-in waits before answering (tests record the waits instead of sleeping). */
  delay?: (ms: number) => Promise<void>;
}

/** What a request presents: the `Authorization` header (`Bearer <token>`) or the `X-API-Key` header. */
export interface Credentials {
  authorization?: string | undefined;
  apiKey?: string | undefined;
}

export interface SignedIn {
  token: string;
  expiresAt: string;
  user: UserAccount;
}

const SIGN_IN_FAILED = { zh: '用户名或密码错误', en: 'Wrong username or password' };

/** Accounts and sessions: the one object the server, the resolvers and the CLI need. */
export class Accounts {
  readonly db: AccountsDatabase;
  private readonly sessionSecret: Buffer;
  private readonly now: () => Date;
  private readonly listeners = new Set<() => void>();
  private readonly delay: (ms: number) => Promise<void>;
  readonly signInGuard: SignInGuard;

  constructor(options: AccountsOptions) {
    this.db = options.db;
    this.signInGuard = new SignInGuard(options.db);
    this.delay = options.delay ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.sessionSecret = options.sessionSecret;
    this.now = options.now ?? (() => new Date());
  }

  private at(locale: Locale | undefined) {
    return { now: this.now(), locale };
  }

  createUser(user: NewUser, locale?: Locale): Promise<UserAccount> {
    return createUser(this.db, user, this.at(locale));
  }

  /** Disables the account and ends its sessions (and their subscriptions) at once. */
  disableUser(id: string, locale?: Locale): void {
    disableUser(this.db, id, this.at(locale));
    endSessionsOf(this.db, id, 'ACCOUNT_DISABLED', this.now());
    this.credentialsChanged();
  }

  /** A new password chosen by an administrator; the account's sessions end. */
  async resetPassword(id: string, password: string, locale?: Locale): Promise<void> {
    await resetPassword(this.db, id, password, this.at(locale));
    endSessionsOf(this.db, id, 'PASSWORD_RESET', this.now());
    this.credentialsChanged();
  }

  /** Ends the session the principal signed in with; an API key has none to end. */
  signOut(principal: Principal): void {
    if (principal.sessionId) endSession(this.db, principal.sessionId, 'SIGNED_OUT', this.now());
    this.credentialsChanged();
  }

  /**
   * Calls `listener` after any change that may end credentials (sign-out, a disabled account, a reset
   * password, a revoked key), so that holders of open connections are checked again at once.
   */
  onCredentialsChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private credentialsChanged(): void {
    for (const listener of this.listeners) listener();
  }

  listUsers(): UserAccount[] {
    return listUsers(this.db);
  }

  /**
   * A session token for the right password. An unknown or disabled username gets the same error after
   * the same scrypt work as a wrong password, so neither the answer nor its timing tells them apart.
   * Each consecutive failure of a name makes its next answer wait longer, and after LOCK_AFTER_FAILURES
   * the name is locked for a while, known or not; every failure is logged with the caller's address.
   */
  async signIn(
    username: string,
    password: string,
    locale: Locale = 'zh-CN',
    address = 'unknown',
  ): Promise<SignedIn> {
    const guard = this.signInGuard;
    guard.ensureNotLocked(username, address, this.now(), locale);
    await this.delay(signInDelayMs(guard.failuresOf(username, this.now())));
    const found = findUserByUsername(this.db, username);
    const hash = found?.passwordHash ?? (await decoyPasswordHash());
    const matches = await verifyPassword(password, hash);
    if (!found || !matches || found.account.disabledAt) {
      guard.failed(username, address, this.now());
      throw localizedError('UNAUTHENTICATED', SIGN_IN_FAILED, locale);
    }
    guard.succeeded(username);
    const { account } = found;
    const now = this.now();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    const sid = startSession(this.db, account.id, now, expiresAt);
    const token = signSessionToken(
      {
        sub: account.id,
        sid,
        role: account.role,
        ...(account.villageId ? { villageId: account.villageId } : {}),
      },
      this.sessionSecret,
      now,
    );
    return { token, expiresAt: expiresAt.toISOString(), user: account };
  }

  issueApiKey(name: string, locale?: Locale): IssuedApiKey {
    return issueApiKey(this.db, name, this.at(locale));
  }

  revokeApiKey(id: string, locale?: Locale): void {
    revokeApiKey(this.db, id, this.at(locale));
    this.credentialsChanged();
  }

  listApiKeys(): ApiKeyInfo[] {
    return listApiKeys(this.db);
  }

  /**
   * Who presents these credentials, or null. A session counts only while its account is active and
   * still has the role and village it was signed in with: changing either ends the session.
   */
  authenticate({ authorization, apiKey }: Credentials): Principal | null {
    if (authorization !== undefined) return this.principalOfSession(authorization);
    if (apiKey !== undefined) return principalOfApiKey(this.db, apiKey.trim());
    return null;
  }

  private principalOfSession(authorization: string): Principal | null {
    const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) return null;
    const claims = verifySessionToken(token, this.sessionSecret, this.now());
    if (!claims) return null;
    const user = findUserById(this.db, claims.sub);
    const current =
      user &&
      !user.disabledAt &&
      user.role === claims.role &&
      user.villageId === claims.villageId &&
      isSessionOpen(this.db, claims.sid, user.id);
    return current ? { ...principalOfUser(user), sessionId: claims.sid } : null;
  }
}
