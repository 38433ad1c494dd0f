import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../src/access/accounts.js';
import { type AccountsDatabase, openAccountsDatabase } from '../src/access/accounts-database.js';
import { createFirstAdmin } from '../src/access/first-admin.js';
import { SESSION_LIFETIME_MS } from '../src/access/session-tokens.js';

const PASSWORD = 'a long enough password';

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a rejection');
}

describe('accounts', () => {
  let dir: string;
  let db: AccountsDatabase;
  let now: Date;
  let accounts: Accounts;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-accounts-'));
    db = openAccountsDatabase(join(dir, 'accounts.sqlite'));
    now = new Date('2025-03-01T08:00:00Z');
    accounts = new Accounts({ db, sessionSecret: Buffer.alloc(32, 1), now: () => now });
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs a user in and recognizes the session token until it expires', async () => {
    const user = await accounts.createUser({
      username: 'wang.shuji',
      displayName: '王书记',
      password: PASSWORD,
      role: 'VILLAGE',
      villageId: 'village-1',
    });
    const { token, expiresAt } = await accounts.signIn('Wang.Shuji', PASSWORD);
    expect(expiresAt).toBe(new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString());
    expect(accounts.authenticate({ authorization: `Bearer ${token}` })).toEqual({
      kind: 'user',
      id: user.id,
      name: '王书记',
      role: 'VILLAGE',
      villageId: 'village-1',
      sessionId: expect.any(String),
    });
    now = new Date(now.getTime() + SESSION_LIFETIME_MS);
    expect(accounts.authenticate({ authorization: `Bearer ${token}` })).toBeNull();
  });

  it('gives a wrong password and an unknown username the same error, after the same work', async () => {
    await accounts.createUser({ username: 'auditor', password: PASSWORD, role: 'AUDITOR' });
    const wrong = await rejection(accounts.signIn('auditor', 'not the password'));
    const unknown = await rejection(accounts.signIn('nobody', 'not the password'));
    expect(wrong.extensions.code).toBe('UNAUTHENTICATED');
    expect({ message: unknown.message, extensions: unknown.extensions }).toEqual({
      message: wrong.message,
      extensions: wrong.extensions,
    });
    expect(wrong.message).toBe('用户名或密码错误');
    expect((await rejection(accounts.signIn('nobody', 'x', 'en'))).message).toBe(
      'Wrong username or password',
    );

    // both paths run scrypt: an unknown name must not answer in a fraction of the time
    const timed = async (username: string) => {
      const started = performance.now();
      await rejection(accounts.signIn(username, 'not the password'));
      return performance.now() - started;
    };
    const fastest = async (username: string) =>
      Math.min(await timed(username), await timed(username), await timed(username));
    const [wrongMs, unknownMs] = [await fastest('auditor'), await fastest('nobody')];
    expect(unknownMs).toBeGreaterThan(wrongMs * 0.4);
  });

  it('refuses a disabled account, and its open session stops working', async () => {
    const user = await accounts.createUser({ username: 'leaver', password: PASSWORD, role: 'ADMIN' });
    const { token } = await accounts.signIn('leaver', PASSWORD);
    accounts.disableUser(user.id);
    expect(accounts.authenticate({ authorization: `Bearer ${token}` })).toBeNull();
    expect((await rejection(accounts.signIn('leaver', PASSWORD))).message).toBe('用户名或密码错误');
  });

  it('ignores anything but a well-formed bearer token', async () => {
    await accounts.createUser({ username: 'admin', password: PASSWORD, role: 'ADMIN' });
    const { token } = await accounts.signIn('admin', PASSWORD);
    for (const authorization of [
      token,
      `Basic ${token}`,
      `Bearer ${token} extra`,
      'Bearer',
      `Bearer ${token}x`,
    ]) {
      expect(accounts.authenticate({ authorization })).toBeNull();
    }
    expect(accounts.authenticate({ authorization: `bearer  ${token}` })?.role).toBe('ADMIN');
    expect(accounts.authenticate({})).toBeNull();
  });

  it('checks new accounts: username, password length, a village for VILLAGE only, unique names', async () => {
    const code = async (user: Parameters<Accounts['createUser']>[0]) =>
      (await rejection(accounts.createUser(user, 'en'))).extensions;
    expect(await code({ username: 'a b', password: PASSWORD, role: 'ADMIN' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'username',
    });
    expect(await code({ username: 'short', password: 'too short', role: 'ADMIN' })).toMatchObject({
      field: 'password',
    });
    expect(await code({ username: 'village', password: PASSWORD, role: 'VILLAGE' })).toMatchObject({
      field: 'villageId',
    });
    expect(
      await code({ username: 'admin', password: PASSWORD, role: 'ADMIN', villageId: 'v' }),
    ).toMatchObject({
      field: 'villageId',
    });
    expect(await code({ username: 'ext', password: PASSWORD, role: 'EXTERNAL' as never })).toMatchObject({
      field: 'role',
    });
    await accounts.createUser({ username: 'zhang', password: PASSWORD, role: 'AUDITOR' });
    expect(await code({ username: 'ZHANG', password: PASSWORD, role: 'ADMIN' })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(accounts.listUsers().map((user) => [user.username, user.role])).toEqual([['zhang', 'AUDITOR']]);
    expect(JSON.stringify(accounts.listUsers())).not.toMatch(/scrypt/);
  });

  it('lets an API key in as EXTERNAL until it is revoked, and keeps only its hash', () => {
    const issued = accounts.issueApiKey('区级平台');
    expect(issued.key).toMatch(/^ck_[A-Za-z0-9_-]{43}$/);
    expect(accounts.authenticate({ apiKey: issued.key })).toEqual({
      kind: 'api-key',
      id: issued.id,
      name: '区级平台',
      role: 'EXTERNAL',
    });
    const stored = JSON.stringify(db.prepare('SELECT * FROM api_keys').all());
    expect(stored).not.toContain(issued.key);
    expect(stored).not.toContain(issued.key.slice(3));
    expect(accounts.listApiKeys()).toEqual([
      { id: issued.id, name: '区级平台', createdAt: now.toISOString() },
    ]);

    accounts.revokeApiKey(issued.id);
    expect(accounts.authenticate({ apiKey: issued.key })).toBeNull();
    expect(accounts.listApiKeys()[0]?.revokedAt).toBe(now.toISOString());
    expect(() => accounts.revokeApiKey('no-such-key')).toThrow('没有这个 API 密钥');
    expect(accounts.authenticate({ apiKey: `${issued.key.slice(0, -1)}x` })).toBeNull();
    expect(accounts.authenticate({ apiKey: 'not a key' })).toBeNull();
  });

  it('keeps accounts in their file across restarts', async () => {
    await accounts.createUser({ username: 'kept', password: PASSWORD, role: 'ADMIN' });
    const key = accounts.issueApiKey('kept key').key;
    db.close();
    db = openAccountsDatabase(join(dir, 'accounts.sqlite'));
    const reopened = new Accounts({ db, sessionSecret: Buffer.alloc(32, 1) });
    expect((await reopened.signIn('kept', PASSWORD)).user.username).toBe('kept');
    expect(reopened.authenticate({ apiKey: key })?.role).toBe('EXTERNAL');
  });

  it('creates the first admin once, then refuses', async () => {
    const admin = await createFirstAdmin(db, 'admin', PASSWORD);
    expect(admin.role).toBe('ADMIN');
    expect((await accounts.signIn('admin', PASSWORD)).user.id).toBe(admin.id);
    const refused = await rejection(createFirstAdmin(db, 'second', PASSWORD, 'en'));
    expect(refused.extensions.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/admin account exists/);
    expect(accounts.listUsers()).toHaveLength(1);
  });
});
