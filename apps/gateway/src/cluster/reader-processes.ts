import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { TableVersions } from '../answer-cache/table-versions.js';
import { TokenBuckets } from '../protection/token-buckets.js';
import type { System } from '../system.js';
import {
  type AnswerCacheCounts,
  carryError,
  type ReaderMessage,
  type WriterMessage,
} from './cluster-messages.js';
import { READER_CONFIG_ENV, type ReaderConfig } from './reader-config.js';

/** The entry of a reader process, from the sources (tests, benchmarks) or from the build. */
const READER_ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './reader-main.ts' : './reader-main.js',
  import.meta.url,
);
const FROM_SOURCES = ['--conditions=source', '--import', 'tsx'];
/** How often the writer tells its readers where the read models are (commands tell them at once). */
const CHECKPOINT_EVERY_MS = 25;
/** A reader that dies sooner than this after starting is restarted after a pause, not at once. */
const SHORT_LIFE_MS = 10_000;

export interface ReaderProcesses {
  /** The gateway's address, served by the readers. */
  url: string;
  /** The process ids of the readers now running. */
  pids(): number[];
  /** How many readers were restarted after they died. */
  readonly restarts: number;
  /** The readers' answer caches' counts, summed (each reader asked over IPC). */
  answerCacheCounts(): Promise<AnswerCacheCounts>;
  stop(): Promise<void>;
}

/**
 * Runs the gateway as one writer (this process: the command bus, the projection runner, the appends)
 * and `count` reader processes (node:cluster) that share the port and answer every request. A reader
 * carries commands out here; this process tells the readers of each applied checkpoint, so their
 * answers follow the writer's (read-your-writes, see followed-checkpoint.ts); their answer caches keep an
 * answer while the tables it read keep the versions the file records (answer-cache/table-versions.ts). A reader that dies is
 * started again, and said so on stderr. One set of readers per process: node:cluster hands every worker
 * that asks for one address (port 0 included) the same listening socket.
 */
export async function startReaderProcesses(
  system: System,
  count: number,
  config: ReaderConfig,
  /** Node options for the readers alone (a benchmark profiles them with `--cpu-prof`). */
  nodeOptions: readonly string[] = [],
): Promise<ReaderProcesses> {
  cluster.setupPrimary({
    exec: fileURLToPath(READER_ENTRY),
    execArgv: [...(READER_ENTRY.pathname.endsWith('.ts') ? FROM_SOURCES : process.execArgv), ...nodeOptions],
    serialization: 'advanced',
  });
  // The readers' caches follow the tables' versions in the file; the triggers that move them are
  // installed from here, and again whenever the schema moved (a table recreated loses its own).
  const versions = new TableVersions(system.readModels);
  // Every reader's requests spend the one budget per client kept here (leased-token-buckets.ts).
  const rateBudgets = new TokenBuckets();
  const workers = new Set<Worker>();
  let stopping = false;
  let restarts = 0;
  let port = config.port;
  let told = -1n;
  /** Per reader, who is waiting for its answer-cache counts, in the order asked. */
  const countsAsked = new Map<Worker, ((counts: AnswerCacheCounts) => void)[]>();

  const tell = (worker: Worker, message: WriterMessage) => {
    if (worker.isConnected()) worker.send(message);
  };
  const tellCheckpoint = () => {
    versions.current();
    const position = system.runner.checkpoint;
    if (position === told) return;
    told = position;
    for (const worker of workers) tell(worker, { kind: 'checkpoint', position });
  };
  const carryOut = async (worker: Worker, message: Extract<ReaderMessage, { kind: 'execute' }>) => {
    try {
      const result = await system.bus.execute(message.name as never, message.input, message.metadata);
      tell(worker, { kind: 'executed', id: message.id, result });
      await system.runner.waitFor(result.position);
      tellCheckpoint();
    } catch (error) {
      tell(worker, { kind: 'refused', id: message.id, error: carryError(error) });
    }
  };

  const startOne = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      // Every reader asks for the configured port, even 0: the primary hands them all the one it bound.
      const worker = cluster.fork({ [READER_CONFIG_ENV]: JSON.stringify(config) });
      const startedAt = Date.now();
      let ready = false;
      worker.on('message', (message: ReaderMessage) => {
        if (message.kind === 'execute') void carryOut(worker, message);
        else if (message.kind === 'lease') {
          const { granted, retryAfterMs } = rateBudgets.takeUpTo(
            message.key,
            message.capacity,
            message.wanted,
            Date.now(),
          );
          tell(worker, { kind: 'leased', id: message.id, granted, retryAfterMs });
        } else if (message.kind === 'answer-cache-counts') countsAsked.get(worker)?.shift()?.(message.counts);
        else if (message.kind === 'ready') {
          ready = true;
          port = message.port;
          workers.add(worker);
          tell(worker, { kind: 'checkpoint', position: system.runner.checkpoint });
          resolve(worker);
        } else if (message.kind === 'failed') reject(new Error(message.error));
      });
      worker.on('exit', (code, signal) => {
        workers.delete(worker);
        if (!ready) {
          reject(
            new Error(
              `读取进程未能启动（${code ?? signal}） / A reader process failed to start (${code ?? signal})`,
            ),
          );
          return;
        }
        if (stopping) return;
        restarts++;
        console.error(
          `[cluster] 读取进程 ${worker.process.pid} 已退出（${signal ?? code}），重新启动 / reader ${worker.process.pid} exited (${signal ?? code}); starting another`,
        );
        const pause = Date.now() - startedAt < SHORT_LIFE_MS ? 1000 : 0;
        setTimeout(() => {
          if (!stopping)
            startOne().catch((error) => console.error('[cluster] reader restart failed:', error));
        }, pause);
      });
    });

  const stop = async () => {
    stopping = true;
    clearInterval(ticker);
    await Promise.all(
      [...workers].map(
        (worker) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => worker.kill('SIGKILL'), 5000);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.disconnect();
          }),
      ),
    );
  };
  const ticker = setInterval(tellCheckpoint, CHECKPOINT_EVERY_MS);
  ticker.unref();
  try {
    await startOne();
    await Promise.all(Array.from({ length: count - 1 }, startOne));
  } catch (error) {
    await stop();
    throw error;
  }
  const shownHost = !config.host || config.host === '0.0.0.0' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}`,
    pids: () => [...workers].map((worker) => worker.process.pid!),
    get restarts() {
      return restarts;
    },
    async answerCacheCounts() {
      const counted = await Promise.all(
        [...workers].map(
          (worker) =>
            new Promise<AnswerCacheCounts>((resolve) => {
              countsAsked.set(worker, [...(countsAsked.get(worker) ?? []), resolve]);
              tell(worker, { kind: 'tell-answer-cache-counts' });
            }),
        ),
      );
      const sum = (key: keyof AnswerCacheCounts) => counted.reduce((total, counts) => total + counts[key], 0);
      return { hits: sum('hits'), misses: sum('misses'), stored: sum('stored') };
    },
    stop,
  };
}
