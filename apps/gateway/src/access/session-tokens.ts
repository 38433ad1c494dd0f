import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUserRole, type UserRole } from './roles.js';

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const SESSION_SECRET_FILE = 'session-secret';
const MIN_SECRET_BYTES = 32;

/** What a session token says about its holder; `exp` is in seconds since the epoch, as in JWT. */
export interface SessionClaims {
  sub: string;
  /** The server-side session: the token is honoured only while it is open (sign-out ends it). */
  sid: string;
  role: UserRole;
  villageId?: string;
  exp: number;
}

function signature(payload: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** `<base64url JSON claims>.<base64url HMAC-SHA256 of the first part>`. */
export function signSessionToken(
  claims: Omit<SessionClaims, 'exp'>,
  secret: Buffer,
  now: Date = new Date(),
): string {
  const exp = Math.floor((now.getTime() + SESSION_LIFETIME_MS) / 1000);
  const payload = Buffer.from(JSON.stringify({ ...claims, exp })).toString('base64url');
  return `${payload}.${signature(payload, secret).toString('base64url')}`;
}

function isClaims(value: unknown): value is SessionClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.sub === 'string' &&
    typeof claims.sid === 'string' &&
    isUserRole(claims.role) &&
    (claims.villageId === undefined || typeof claims.villageId === 'string') &&
    typeof claims.exp === 'number'
  );
}

/** The claims of an authentic, unexpired token; null for anything else. */
export function verifySessionToken(
  token: string,
  secret: Buffer,
  now: Date = new Date(),
): SessionClaims | null {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length > 0) return null;
  // compared as text: decoding first would accept other spellings of the same bytes (e.g. padding)
  const expected = Buffer.from(signature(payload, secret).toString('base64url'));
  const given = Buffer.from(signed);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isClaims(claims) || claims.exp * 1000 <= now.getTime()) return null;
  return claims;
}

export interface SessionSecretSource {
  /** `CADRE_SESSION_SECRET` wins when set; every gateway instance behind one URL needs the same. */
  env?: NodeJS.ProcessEnv;
  /** Where the generated secret is kept; `:memory:` keeps it in the process only. */
  dataDir: string;
}

/** The secret from the environment, or the one generated on first start and kept (0600) in the data dir. */
export function loadSessionSecret({ env = process.env, dataDir }: SessionSecretSource): Buffer {
  const configured = env.CADRE_SESSION_SECRET;
  if (configured) {
    const secret = Buffer.from(configured, 'utf8');
    if (secret.length < MIN_SECRET_BYTES) {
      throw new Error(`CADRE_SESSION_SECRET must be at least ${MIN_SECRET_BYTES} bytes long`);
    }
    return secret;
  }
  if (dataDir === ':memory:') return randomBytes(MIN_SECRET_BYTES);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SESSION_SECRET_FILE);
  try {
    writeFileSync(file, randomBytes(MIN_SECRET_BYTES).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // kept from an earlier start (or written by a concurrent one): read it below
  }
  chmodSync(file, 0o600);
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (secret.length < MIN_SECRET_BYTES) throw new Error(`${file} holds no usable session secret`);
  return secret;
}
