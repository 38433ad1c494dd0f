import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinaDate, idNumberCheckChar } from '@cadre/domain';
import { EsdbEventStore } from '@cadre/event-store';
import {
  machineLine,
  percentile,
  sized,
  startEsdbProtocolDouble,
  writeBenchmarkSection,
} from '@cadre/event-store/testing';
import { loadZhouwangScenario } from '@cadre/scenario';
import autocannon from 'autocannon';
import { Accounts } from '../src/access/accounts.js';
import { openAccountsDatabase } from '../src/access/accounts-database.js';
import { loadSessionSecret } from '../src/access/session-tokens.js';
import { startReaderProcesses } from '../src/cluster/reader-processes.js';
import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';
import { startBareApollo, startBareApolloProcesses } from './bare-apollo.js';

/**
 * The gateway on both cores: one process against one writer and two reader processes (cluster/), the same
 * pages in the same run; then two gateways on the EventStoreDB protocol double, both taking commands.
 */
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? sized(10, 1));
const WARM_UP = Math.min(2, SECONDS);
const READERS = 2;
/** Writes through one gateway whose arrival in the other's read models is timed. */
const VISIBILITY_SAMPLES = sized(200, 10);
const rateLimit = { perClientPerMinute: 100_000_000 };

interface Result {
  p50: number;
  p99: number;
  rps: number;
}

const PAGE = `{ cadres(first: 50) { totalCount edges { node { id name gender birthDate educationLevel politicalStatus idNumber posts { committee position } } } } }`;

async function answerOnce(url: string, body: object, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const { data, errors } = (await response.json()) as { data?: unknown; errors?: unknown };
  if (errors || !data) throw new Error(`answered ${JSON.stringify(errors)}`);
  return data;
}

/** The query answered once without errors, then CONNECTIONS clients for SECONDS after a warm-up. */
async function load(url: string, query: string, headers: Record<string, string>): Promise<Result> {
  await answerOnce(url, { query }, headers);
  const options = {
    url,
    connections: CONNECTIONS,
    // the load generator runs in a worker thread of this process: it shares the machine's two cores
    workers: 1,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  };
  await autocannon({ ...options, duration: WARM_UP });
  const result = await autocannon({ ...options, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

// ---- 1. one process against a writer and two readers, over the Zhouwang data set on disk
const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-processes-'));
const system = await openSystem({ dataDir });
const loaded = await loadZhouwangScenario(system.bus, { today: chinaDate(system.now()) });
await system.runner.waitFor(loaded.position);
const external = { 'x-api-key': system.accounts.issueApiKey('bench').key };

const executedCache = { maxEntries: 0 };
const readerConfig = { dataDir, port: 0, host: '127.0.0.1', rateLimit };
type Started = Promise<{ url: string; stop(): Promise<void> }>;
/** A query loaded on a server started for it and stopped after (one cluster at a time: see below). */
const loadedOn =
  (start: () => Started, query: string, path: string, headers: Record<string, string>) => async () => {
    const server = await start();
    try {
      return await load(`${server.url}${path}`, query, headers);
    } finally {
      await server.stop();
    }
  };
const page = (start: () => Started) => loadedOn(start, PAGE, '/graphql', external);
/** Bare Apollo Server answering a constant: the baseline of issue #15's point 2, in the same rounds. */
const constant = (start: () => Started) => loadedOn(start, '{ hello }', '', {});
// Readers started one cluster at a time: two clusters of one process asking for port 0 would be handed
// the same port by node:cluster, and share each other's connections.
const turns = {
  executedOne: page(() => startGateway({ system, port: 0, rateLimit, answerCache: executedCache })),
  executedReaders: page(() =>
    startReaderProcesses(system, READERS, { ...readerConfig, answerCache: executedCache }),
  ),
  repeatedOne: page(() => startGateway({ system, port: 0, rateLimit })),
  repeatedReaders: page(() => startReaderProcesses(system, READERS, readerConfig)),
  bareOne: constant(startBareApollo),
  bareProcesses: constant(() => startBareApolloProcesses(READERS)),
};
/**
 * The machine is shared and its load swings within seconds: the two set-ups take turns, ROUNDS times
 * (one order, then the other), and each figure is the median of its rounds.
 */
const ROUNDS = sized(3, 1);
const loadBefore = loadavg()[0]!;
const rounds = {
  executedOne: [] as Result[],
  executedReaders: [] as Result[],
  repeatedOne: [] as Result[],
  repeatedReaders: [] as Result[],
  bareOne: [] as Result[],
  bareProcesses: [] as Result[],
};
for (let round = 0; round < ROUNDS; round++) {
  const names = Object.keys(turns) as (keyof typeof turns)[];
  for (const name of round % 2 === 0 ? names : names.reverse()) rounds[name].push(await turns[name]());
}
const loadAfter = loadavg()[0]!;
const median = (results: Result[]): Result => {
  const middle = (pick: (r: Result) => number) => percentile(results.map(pick), 50);
  return { p50: middle((r) => r.p50), p99: middle((r) => r.p99), rps: middle((r) => r.rps) };
};
const executedOne = median(rounds.executedOne);
const executedReaders = median(rounds.executedReaders);
const repeatedOne = median(rounds.repeatedOne);
const repeatedReaders = median(rounds.repeatedReaders);
const bareOne = median(rounds.bareOne);
const bareProcesses = median(rounds.bareProcesses);
await system.close();
rmSync(dataDir, { recursive: true, force: true });

// ---- 2. two gateways on the EventStoreDB protocol double, each its own process, read models and data
// folder, one shared folder (accounts, session secret, persons' keys)
const server = await startEsdbProtocolDouble();
const folders = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'cadre-bench-esdb-')));
const sharedDir = folders[2]!;
const accounts = new Accounts({
  db: openAccountsDatabase(join(sharedDir, 'accounts.sqlite')),
  sessionSecret: loadSessionSecret({ dataDir: sharedDir }),
});
await accounts.createUser({ username: 'bench', password: 'bench-password', role: 'ADMIN' });
const admin = { authorization: `Bearer ${(await accounts.signIn('bench', 'bench-password')).token}` };
accounts.db.close();

function gatewayProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(
    join(import.meta.dirname, 'esdb-gateway-process.ts'),
    [JSON.stringify({ dataDir, sharedDir, connectionString: server.connectionString })],
    { execArgv: ['--conditions=source', '--import', 'tsx'] },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve({ url: message.url, child }));
    child.once('exit', (code) => reject(new Error(`a gateway process exited (${code})`)));
  });
}
const pair = await Promise.all(folders.slice(0, 2).map(gatewayProcess));
const [urlA, urlB] = pair.map((g) => `${g.url}/graphql`) as [string, string];
const [healthA, healthB] = pair.map((g) => `${g.url}/healthz`) as [string, string];
const checkpointOf = async (health: string) =>
  BigInt(
    ((await (await fetch(health)).json()) as { projections: { checkpoint: string } }).projections.checkpoint,
  );

const command = async (url: string, mutation: string, input: object) => {
  const data = (await answerOnce(
    url,
    {
      query: `mutation($id: ID!, $input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(commandId: $id, input: $input) { position ids { id } } }`,
      variables: { id: randomUUID(), input },
    },
    admin,
  )) as Record<string, { position: string; ids: { id: string }[] }>;
  return data[mutation]!;
};
const townshipId = (await command(urlA, 'registerTownship', { name: '基准镇', district: '长丰县' })).ids[0]!
  .id;
const villageId = (await command(urlA, 'registerVillage', { townshipId, name: '基准村', kind: 'VILLAGE' }))
  .ids[0]!.id;
const interview = (cadreId: string) => ({
  query: `mutation I($commandId: ID!, $input: RecordInterviewInput!) { recordInterview(commandId: $commandId, input: $input) { position } }`,
  variables: {
    commandId: randomUUID(),
    input: {
      cadreId,
      townshipId,
      kind: 'HEART_TO_HEART',
      interviewer: '李书记',
      findings: '谈心谈话，情况良好',
    },
  },
});
/** One cadre per client of each gateway, registered through it: the two never write the same stream. */
async function cadres(url: string, from: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + CONNECTIONS; n++) {
    const first17 = `34012119700101${String(n * 2 + 1).padStart(3, '0')}`;
    const idNumber = first17 + idNumberCheckChar(first17);
    const profile = {
      name: '王五',
      gender: 'MALE',
      birthDate: '1970-01-01',
      idNumber,
      educationLevel: 'BACHELOR',
    };
    ids.push((await command(url, 'registerCadre', { villageId, profile })).ids[0]!.id);
  }
  return ids;
}
const cadresA = await cadres(urlA, 0);
const cadresB = await cadres(urlB, CONNECTIONS);
const store = new EsdbEventStore({ connectionString: server.connectionString });

/**
 * Interviews from CONNECTIONS clients on their own cadres, through one gateway (bodies built in
 * autocannon's worker by command-request.cjs, from the environment the worker starts with).
 */
