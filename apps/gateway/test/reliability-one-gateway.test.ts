import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cliEnv,
  freePort,
  type GatewayProcess,
  runCli,
  startGatewayProcess,
} from '../reliability/gateway-process.js';
import { signIn } from '../reliability/graphql-client.js';
import { DataFolderInUseError, lockDataFolder } from '../src/data-folder-lock.js';

const PASSWORD = 'one-gateway-test-password';

describe('one process per data folder (the lock)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-lock-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second holder with a message naming the folder and the holder, in zh-CN and en', () => {
    const first = lockDataFolder(dataDir, () => new Date('2026-03-01T08:00:00Z'));
    try {
      const refused = (() => {
        try {
          lockDataFolder(dataDir);
        } catch (error) {
          return error;
        }
      })() as DataFolderInUseError;
      expect(refused).toBeInstanceOf(DataFolderInUseError);
      expect(refused.holder).toEqual({ pid: process.pid, since: '2026-03-01T08:00:00.000Z' });
      expect(refused.messages.zh).toContain(`数据目录 ${dataDir} 正由另一个网关或重建进程使用`);
      expect(refused.messages.en).toContain(`The data folder ${dataDir} is in use by another gateway`);
      expect(refused.message).toBe(`${refused.messages.zh} / ${refused.messages.en}`);
    } finally {
      first.release();
    }
    lockDataFolder(dataDir).release();
  });
});

describe('two gateways started on one data folder', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let first: GatewayProcess;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-two-gateways-'));
    env = cliEnv(dataDir, { CADRE_ADMIN_PASSWORD: PASSWORD });
    expect((await runCli(['create-admin', 'admin'], env)).code).toBe(0);
    first = startGatewayProcess(env, await freePort());
    await first.ready;
  });
  afterAll(async () => {
    await first.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses the second at start, naming the running one, before it listens', async () => {
    const port = await freePort();
    const second = await runCli(['start'], { ...env, PORT: String(port) });
    expect(second.code).toBe(1);
    expect(second.output).toContain(`数据目录 ${dataDir} 正由另一个网关或重建进程使用（pid ${first.pid}`);
    expect(second.output).toContain(`is in use by another gateway or rebuild (pid ${first.pid}`);
    expect(second.output).not.toContain('CadreLedger is running');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('refuses a rebuild while the gateway runs, and the first gateway goes on serving', async () => {
    const rebuild = await runCli(['rebuild'], env);
    expect(rebuild.code).toBe(1);
    expect(rebuild.output).toContain(`pid ${first.pid}`);
    expect(rebuild.output).not.toContain('重建读模型 Rebuilding read models');
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect(await signIn(first.url, 'admin', PASSWORD)).toMatch(/\S{20,}/);
  }, 60_000);

  it('lets a gateway start once the holder was SIGKILLed: the lock dies with its process', async () => {
    await first.kill();
    first = startGatewayProcess(env, await freePort());
    await first.ready;
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    const next = startGatewayProcess(env, await freePort());
    await next.ready;
    first = next;
  }, 90_000);
});
