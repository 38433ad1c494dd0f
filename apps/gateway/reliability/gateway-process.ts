import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** apps/gateway: the CLI runs from its sources (`--conditions=source --import tsx src/main.ts`), never a stale build. */
const GATEWAY_DIR = fileURLToPath(new URL('..', import.meta.url));
const CLI = ['--conditions=source', '--import', 'tsx', 'src/main.ts'];

/** The environment of every process of a run on one data folder. */
export function cliEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CADRE_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    CADRE_DEMO: 'off',
    // the checks count every stored command as one the writers sent: no scheduler's reminders
    CADRE_REMINDERS: 'off',
    NODE_ENV: 'test',
    ...extra,
  };
}

export interface CliProcess {
  child: ChildProcess;
  pid: number;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL: no handler runs, nothing is flushed, as when the power or the OOM killer takes it. */
  kill(): Promise<void>;
}

/** Starts `cadre-ledger <args>` as a child process. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): CliProcess {
  const child = spawn(process.execPath, [...CLI, ...args], {
    cwd: GATEWAY_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    pid: child.pid!,
    output: () => output,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Runs a CLI command to its end; a command still running after `timeoutMs` is killed and reported. */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<{ code: number | null; output: string }> {
  const cli = spawnCli(args, env);
  const timer = setTimeout(() => void cli.kill(), timeoutMs);
  const { code } = await cli.exited;
  clearTimeout(timer);
  return { code, output: cli.output() };
}

export interface GatewayProcess extends CliProcess {
  url: string;
  /** Resolves once `/healthz` answers; rejects if the process ends first. */
  ready: Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a start may take on a busy 2-core machine before the gateway is killed and reported. */
const START_TIMEOUT_MS = 120_000;

/** `start` on a port; `ready` waits until it answers `/healthz` (any status: a degraded gateway is up). */
export function startGatewayProcess(env: NodeJS.ProcessEnv, port: number): GatewayProcess {
  const cli = spawnCli(['start'], { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  let ended = false;
  void cli.exited.then(() => (ended = true));
  const ready = (async () => {
    for (;;) {
      if (ended) throw new Error(`the gateway ended before it answered:\n${cli.output()}`);
      if (Date.now() > deadline) {
        await cli.kill();
        throw new Error(`the gateway did not answer within ${START_TIMEOUT_MS} ms:\n${cli.output()}`);
      }
      if (cli.output().includes('CadreLedger is running')) {
        try {
          await fetch(`${url}/healthz`);
          return;
        } catch {
          // not listening yet
        }
      }
      await sleep(25);
    }
  })();
  ready.catch(() => {});
  return { ...cli, url, ready };
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