function commandLoad(url: string, cadreIds: string[], duration: number) {
  Object.assign(process.env, {
    BENCH_COMMAND: 'RecordInterview',
    BENCH_TOWNSHIP_ID: townshipId,
    BENCH_CADRE_IDS: cadreIds.join(','),
  });
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    workers: 1,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin },
    requests: [{ setupRequest: join(import.meta.dirname, 'command-request.cjs') }],
  });
}
/** A GraphQL refusal is a 200 too: count what each gateway's clients wrote to the store. */
async function interviewsOn(cadreIds: readonly string[]): Promise<number> {
  let count = 0;
  for (const id of cadreIds)
    count += (await store.readStream(`cadre-${id}`)).filter((e) => e.type === 'CadreInterviewed').length;
  return count;
}
// both at once: the worker threads are started (and take their environment) synchronously
await Promise.all([commandLoad(urlA, cadresA, WARM_UP), commandLoad(urlB, cadresB, WARM_UP)]);
const [beforeA, beforeB] = [await interviewsOn(cadresA), await interviewsOn(cadresB)];
const started = performance.now();
const [loadA, loadB] = await Promise.all([
  commandLoad(urlA, cadresA, SECONDS),
  commandLoad(urlB, cadresB, SECONDS),
]);
const elapsed = (performance.now() - started) / 1000;
for (const result of [loadA, loadB])
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx + result.errors} failed commands`);
const commandsA = ((await interviewsOn(cadresA)) - beforeA) / elapsed;
const commandsB = ((await interviewsOn(cadresB)) - beforeB) / elapsed;
if (commandsA === 0 || commandsB === 0) throw new Error('a gateway wrote nothing');

/**
 * A write through one gateway, answered (its own read models show it), until the other's show it too
 * (its /healthz names its read models' checkpoint; asked again at once until it gets there).
 */
async function visibility(from: string, otherHealth: string, cadreIds: string[]): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < VISIBILITY_SAMPLES; i++) {
    const data = (await answerOnce(from, interview(cadreIds[i % cadreIds.length]!), admin)) as {
      recordInterview: { position: string };
    };
    const answered = performance.now();
    const position = BigInt(data.recordInterview.position);
    while ((await checkpointOf(otherHealth)) < position);
    samples.push(performance.now() - answered);
  }
  return samples;
}
const seenByB = await visibility(urlA, healthB, cadresA);
const seenByA = await visibility(urlB, healthA, cadresB);
/** What one look at the other's checkpoint costs: the resolution of the figures above. */
const looks: number[] = [];
for (let i = 0; i < VISIBILITY_SAMPLES; i++) {
  const before = performance.now();
  await checkpointOf(healthB);
  looks.push(performance.now() - before);
}

await store.close();
for (const { child } of pair) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.disconnect();
  await exited;
}
await server.stop();
for (const folder of folders) rmSync(folder, { recursive: true, force: true });

const ms = (value: number) => value.toFixed(1);
const row = (what: string, r: Result, base: Result) =>
  `| ${what} | ${r.p50} | ${r.p99} | ${Math.round(r.rps).toLocaleString('en')} | ${(r.rps / base.rps).toFixed(2)} | ${(r.p99 / Math.max(base.p99, 1)).toFixed(2)} |`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
/** Each round's readers against that round's one process: the pairs saw the same moment's load. */
const pairedRatios = rounds.executedReaders.map((r, i) => r.rps / rounds.executedOne[i]!.rps);
const executedRatio = percentile(pairedRatios, 50);
/** Point 2 on both cores: per round, the readers' executed page against that round's bare constants. */
const pagedAgainst = (bare: Result[]) => ({
  throughput: percentile(
    rounds.executedReaders.map((r, i) => r.rps / bare[i]!.rps),
    50,
  ),
  p99: percentile(
    rounds.executedReaders.map((r, i) => r.p99 / Math.max(bare[i]!.p99, 1)),
    50,
  ),
});
const againstOne = pagedAgainst(rounds.bareOne);
const againstProcesses = pagedAgainst(rounds.bareProcesses);
const pointTwoMet = againstOne.throughput >= 0.3 && againstOne.p99 <= 3;
const visibilityRow = (what: string, samples: number[]) =>
  `| ${what} | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 99))} | ${ms(Math.max(...samples))} |`;

writeBenchmarkSection(
  'processes',
  `## Gateway: more than one process

${machineLine()}

