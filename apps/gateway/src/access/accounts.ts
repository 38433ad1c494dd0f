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
import {
  createUser,
  disableUser,
  findUserById,
  findUserByUsername,
  listUsers,
  type NewUser,
  principalOfUser,
  type UserAccount,
} from './users.js';

export interface AccountsOptions {
  db: AccountsDatabase;
  /** From `loadSessionSecret`. */
  sessionSecret: Buffer;
  now?: () => Date;
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

  constructor(options: AccountsOptions) {
    this.db = options.db;
    this.sessionSecret = options.sessionSecret;
    this.now = options.now ?? (() => new Date());
  }

  private at(locale: Locale | undefined) {
    return { now: this.now(), locale };
  }

  createUser(user: NewUser, locale?: Locale): Promise<UserAccount> {
    return createUser(this.db, user, this.at(locale));
  }

  disableUser(id: string, locale?: Locale): void {
    disableUser(this.db, id, this.at(locale));
  }

  listUsers(): UserAccount[] {
    return listUsers(this.db);
  }

  /**
   * A session token for the right password. An unknown or disabled username gets the same error after
   * the same scrypt work as a wrong password, so neither the answer nor its timing tells them apart.
   */
  async signIn(username: string, password: string, locale: Locale = 'zh-CN'): Promise<SignedIn> {
    const found = findUserByUsername(this.db, username);
    const hash = found?.passwordHash ?? (await decoyPasswordHash());
    const matches = await verifyPassword(password, hash);
    if (!found || !matches || found.account.disabledAt) {
      throw localizedError('UNAUTHENTICATED', SIGN_IN_FAILED, locale);
    }
    const { account } = found;
    const now = this.now();
    const token = signSessionToken(
      { sub: account.id, role: account.role, ...(account.villageId ? { villageId: account.villageId } : {}) },
      this.sessionSecret,
      now,
    );
    return { token, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString(), user: account };
  }

  issueApiKey(name: string, locale?: Locale): IssuedApiKey {
    return issueApiKey(this.db, name, this.at(locale));
  }

  revokeApiKey(id: string, locale?: Locale): void {
    revokeApiKey(this.db, id, this.at(locale));
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
      user && !user.disabledAt && user.role === claims.role && user.villageId === claims.villageId;
    return current ? principalOfUser(user) : null;
  }
}
