import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineLine, writeBenchmarkSection } from '@cadre/event-store/testing';
import autocannon from 'autocannon';
import { loadDatabaseConstructor } from '../src/access/accounts-database.js';
import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';
import { startBareApollo } from './bare-apollo.js';

/**
 * Commands sent through the real gateway over HTTP (authenticated, rate-limited, validated, decided, group
 * committed with synchronous=FULL, and answered once the read models show them), against raw better-sqlite3
 * transactions on a file in the same run.
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? (SMOKE ? 1 : 10));
const CONNECTIONS = 50;
/** Cadres with a long history, one per connection, and how long their history is. */
const CADRES = Number(process.env.BENCH_CADRES ?? (SMOKE ? 5 : CONNECTIONS));
const HISTORY = Number(process.env.BENCH_HISTORY ?? (SMOKE ? 20 : 1000));

const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-commands-'));

interface Result {
  p50: number;
  p99: number;
  rps: number;
  /** Raw one-row FULL transactions per second measured just before (the machine's load changes by the minute). */
  baseline?: number;
}

/** Raw better-sqlite3 on a file, WAL and synchronous=FULL: `rowsPerTransaction` one-row INSERTs per commit. */
function raw(
  rowsPerTransaction: number,
  seconds = Math.min(SECONDS, 3),
  name = `${rowsPerTransaction}`,
): Result {
  const Database = loadDatabaseConstructor();
  const db = new Database(join(dataDir, `raw-${name}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, id TEXT UNIQUE, stream TEXT, data TEXT)');
  const insert = db.prepare('INSERT INTO events (id, stream, data) VALUES (?, ?, ?)');
  const commit = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run(randomUUID(), 'cadre-1', '{"kind":"HEART_TO_HEART"}');
  });
  const latencies: number[] = [];
  let rows = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    const t = performance.now();
    commit(rowsPerTransaction);
    latencies.push(performance.now() - t);
    rows += rowsPerTransaction;
  }
  const elapsed = (performance.now() - started) / 1000;
  db.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number(latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(2));
  return { p50: at(0.5), p99: at(0.99), rps: rows / elapsed };
}

const system = await openSystem({ dataDir });
const as = { actor: 'system:bench' };
const run = (name: Parameters<typeof system.bus.execute>[0], input: object) =>
  system.bus.execute(name, input, { commandId: randomUUID(), ...as });
const townshipId = randomUUID();
const villageId = randomUUID();
await run('RegisterTownship', { townshipId, name: '周王镇', district: '长丰县' });
await run('RegisterVillage', { villageId, townshipId, name: '周王村', kind: 'VILLAGE' });

let people = 0;
/** Registers `count` cadres through the bus (ID numbers the HTTP requests never use: 9,000,000 on). */
async function registerCadres(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const birthDate = (n: number) =>
    new Date(Date.UTC(1940, 0, 1) + Math.floor(n / 500) * 86_400_000).toISOString().slice(0, 10);
  const { idNumberCheckChar } = await import('@cadre/domain');
  await Promise.all(
    ids.map((cadreId) => {
      const n = people++;
      const first17 = `340121${birthDate(n).replaceAll('-', '')}${String((n % 500) * 2).padStart(3, '0')}`;
      const profile = {
        name: '李四',
        gender: 'FEMALE',
        birthDate: birthDate(n),
        idNumber: first17 + idNumberCheckChar(first17),
        educationLevel: 'BACHELOR',
      };
      return run('RegisterCadre', { cadreId, villageId, profile });
    }),
  );
  return ids;
}

const interview = (cadreId: string) =>
  run('RecordInterview', {
    cadreId,
    townshipId,
    kind: 'FIELD_VISIT',
    interviewer: '王镇长',
    findings: '走访了解情况',
  });

const longHistory = await registerCadres(CADRES);
// 1,000 events on each: every cadre's commands one after another, the cadres side by side
await Promise.all(
  longHistory.map(async (cadreId) => {
    for (let i = 1; i < HISTORY; i++) await interview(cadreId);
  }),
);
const newCadres = await registerCadres(CADRES);
await system.runner.catchUp();

await system.accounts.createUser({ username: 'bench', password: 'bench-password', role: 'ADMIN' });
const { token } = await system.accounts.signIn('bench', 'bench-password');
const gateway = await startGateway({ system, port: 0, rateLimit: { perClientPerMinute: 100_000_000 } });

/** The command bus and the read models alone, no HTTP: `clients` loops each sending interviews to its cadre. */
async function inProcess(cadreIds: string[]): Promise<Result> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    cadreIds.map(async (cadreId) => {
      while (performance.now() - started < SECONDS * 1000) {
        const t = performance.now();
        await system.runner.waitFor((await interview(cadreId)).position);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))]!);
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / elapsed };
}

/** Bare Apollo Server over HTTP answering a constant mutation: what any GraphQL command costs at least. */
async function bareApollo(connections: number): Promise<Result> {
  const bare = await startBareApollo();
  const result = await autocannon({
    url: bare.url,
    connections,
    duration: SECONDS,
    workers: 1,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { run(commandId: "bench-command-1") }' }),
  });
  await bare.stop();
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

let firstPerson = 0;
/** `connections` clients sending `command` for SECONDS, each request with a new command id. */
async function load(
  command: 'RegisterCadre' | 'RecordInterview',
  connections: number,
  cadreIds: string[] = [],
): Promise<Result> {
  Object.assign(process.env, {
    BENCH_COMMAND: command,
    BENCH_VILLAGE_ID: villageId,
    BENCH_TOWNSHIP_ID: townshipId,
    BENCH_CADRE_IDS: cadreIds.join(','),
    BENCH_FIRST_PERSON: String(firstPerson),
  });
  firstPerson += 1_000_000;
  // with BENCH_PHASES=1, when each load began on the profiler's clock (to cut a --cpu-prof profile)
  if (process.env.BENCH_PHASES) console.log(`${command} × ${connections}`, process.hrtime.bigint() / 1000n);
  const result = await autocannon({
    url: `${gateway.url}/graphql`,
    connections,
    duration: SECONDS,
    // The load comes from another thread, so the server under test has its event loop to itself.
    workers: 1,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: join(import.meta.dirname, 'command-request.cjs') }],
  });
  const errors = result.non2xx + result.errors;
  if (errors > 0) throw new Error(`${errors} failed requests sending ${command}`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

/** A GraphQL error comes back as 200: count the commands the store holds instead. */
async function eventsSince(position: bigint): Promise<number> {
  return (await system.store.readAll({ after: position })).length;
}

let rawRuns = 0;
/** A load with the raw one-row baseline measured right before it (on a new file, as the first one). */
async function besideRaw(run: () => Promise<Result>): Promise<Result> {
  const baseline = raw(1, Math.min(SECONDS, 2), `adjacent-${rawRuns++}`).rps;
  return { ...(await run()), baseline };
}

const rawOne = raw(1);
const rawBatch = raw(1000);
const bare = await besideRaw(() => bareApollo(CONNECTIONS));
const bareSequential = await besideRaw(() => bareApollo(1));
const busOnNew = await besideRaw(() => inProcess(newCadres));
const busSequential = await besideRaw(() => inProcess(newCadres.slice(0, 1)));
const before = await system.store.headPosition();
const registering = await besideRaw(() => load('RegisterCadre', CONNECTIONS));
const registered = await eventsSince(before);
const onNew = await besideRaw(() => load('RecordInterview', CADRES, newCadres));
const onLong = await besideRaw(() => load('RecordInterview', CADRES, longHistory));
const sequentialFrom = await system.store.headPosition();
const sequential = await besideRaw(() => load('RecordInterview', 1, newCadres.slice(0, 1)));
const sequentialWritten = await eventsSince(sequentialFrom);
const sequentialRegistering = await besideRaw(() => load('RegisterCadre', 1));

// requests autocannon left unanswered at its deadline finish before the files close
await new Promise((resolve) => setTimeout(resolve, 500));
await gateway.stop();
await system.close();
rmSync(dataDir, { recursive: true, force: true });

const expectedRequests = Math.round(registering.rps * SECONDS);
if (registered < expectedRequests * 0.9)
  throw new Error(`only ${registered} events stored for about ${expectedRequests} registrations`);
if (sequentialWritten < sequential.rps * SECONDS * 0.9)
  throw new Error(`only ${sequentialWritten} events stored for the sequential interviews`);

const ratio = (r: Result) => r.rps / (r.baseline ?? rawOne.rps);
const row = (what: string, r: Result) =>
  `| ${what} | ${r.p50} | ${r.p99} | ${Math.round(r.rps).toLocaleString('en')} | ${Math.round(r.baseline ?? rawOne.rps).toLocaleString('en')} | ${ratio(r).toFixed(2)} |`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const flatness = onLong.rps / onNew.rps;

writeBenchmarkSection(
  'commands',
  `## Gateway: commands through GraphQL

${machineLine()}

Mutations sent over HTTP to a real gateway (files on disk in a temp folder: events, read models, keys) by
autocannon in a worker thread, ${SECONDS} s each, every request with a new command id, an administrator's token.
A command is answered once it is fsync'd (\`synchronous=FULL\`, group commit) and the read models show it. The
baseline is raw better-sqlite3 on a file in the same run (WAL, \`synchronous=FULL\`, one INSERT per transaction,
sequential), measured again for 2 s right before each load: the machine is shared and its load changes by
the minute, so each ratio is to the baseline beside it. Interviews (\`recordInterview\`: reads the cadre and the township, appends one event to the cadre)
go from each connection to its own cadre; "1,000-event cadres" are ${CADRES} cadres with ${HISTORY} events each.

| what | p50 ms | p99 ms | per second | raw one-row FULL/s just before | ratio to it |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('raw better-sqlite3, one row per transaction, FULL (baseline)', rawOne)}
${row('raw better-sqlite3, 1,000 rows per transaction, FULL (rows/s; latency per transaction)', rawBatch)}
${row(`bare Apollo Server answering a constant mutation over HTTP, ${CONNECTIONS} connections (ceiling for any GraphQL command)`, bare)}
${row('bare Apollo Server answering a constant mutation over HTTP, 1 connection (ceiling for a sequential GraphQL command)', bareSequential)}
${row(`command bus and read models in process (no HTTP): recordInterview, ${CADRES} concurrent, each awaiting the read models`, busOnNew)}
${row('command bus and read models in process (no HTTP): recordInterview, sequential', busSequential)}
${row(`registerCadre, ${CONNECTIONS} connections`, registering)}
${row(`recordInterview on new cadres, ${CADRES} connections`, onNew)}
${row(`recordInterview on ${HISTORY}-event cadres, ${CADRES} connections`, onLong)}
${row('recordInterview, 1 connection (sequential)', sequential)}
${row('registerCadre, 1 connection (sequential)', sequentialRegistering)}

Goals (issue #15, point 1):
- ${CONNECTIONS} concurrent GraphQL commands ≥ 2× raw one-row FULL: registerCadre ${ratio(registering).toFixed(2)}× — ${verdict(ratio(registering) >= 2)}; recordInterview ${ratio(onNew).toFixed(2)}× — ${verdict(ratio(onNew) >= 2)}.
- the same on a ${HISTORY}-event cadre as on a new one: ${flatness.toFixed(2)}× the new cadres' throughput, p99 ${onLong.p99} ms against ${onNew.p99} ms — ${verdict(flatness >= 0.9)} (goal: within 10 %).
- sequential ≥ 0.5× raw one-row FULL: recordInterview ${ratio(sequential).toFixed(2)}× — ${verdict(ratio(sequential) >= 0.5)}; registerCadre ${ratio(sequentialRegistering).toFixed(2)}× — ${verdict(ratio(sequentialRegistering) >= 0.5)} (bare Apollo's constant sequentially: ${ratio(bareSequential).toFixed(2)}×).

What limits it. Bare Apollo answering a constant mutation over HTTP reached ${ratio(bare).toFixed(2)}× the raw baseline in this
run: on 2 shared cores no GraphQL command can do much better than that, whatever the store does, so "≥ 2×" is
out of reach wherever that row is near or below 2. A profile of the 50-connection interviews (\`--cpu-prof\`,
\`BENCH_PHASES=1\` prints when each load began; 2026-12-01) splits the gateway's main thread as: the store's
group commit 17 % (its fsync 10 %, the hash chain 2 %), the read models' batch 13 % (one SQLite transaction per
batch: dossier document, temporal versions, activities), Node's HTTP parsing and writing about 15 %,
authentication 7 % (the session token's HMAC and the user's row on every request), Apollo's pipeline 5 %, the
command bus 6 % (validation, decide, fold), GC 5 %, idle 14 % (the load generator's thread and other people's
processes on the same cores). A command's cost does not grow with its stream: the bus keeps each stream's fold
(its own writes folded in) and the store answers "nothing after revision n" from the heads it knows while no
other connection has committed (\`PRAGMA data_version\`), so a command on a ${HISTORY}-event cadre reads no event;
and the read models write no history either: a cadre's document is a small head (\`cadre_documents\`) plus one row
per item of the lists that only grow (\`cadre_document_items\`: interviews, trainings, assessments, …), so an event
writes the head and its new items where it used to rewrite the whole folded state as one JSON text. Measured
in process on tmpfs (one client, interviews, each awaiting the read models; 2026-12-01, machine under load):
the read-model file's WAL grew by 57 KB a command on a new cadre and 57 KB on a 1,000-event one (before:
92 KB and 190 KB), the process's CPU 1.1 and 1.2 ms a command (before: 1.9 and 2.7 ms).
A registration costs a second fsync, the persons' keys file (one transaction per group of registrations).
Sequentially a command is an HTTP round trip, authentication, a GraphQL execution, a decision, an fsync of about
six pages (the event row, four indexes, the stream's head) where the baseline writes two, and a read-model batch
(a dozen tables and their indexes, about 14 pages): nothing waits on a timer (the group commit and the read
models' batch each run on the next \`setImmediate\`, so a lone command commits at once and a busy loop still
groups), so the sequential figure is the sum of those CPU costs, about 1.2 ms in the bus, store and read models
and 2–3 ms in HTTP, authentication and GraphQL on this machine. On a disk whose fsync takes 0.23 ms (4,300
raw transactions/s) "≥ 0.5×" means 0.46 ms a command end to end, of which bare Apollo's constant alone takes
a large part sequentially (its row above, ${ratio(bareSequential).toFixed(2)}× raw in this run), before any decision, fsync
or read-model batch: out of reach for a GraphQL command on a fast disk; on a busy disk, where the fsync
dominates, the ratio rises towards it (0.6× in a loaded run).

Reproduce: \`cd apps/gateway && BENCH_ONLY=commands pnpm bench\` (\`BENCH_SMOKE=1\` for a few seconds).`,
);
