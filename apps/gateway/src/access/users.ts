import { randomUUID } from 'node:crypto';
import type { Locale } from '@cadre/domain';
import { sql } from '@cadre/projections';
import { localizedError } from '../graphql/errors.js';
import type { AccountsDatabase, ActionOptions } from './accounts-database.js';
import { hashPassword } from './passwords.js';
import { isUserRole, type Principal, type UserRole } from './roles.js';

export const MIN_PASSWORD_LENGTH = 10;
const NO_SUCH_USER = { zh: '没有这个用户', en: 'No such user' };
const USERNAME = /^[\p{L}\p{N}._@-]{2,50}$/u;

export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  villageId?: string;
  createdAt: string;
  disabledAt?: string;
}

export interface NewUser {
  username: string;
  password: string;
  role: UserRole;
  /** Required for VILLAGE, refused for the other roles. */
  villageId?: string;
  /** Defaults to the username. */
  displayName?: string;
}

/** A row of `users`, as stored. */
export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: UserRole;
  village_id: string | null;
  created_at: string;
  disabled_at: string | null;
}

function toAccount(row: UserRow): UserAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    ...(row.village_id ? { villageId: row.village_id } : {}),
    createdAt: row.created_at,
    ...(row.disabled_at ? { disabledAt: row.disabled_at } : {}),
  };
}

export function principalOfUser(user: UserAccount): Principal {
  return {
    kind: 'user',
    id: user.id,
    name: user.displayName,
    role: user.role,
    ...(user.villageId ? { villageId: user.villageId } : {}),
  };
}

/** The account and its password hash, for signing in; username matching ignores case. */
export function findUserByUsername(db: AccountsDatabase, username: string) {
  const row = sql(db, 'SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  return row ? { account: toAccount(row), passwordHash: row.password_hash } : undefined;
}

export function findUserById(db: AccountsDatabase, id: string): UserAccount | undefined {
  const row = sql(db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toAccount(row) : undefined;
}

export function listUsers(db: AccountsDatabase): UserAccount[] {
  return (sql(db, 'SELECT * FROM users ORDER BY created_at, username').all() as UserRow[]).map(toAccount);
}

export function adminExists(db: AccountsDatabase): boolean {
  return (
    sql(db, "SELECT 1 FROM users WHERE role = 'ADMIN' AND disabled_at IS NULL LIMIT 1").get() !== undefined
  );
}

const badInput = (zh: string, en: string, field: string, locale: Locale) =>
  localizedError('BAD_USER_INPUT', { zh, en }, locale, { field });

function checkPassword(password: string, locale: Locale): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw badInput(
      `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`,
      `A password has at least ${MIN_PASSWORD_LENGTH} characters`,
      'password',
      locale,
    );
  }
}

function checkNewUser(user: NewUser, locale: Locale): void {
  const bad = (zh: string, en: string, field: string) => badInput(zh, en, field, locale);
  if (!USERNAME.test(user.username)) {
    throw bad(
      '用户名须为 2 到 50 个字母、数字或 . _ @ -',
      'A username is 2 to 50 letters, digits or . _ @ -',
      'username',
    );
  }
  checkPassword(user.password, locale);
  if (!isUserRole(user.role)) throw bad('角色无效', 'Unknown role', 'role');
  if ((user.role === 'VILLAGE') !== Boolean(user.villageId)) {
    throw bad(
      '村（社区）账号必须且只有它指定所属村',
      'A VILLAGE account, and only it, names its village',
      'villageId',
    );
  }
}

/** A checked new account with its password hashed, ready to insert (the slow part, done outside any transaction). */
export interface PreparedUser {
  row: UserRow;
}

export async function prepareUser(
  user: NewUser,
  { now = new Date(), locale = 'zh-CN' }: ActionOptions = {},
): Promise<PreparedUser> {
  checkNewUser(user, locale);
  const row: UserRow = {
    id: randomUUID(),
    username: user.username,
    display_name: user.displayName?.trim() || user.username,
    password_hash: await hashPassword(user.password),
    role: user.role,
    village_id: user.villageId ?? null,
    created_at: now.toISOString(),
    disabled_at: null,
  };
  return { row };
}

export function insertUser(
  db: AccountsDatabase,
  { row }: PreparedUser,
  locale: Locale = 'zh-CN',
): UserAccount {
  try {
    sql(
      db,
      `INSERT INTO users (id, username, display_name, password_hash, role, village_id, created_at, disabled_at)
       VALUES (@id, @username, @display_name, @password_hash, @role, @village_id, @created_at, @disabled_at)`,
    ).run(row);
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
    throw localizedError('CONFLICT', { zh: '用户名已被占用', en: 'That username is taken' }, locale, {
      field: 'username',
    });
  }
  return toAccount(row);
}

export async function createUser(
  db: AccountsDatabase,
  user: NewUser,
  options: ActionOptions = {},
): Promise<UserAccount> {
  return insertUser(db, await prepareUser(user, options), options.locale);
}

/** A disabled account can no longer sign in, and its open sessions stop working. */
export function disableUser(
  db: AccountsDatabase,
  id: string,
  { now = new Date(), locale = 'zh-CN' }: ActionOptions = {},
): void {
  const result = sql(db, 'UPDATE users SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL').run(
    now.toISOString(),
    id,
  );
  if (result.changes === 0 && !findUserById(db, id)) {
    throw localizedError('NOT_FOUND', NO_SUCH_USER, locale);
  }
}

/** A new password for an account (its sessions are ended by the caller). */
export async function resetPassword(
  db: AccountsDatabase,
  id: string,
  password: string,
  { locale = 'zh-CN' }: ActionOptions = {},
): Promise<void> {
  checkPassword(password, locale);
  if (!findUserById(db, id)) throw localizedError('NOT_FOUND', NO_SUCH_USER, locale);
  sql(db, 'UPDATE users SET password_hash = ? WHERE id = ?').run(await hashPassword(password), id);
}
