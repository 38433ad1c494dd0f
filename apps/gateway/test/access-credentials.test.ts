import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/access/passwords.js';
import {
  loadSessionSecret,
  SESSION_LIFETIME_MS,
  SESSION_SECRET_FILE,
  signSessionToken,
  verifySessionToken,
} from '../src/access/session-tokens.js';

describe('password hashes', () => {
  it('are scrypt with N=2^15, r=8, p=1 and a 16-byte salt, and verify only the right password', async () => {
    const hash = await hashPassword('正确的密码 correct horse');
    const [scheme, n, r, p, salt] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(await verifyPassword('正确的密码 correct horse', hash)).toBe(true);
    expect(await verifyPassword('正确的密码 correct horsE', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('differ for the same password (salted)', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('never match when malformed or with absurd parameters', async () => {
    const hash = await hashPassword('a password');
    const parts = hash.split('$');
    expect(await verifyPassword('a password', 'plain text')).toBe(false);
    expect(await verifyPassword('a password', hash.slice(0, -4))).toBe(false);
    expect(
      await verifyPassword(
        'a password',
        [...parts.slice(0, 1), String(2 ** 30), ...parts.slice(2)].join('$'),
      ),
    ).toBe(false);
    expect(await verifyPassword('a password', `${hash}$extra`)).toBe(false);
  });
});

describe('session tokens', () => {
  const secret = Buffer.alloc(32, 7);
  const issuedAt = new Date('2025-03-01T08:00:00Z');
  const claims = { sub: 'user-1', sid: 'session-1', role: 'VILLAGE' as const, villageId: 'village-1' };

  it('carry their claims and a 12-hour expiry', () => {
    const token = signSessionToken(claims, secret, issuedAt);
    const verified = verifySessionToken(token, secret, new Date(issuedAt.getTime() + 60_000));
    expect(verified).toEqual({ ...claims, exp: (issuedAt.getTime() + SESSION_LIFETIME_MS) / 1000 });
  });

  it('are rejected once expired', () => {
    const token = signSessionToken(claims, secret, issuedAt);
    const almost = new Date(issuedAt.getTime() + SESSION_LIFETIME_MS - 1000);
    expect(verifySessionToken(token, secret, almost)).not.toBeNull();
    expect(verifySessionToken(token, secret, new Date(issuedAt.getTime() + SESSION_LIFETIME_MS))).toBeNull();
  });

  it('are rejected when tampered with, signed with another secret, or malformed', () => {
    const token = signSessionToken(claims, secret, issuedAt);
    const [payload, signature] = token.split('.') as [string, string];
    const now = new Date(issuedAt.getTime() + 1000);
    const promoted = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' }),
    ).toString('base64url');
    expect(verifySessionToken(`${promoted}.${signature}`, secret, now)).toBeNull();
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('A') ? 'B' : 'A'}${signature.slice(-1)}`;
    expect(verifySessionToken(`${payload}.${flipped}`, secret, now)).toBeNull();
    expect(verifySessionToken(token, Buffer.alloc(32, 8), now)).toBeNull();
    for (const malformed of ['', payload, `${payload}.`, `${token}.x`, 'a.b', `${payload}.${signature}=`]) {
      expect(verifySessionToken(malformed, secret, now)).toBeNull();
    }
  });
});

describe('the session secret', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is generated once, kept readable by the owner only, and reused on the next start', () => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-secret-'));
    const first = loadSessionSecret({ env: {}, dataDir: dir });
    const file = join(dir, SESSION_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadSessionSecret({ env: {}, dataDir: dir }).equals(first)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(first.toString('hex'));
  });

  it('comes from CADRE_SESSION_SECRET when set, which must be long enough', () => {
    const configured = 'x'.repeat(40);
    expect(
      loadSessionSecret({ env: { CADRE_SESSION_SECRET: configured }, dataDir: ':memory:' }).toString(),
    ).toBe(configured);
    expect(() => loadSessionSecret({ env: { CADRE_SESSION_SECRET: 'short' }, dataDir: ':memory:' })).toThrow(
      /32 bytes/,
    );
  });
});
