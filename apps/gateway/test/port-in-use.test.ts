import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListenError, startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));

/** What the CLI says and how it ends, run from the sources as `pnpm bench` runs them. */
function runCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'src/main.ts', ...args],
      {
        cwd: gatewayDir,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // a gateway that kept running without listening would be the bug: end it so the test reports it
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('a gateway whose port is already taken', () => {
  let holder: Server;
  let port: number;
  let dataDir: string;
  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    port = (holder.address() as { port: number }).port;
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-port-'));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start, naming the port in Chinese and English', async () => {
    const system = await openSystem({ dataDir: ':memory:' });
    try {
      const start = startGateway({ system, port });
      await expect(start).rejects.toBeInstanceOf(ListenError);
      const error = (await start.catch((thrown: unknown) => thrown)) as ListenError;
      expect(error.code).toBe('EADDRINUSE');
      expect(error.messages.zh).toContain(`端口 ${port} 已被占用`);
      expect(error.messages.en).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(error.message).toBe(`${error.messages.zh} / ${error.messages.en}`);
    } finally {
      await system.close();
    }
  });

  it('makes `start` exit non-zero with that message instead of running without listening', async () => {
    const { code, output } = await runCli(['start'], {
      PORT: String(port),
      HOST: '127.0.0.1',
      CADRE_DATA_DIR: dataDir,
      CADRE_DEMO: 'off',
      CADRE_ADMIN_PASSWORD: 'a long test password',
      NODE_ENV: 'test',
    });
    expect(code).toBe(1);
    expect(output).toContain(`端口 ${port} 已被占用`);
    expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(output).not.toContain('CadreLedger is running');
  }, 90_000);
});
