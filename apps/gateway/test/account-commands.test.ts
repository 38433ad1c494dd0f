import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Accounts } from '../src/access/accounts.js';
import { openAccountsDatabase } from '../src/access/accounts-database.js';
import { loadSessionSecret } from '../src/access/session-tokens.js';
import { runCli } from '../src/cli/run-cli.js';

/** The account commands of the CLI, on a real accounts file in a temporary data folder. */
describe('account commands', () => {
  let dataDir: string;
  let printed: string[];
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-accounts-cli-'));
    vi.stubEnv('CADRE_DATA_DIR', dataDir);
    printed = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => {
      printed.push(String(line));
    });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signIn = async (username: string, password: string) => {
    const accounts = new Accounts({
      db: openAccountsDatabase(join(dataDir, 'accounts.sqlite')),
      sessionSecret: loadSessionSecret({ dataDir }),
    });
    try {
      return (await accounts.signIn(username, password)).user;
    } finally {
      accounts.db.close();
    }
  };

  it('creates the first admin with a printed password, once', async () => {
    expect(await runCli(['create-admin', 'chief'])).toBe(0);
    const password = printed.join('\n').match(/Initial password: (\S+)/)![1]!;
    expect((await signIn('chief', password)).role).toBe('ADMIN');
    await expect(runCli(['create-admin', 'second'])).rejects.toThrow('已有管理员账号');
  });

  it('creates a village secretary bound to a village, and an auditor', async () => {
    vi.stubEnv('CADRE_USER_PASSWORD', 'a village password');
    expect(
      await runCli(['create-user', 'zhouwang-secretary', 'VILLAGE', '6f1c5a3e-2b7d-4c1e-9a0f-3d2e1b4c5a6f']),
    ).toBe(0);
    expect(await signIn('zhouwang-secretary', 'a village password')).toMatchObject({
      role: 'VILLAGE',
      villageId: '6f1c5a3e-2b7d-4c1e-9a0f-3d2e1b4c5a6f',
    });
    expect(await runCli(['create-user', 'auditor', 'AUDITOR'])).toBe(0);
    await expect(runCli(['create-user', 'x', 'EXTERNAL'])).rejects.toThrow('Usage');
  });

  it('issues an API key shown once, lists it and revokes it', async () => {
    expect(await runCli(['issue-api-key', '区级平台'])).toBe(0);
    const [, id, key] = printed.join('\n').match(/\[([^\]]+)\]:\n\s+(ck_\S+)/)!;
    expect(key).toMatch(/^ck_/);
    await runCli(['list-api-keys']);
    expect(printed.at(-1)).toContain(id!);
    await runCli(['revoke-api-key', id!]);
    printed = [];
    await runCli(['list-api-keys']);
    expect(printed[0]).toContain('revoked');
  });

  it('resets a password (printed once) and disables an account, each ending its sessions', async () => {
    vi.stubEnv('CADRE_USER_PASSWORD', 'the first password');
    await runCli(['create-user', 'clerk', 'AUDITOR']);
    vi.stubEnv('CADRE_USER_PASSWORD', '');
    expect(await runCli(['reset-password', 'clerk'])).toBe(0);
    const password = printed.join('\n').match(/New password: (\S+)/)![1]!;
    await expect(signIn('clerk', 'the first password')).rejects.toThrow();
    expect((await signIn('clerk', password)).username).toBe('clerk');
    expect(await runCli(['disable-user', 'clerk'])).toBe(0);
    await expect(signIn('clerk', password)).rejects.toThrow();
    await expect(runCli(['disable-user', 'nobody'])).rejects.toThrow('No user "nobody"');
  });
});
