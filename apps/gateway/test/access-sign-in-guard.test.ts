import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../src/access/accounts.js';
import { openAccountsDatabase } from '../src/access/accounts-database.js';
import { LOCK_AFTER_FAILURES, LOCK_MS } from '../src/access/sign-in-guard.js';
import { callerNetworkOf } from '../src/http/client-address.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const PASSWORD = 'the right password';

describe('sign-in slows down, then locks a name, and every failure is logged', () => {
  let accounts: Accounts;
  let now: Date;
  const waits: number[] = [];
  beforeEach(async () => {
    now = new Date('2026-12-01T02:00:00Z');
    waits.length = 0;
    accounts = new Accounts({
      db: openAccountsDatabase(':memory:'),
      sessionSecret: Buffer.alloc(32, 1),
      now: () => now,
      delay: async (ms) => {
        waits.push(ms);
      },
    });
    await accounts.createUser({ username: 'clerk', password: PASSWORD, role: 'ADMIN' });
  });
  afterEach(() => accounts.db.close());

  const attempt = (username: string, password: string) =>
    accounts.signIn(username, password, 'zh-CN', '10.0.0.7').then(
      () => 'signed in',
      (error: { extensions: { code: string } }) => error.extensions.code,
    );

  it('makes each wrong guess wait longer, locks after five, and opens again after the lock', async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++)
      expect(await attempt('Clerk', 'wrong')).toBe('UNAUTHENTICATED');
    expect(waits).toEqual([0, 400, 800, 1200, 1600]);
    expect(await attempt('clerk', PASSWORD)).toBe('ACCOUNT_LOCKED');
    now = new Date(now.getTime() + LOCK_MS);
    expect(await attempt('clerk', PASSWORD)).toBe('signed in');
    expect(await attempt('clerk', 'wrong')).toBe('UNAUTHENTICATED');
    expect(waits.at(-1)).toBe(0); // a success starts the count again
  });

  it('locks an unknown name the same way, so a lock tells nothing about who has an account', async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await attempt('nobody', 'wrong');
    expect(await attempt('nobody', 'wrong')).toBe('ACCOUNT_LOCKED');
    expect(await attempt('clerk', PASSWORD)).toBe('signed in');
  });

  it('keeps every failure for the auditors, with the name tried, the network and the outcome', async () => {
    for (let i = 0; i <= LOCK_AFTER_FAILURES; i++) await attempt('clerk', 'wrong');
    const log = accounts.signInGuard.list();
    expect(log).toHaveLength(LOCK_AFTER_FAILURES + 1);
    expect(log[0]).toEqual({
      username: 'clerk',
      address: '10.0.0.7',
      at: now.toISOString(),
      outcome: 'LOCKED',
    });
    expect(log.filter((f) => f.outcome === 'WRONG_CREDENTIALS')).toHaveLength(LOCK_AFTER_FAILURES);
  });
});

describe("a caller's network", () => {
  it('counts every loopback address as one caller, an IPv6 address by its /64', () => {
    expect(['127.0.0.1', '127.0.0.2', '127.9.9.9', '::1', '::ffff:127.0.0.5'].map(callerNetworkOf)).toEqual(
      Array(5).fill('loopback'),
    );
    expect(callerNetworkOf('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(callerNetworkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(callerNetworkOf('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(callerNetworkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(callerNetworkOf(undefined)).toBe('unknown');
  });
});

describe('failed sign-ins through the gateway', () => {
  let t: TestGateway;
  beforeEach(async () => {
    t = await startTestGateway();
  });
  afterEach(() => t.stop());

  it('logs a failed sign-in with the caller network, readable by auditors only', async () => {
    const failed = await t.post(
      'mutation { signIn(username: "intruder", password: "guess-guess") { token } }',
    );
    expect(failed.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const auditor = await t.signInAs('AUDITOR');
    const { data } = await t.post('{ signInFailures { username address outcome } }', {}, auditor);
    expect(data.signInFailures).toEqual([
      { username: 'intruder', address: 'loopback', outcome: 'WRONG_CREDENTIALS' },
    ]);
    const asAdmin = await t.graphql('{ signInFailures { username } }');
    expect(asAdmin.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
