import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Accounts } from '../src/access/accounts.js';
import { openAccountsDatabase } from '../src/access/accounts-database.js';
import { loadSessionSecret } from '../src/access/session-tokens.js';
import { openConfiguredStore, openLedgerStore } from '../src/system.js';
import { resendAcknowledged } from './duplicate-resends.js';
import { GatewayLink } from './gateway-link.js';
import {
  cliEnv,
  freePort,
  type GatewayProcess,
  runCli,
  spawnCli,
  startGatewayProcess,
} from './gateway-process.js';
import { signIn } from './graphql-client.js';
import { Journal } from './journal.js';
import { checkLedger, type Stores } from './ledger-checks.js';
import { copyEventStoreMidWrite } from './power-cut-copy.js';
import { compareWithRebuild } from './read-model-checks.js';
import { seededRandom } from './seeded-random.js';
import { type Place, setUpLedger } from './setup.js';
import {
  drive,
  pledgeWriter,
  registrationWriter,
  seatWriter,
  trainingWriter,
  type Writer,
} from './writers.js';

export interface CrashSuiteOptions {
  /** SIGKILLs of the gateway while the writers write. */
  kills: number;
  /** Every this many kills, a `rebuild` is run, and killed at a random moment (two times in three). */
  rebuildEvery?: number;
  /** The share of restarts also killed while starting (catching the read models up). */
  startupKillShare?: number;
  /** Every this many kills, the event store's files are copied mid-write and the copy verified. */
  copyEvery?: number;
  /** How long writers write before a kill: a random time up to this. */
  maxWindowMs?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface CrashSuiteFigures {
  seed: number;
  kills: number;
  killsWhileStarting: number;
  /** Of those, the starts that had lost their read-model file and were catching it up from the first event. */
  readModelsDropped: number;
  rebuildsKilled: number;
  rebuildsCompleted: number;
  commandsSent: number;
  acknowledged: number;
  refusedByRules: number;
  /** Commands whose answer a kill took, sent again with the same command id after the restart. */
  retried: number;
  /** Of those, the ones a retry found already stored (answered `duplicate: true`). */
  retriedFoundStored: number;
  /** Acknowledged commands sent again by the checker: each must answer `duplicate: true`. */
  duplicateResends: number;
  copiesVerified: number;
  events: number;
  seconds: number;
  violations: string[];
  /** Kept when a violation was found, with the writers' journals. */
  dataDir?: string;
}

const PASSWORD = 'reliability-suite-password';
/** At the end, this many acknowledged commands of each writer are sent again (under its rate limit). */
const FINAL_RESENDS_PER_WRITER = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each writer signs in as a user of its own: the rate limit counts per user. */
const WRITERS = [
  'training-a',
  'training-b',
  'pledges',
  'seat-1',
  'seat-2',
  'seat-3',
  'seat-4',
  'registrations-a',
  'registrations-b',
] as const;

/** The writers: two-stream commands racing on one seat and on one ID number, one-stream ones on long streams. */
function writersFor(place: Place, random: () => number, registered: string[]): Writer[] {
  const [a, b, c, d] = place.seatCadres;
  return [
    trainingWriter(WRITERS[0], place.trainingCadres, random),
    trainingWriter(WRITERS[1], place.trainingCadres, random),
    pledgeWriter(WRITERS[2], registered),
    seatWriter(WRITERS[3], a!.cadreId, a!.seat),
    seatWriter(WRITERS[4], b!.cadreId, b!.seat),
    seatWriter(WRITERS[5], c!.cadreId, c!.seat),
    seatWriter(WRITERS[6], d!.cadreId, d!.seat),
    registrationWriter(WRITERS[7], place.villageId, registered),
    registrationWriter(WRITERS[8], place.villageId, registered),
  ];
}

async function createAccounts(dataDir: string, usernames: readonly string[]): Promise<void> {
  const accounts = new Accounts({
    db: openAccountsDatabase(join(dataDir, 'accounts.sqlite')),
    sessionSecret: loadSessionSecret({ dataDir }),
  });
  try {
    for (const username of usernames)
      await accounts.createUser({ username, password: PASSWORD, role: 'ADMIN' });
  } finally {
    accounts.db.close();
  }
}

/** Opens a data folder's events both ways, for `body`. */
async function withStores<T>(dataDir: string, body: (stores: Stores) => Promise<T>): Promise<T> {
  const stored = await openConfiguredStore({ dataDir });
  const ledger = await openLedgerStore({ dataDir });
  try {
    return await body({ stored, ledger });
  } finally {
    await ledger.close();
    await stored.close();
  }
}

/**
 * The crash suite: a gateway in a child process on a fresh data folder, writers sending commands and
 * journaling the answers, SIGKILLs at random moments (while writing, while starting, during a rebuild),
 * and after each restart the checks: nothing acknowledged lost, nothing twice or half, the hash chains and
 * the ledger's rules intact, the read models equal to a rebuild, acknowledged commands answered as
 * duplicates when sent again.
 */
export async function runCrashSuite(options: CrashSuiteOptions): Promise<CrashSuiteFigures> {
  const {
    kills,
    rebuildEvery = 5,
    startupKillShare = 0.15,
    copyEvery = 2,
    maxWindowMs = 2000,
    seed = Date.now() % 2 ** 31,
    log = () => {},
  } = options;
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low));
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-reliability-'));
  const env = cliEnv(dataDir, { CADRE_ADMIN_PASSWORD: PASSWORD });
  const violations: string[] = [];
  const violation = (message: string) => {
    violations.push(message);
    log(`VIOLATION ${message}`);
  };
  const figures = {
    kills: 0,
    killsWhileStarting: 0,
    readModelsDropped: 0,
    rebuildsKilled: 0,
    rebuildsCompleted: 0,
  };
  let copiesVerified = 0;
  let duplicateResends = 0;
  let events = 0;
  const shapes = new Map<string, string>();
  const link = new GatewayLink();
  let port = await freePort();
  let gateway: GatewayProcess | undefined;

  const start = async (): Promise<GatewayProcess> => {
    for (let attempt = 1; ; attempt++) {
      const starting = startGatewayProcess(env, port);
      try {
        await starting.ready;
        return starting;
      } catch (error) {
        // someone else took the port while the gateway was down: another one
        if (attempt < 3 && starting.output().includes('EADDRINUSE')) port = await freePort();
        else throw error;
      }
    }
  };

  const admin = await runCli(['create-admin', 'admin'], env);
  if (admin.code !== 0) throw new Error(`create-admin failed: ${admin.output}`);
  [gateway] = await Promise.all([start(), createAccounts(dataDir, WRITERS)]);
  const adminToken = await signIn(gateway.url, 'admin', PASSWORD);
  const setupJournal = new Journal('setup');
  const place = await setUpLedger(gateway.url, adminToken, setupJournal);
  const registered: string[] = [];
  const writers = writersFor(place, random, registered);
  const sessions = [
    { journal: setupJournal, token: adminToken },
    ...(await Promise.all(
      writers.map(async (writer) => ({
        journal: new Journal(writer.name),
        token: await signIn(gateway!.url, writer.name, PASSWORD),
      })),
    )),
  ];
  const journals = sessions.map((s) => s.journal);
  let stopping = false;
  const running = writers.map((writer, i) =>
    drive(writer, journals[i + 1]!, {
      link,
      token: sessions[i + 1]!.token,
      stopping: () => stopping,
      violation,
    }),
  );

  const acknowledgedIds = () => new Set(journals.flatMap((j) => j.acknowledged().map((e) => e.commandId)));

  const resend = async (label: string, perJournal: number) => {
    const resent = await resendAcknowledged(gateway!.url, sessions, perJournal, random);
    duplicateResends += resent.sent;
    for (const v of resent.violations) violation(`${label}: ${v}`);
  };

  const check = async (label: string) => {
    await withStores(dataDir, async (stores) => {
      const ledger = await checkLedger(stores, journals, acknowledgedIds(), shapes);
      events = ledger.events;
      for (const v of ledger.violations) violation(`${label}: ${v}`);
      const readModels = join(dataDir, 'read-models.sqlite');
      for (const v of await compareWithRebuild(
        stores.ledger,
        readModels,
        join(dataDir, 'check-rebuild.sqlite'),
      ))
        violation(`${label}: ${v}`);
    });
    await resend(label, 1);
  };

  /** Copies the event files mid-write; verified once the writers are parked, so as not to slow them. */
  const copyMidWrite = (n: number) => {
    const copyDir = join(dataDir, `power-cut-${n}`);
    const acknowledgedBefore = acknowledgedIds();
    copyEventStoreMidWrite(dataDir, copyDir);
    return async () => {
      await withStores(copyDir, async (copy) => {
        const ledger = await checkLedger(copy, journals, acknowledgedBefore, new Map(shapes));
        for (const v of ledger.violations) violation(`copy ${n}: ${v}`);
        copiesVerified++;
      });
      rmSync(copyDir, { recursive: true, force: true });
    };
  };

  const rebuildAndKill = async () => {
    const rebuild = spawnCli(['rebuild'], env);
    if (random() < 2 / 3) await sleep(between(100, 2500));
    else await rebuild.exited;
    const finished = rebuild.child.exitCode !== null;
    await rebuild.kill();
    if (!finished) figures.rebuildsKilled++;
    else if (rebuild.child.exitCode === 0) figures.rebuildsCompleted++;
    else violation(`rebuild exited ${rebuild.child.exitCode}: ${rebuild.output()}`);
  };

  try {
    await check('after the setup');
    for (let n = 1; n <= kills; n++) {
      const window = between(100, maxWindowMs);
      link.open(gateway.url);
      let verifyCopy: (() => Promise<void>) | undefined;
      if (n % copyEvery === 0) {
        const copyAt = between(0, window);
        await sleep(copyAt);
        verifyCopy = copyMidWrite(n);
        await sleep(window - copyAt);
      } else await sleep(window);
      link.close();
      await gateway.kill();
      figures.kills++;
      await link.allParked(writers.length);
      await verifyCopy?.();
      const during: string[] = [];
      if (n % rebuildEvery === 0) {
        await rebuildAndKill();
        during.push('rebuild');
      }
      if (random() < startupKillShare) {
        // Half the time the read models are lost first (they may be: they are rebuilt from the events), so
        // the start catches them up from the first event, batch after batch, when the kill comes.
        const fromNothing = random() < 0.5;
        if (fromNothing) {
          for (const suffix of ['', '-wal', '-shm'])
            rmSync(join(dataDir, `read-models.sqlite${suffix}`), { force: true });
          figures.readModelsDropped++;
        }
        const starting = startGatewayProcess(env, port);
        await sleep(fromNothing ? between(500, 3000) : between(50, 1500));
        await starting.kill();
        figures.killsWhileStarting++;
        during.push(fromNothing ? 'start without read models' : 'start');
      }
      gateway = await start();
      const checking = Date.now();
      await check(`after kill ${n}`);
      log(
        `kill ${n}/${kills} after ${window} ms${during.length ? ` (and during ${during.join(', ')})` : ''}: ` +
          `${acknowledgedIds().size} acknowledged, ${events} events, checked in ${Date.now() - checking} ms`,
      );
    }
    stopping = true;
    link.open(gateway.url);
    await Promise.all(running);
    for (const entry of journals.flatMap((j) => j.entries))
      if (entry.state === 'pending')
        violation(`never answered: ${entry.writer} ${entry.command} ${entry.commandId}`);
    await resend('at the end', FINAL_RESENDS_PER_WRITER);
    await check('at the end');
    gateway.child.kill('SIGTERM');
    const { code } = await gateway.exited;
    if (code !== 0) violation(`the gateway stopped with ${code}: ${gateway.output()}`);
    const verify = await runCli(['verify'], env);
    if (verify.code !== 0) violation(`verify exited ${verify.code}: ${verify.output}`);
  } finally {
    stopping = true;
    await gateway?.kill();
  }

  const entries = journals.flatMap((j) => j.entries);
  const kept = violations.length > 0;
  if (kept) writeFileSync(join(dataDir, 'journals.json'), JSON.stringify(journals, null, 1));
  else rmSync(dataDir, { recursive: true, force: true });
  return {
    seed,
    ...figures,
    commandsSent: entries.length,
    acknowledged: entries.filter((e) => e.state === 'acked').length,
    refusedByRules: entries.filter((e) => e.state === 'refused').length,
    retried: entries.filter((e) => e.retries > 0).length,
    retriedFoundStored: entries.filter((e) => e.foundStored).length,
    duplicateResends,
    copiesVerified,
    events,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    violations,
    ...(kept ? { dataDir } : {}),
  };
}
