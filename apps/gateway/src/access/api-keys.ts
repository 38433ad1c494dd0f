import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from '@cadre/projections';
import { localizedError } from '../graphql/errors.js';
import type { AccountsDatabase, ActionOptions } from './accounts-database.js';
import type { Principal } from './roles.js';

export const API_KEY_PREFIX = 'ck_';

export interface ApiKeyInfo {
  id: string;
  name: string;
  createdAt: string;
  revokedAt?: string;
}

/** The key itself is in this answer only: the database keeps its SHA-256, so show it to the holder once. */
export interface IssuedApiKey extends ApiKeyInfo {
  key: string;
}

interface ApiKeyRow {
  id: string;
  name: string;
  created_at: string;
  revoked_at: string | null;
}

function toInfo(row: ApiKeyRow): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
  };
}

/** A key has 256 random bits, so a plain (fast) hash is enough to make the stored value useless. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function issueApiKey(
  db: AccountsDatabase,
  name: string,
  { now = new Date(), locale = 'zh-CN' }: ActionOptions = {},
): IssuedApiKey {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) {
    throw localizedError(
      'BAD_USER_INPUT',
      { zh: 'API 密钥须有 1 到 100 字的名称', en: 'An API key needs a name of 1 to 100 characters' },
      locale,
      { field: 'name' },
    );
  }
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row: ApiKeyRow = { id: randomUUID(), name: trimmed, created_at: now.toISOString(), revoked_at: null };
  sql(
    db,
    'INSERT INTO api_keys (id, name, key_hash, created_at, revoked_at) VALUES (@id, @name, @key_hash, @created_at, NULL)',
  ).run({ ...row, key_hash: hashApiKey(key) });
  return { ...toInfo(row), key };
}

/** Revoking is for good; revoking a revoked key changes nothing. */
export function revokeApiKey(
  db: AccountsDatabase,
  id: string,
  { now = new Date(), locale = 'zh-CN' }: ActionOptions = {},
): void {
  sql(db, 'UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(
    now.toISOString(),
    id,
  );
  if (!sql(db, 'SELECT 1 FROM api_keys WHERE id = ?').get(id)) {
    throw localizedError('NOT_FOUND', { zh: '没有这个 API 密钥', en: 'No such API key' }, locale);
  }
}

export function listApiKeys(db: AccountsDatabase): ApiKeyInfo[] {
  const rows = sql(
    db,
    'SELECT id, name, created_at, revoked_at FROM api_keys ORDER BY created_at, name',
  ).all() as ApiKeyRow[];
  return rows.map(toInfo);
}

/** The EXTERNAL principal of a valid, unrevoked key; null for anything else. */
export function principalOfApiKey(db: AccountsDatabase, key: string): Principal | null {
  if (!key.startsWith(API_KEY_PREFIX)) return null;
  const row = sql(db, 'SELECT id, name FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL').get(
    hashApiKey(key),
  ) as { id: string; name: string } | undefined;
  return row ? { kind: 'api-key', id: row.id, name: row.name, role: 'EXTERNAL' } : null;
}