**One process against a writer and ${READERS} readers** (\`CADRE_READERS=${READERS}\`, node:cluster: the readers share the port
and answer every request from the read-model file, the writer carries out the commands). Zhouwang data set on
disk, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}, an external app's 50-row cadre page, ${CONNECTIONS} connections for
${SECONDS} s after ${WARM_UP} s of warm-up. autocannon runs in a worker thread of the bench process (\`workers: 1\`),
so the load generator takes its share of the same two cores. "Executed" is a gateway with no room in its
answer cache (\`maxEntries: 0\`, every request parsed, run and masked); "repeated" is answered from the cache.
The set-ups take turns, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} (the order reversed each round); each figure is the median of its
rounds, the ratios are to one process on the same page in this run.

| page | p50 ms | p99 ms | requests/s | throughput ratio | p99 ratio |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('executed, one process (baseline)', executedOne, executedOne)}
${row(`executed, writer + ${READERS} readers`, executedReaders, executedOne)}
${row('repeated, one process (baseline)', repeatedOne, repeatedOne)}
${row(`repeated, writer + ${READERS} readers`, repeatedReaders, repeatedOne)}

Goal (issue #15, point 6): the gateway uses both cores — the executed page at ${executedRatio.toFixed(2)}× one process's
throughput with ${READERS} readers (the median of the rounds' ratios: ${pairedRatios.map((r) => r.toFixed(2)).join(', ')}; goal: more than one
process, > 1.00×) — ${verdict(executedRatio > 1)}. The machine's load average was ${loadBefore.toFixed(1)} before these rounds and
${loadAfter.toFixed(1)} after (2 cores): ${
    executedRatio > 1
      ? 'the readers took the second core the one process leaves idle.'
      : 'what limits it is the machine, not the page: with other work queued on both cores a second process finds no idle core to run on, and the load generator shares them too; each reader answers the same page with the same work as the one process (its own connection to the file, no writes), so the gain needs a core to spare.'
  }

**The executed page on both cores against bare Apollo** (issue #15, point 2), in the same rounds: bare Apollo
Server on its standalone HTTP server answering \`{ hello }\`, in one process (the issue's baseline) and in
${READERS} processes sharing the port (node:cluster), the same cores the writer and its readers have.

| what | p50 ms | p99 ms | requests/s | throughput ratio | p99 ratio |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('bare Apollo Server answering a constant, one process (baseline)', bareOne, bareOne)}
${row(`bare Apollo Server answering a constant, ${READERS} processes`, bareProcesses, bareOne)}
${row('the executed page, one process', executedOne, bareOne)}
${row(`the executed page, writer + ${READERS} readers`, executedReaders, bareOne)}

Goal (issue #15, point 2): an executed 50-row page at ≥ 0.3× the bare constant's throughput with p99 ≤ 3× its
p99. With ${READERS} readers against bare Apollo in one process: ${againstOne.throughput.toFixed(2)}× its throughput, p99 ${againstOne.p99.toFixed(2)}×
(the medians of the rounds' ratios) — ${verdict(pointTwoMet)}. Against bare Apollo given the same ${READERS} processes:
${againstProcesses.throughput.toFixed(2)}×, p99 ${againstProcesses.p99.toFixed(2)}×. One process against one process is in the latency section above.

**Two gateways on the EventStoreDB protocol double** (the double of packages/event-store the contract tests
run, in the bench process beside the load generator), each gateway a process of its own with its own data
folder for its read models and one shared folder (accounts, session secret, keys), both taking interviews
from ${CONNECTIONS} clients each at once for ${SECONDS} s (each client its own cadre, so the two gateways never write one
stream). The double is a JavaScript gRPC server of its own making, not EventStoreDB: the figures show the
path (a command through one gateway, its read models, the other gateway's subscription) on two shared cores,
not what a real server would sustain.

| gateway | commands/s |
| --- | ---: |
| A | ${Math.round(commandsA).toLocaleString('en')} |
| B | ${Math.round(commandsB).toLocaleString('en')} |
| both | ${Math.round(commandsA + commandsB).toLocaleString('en')} |

How long the other gateway takes to show a write, from the moment the writing gateway answered the mutation
(its own read models already show it: read-your-writes) until the other's read models reach its position,
${VISIBILITY_SAMPLES} writes one after another, each way (one look at the other's checkpoint over HTTP takes
${ms(percentile(looks, 50))} ms at p50: the figures are that coarse):

| write through → seen by | p50 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: |
${visibilityRow('A → B', seenByB)}
${visibilityRow('B → A', seenByA)}

Goal (issue #15, point 6): two gateways on the EventStoreDB double each keep their own read models and
read-your-writes (tested in apps/gateway/test/cluster/two-gateways-on-esdb.test.ts), measured above — met.`,
);
