import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { chinaDate, idNumberCheckChar } from '@cadre/domain';
import { machineLine, sized, writeBenchmarkSection } from '@cadre/event-store/testing';
import { loadZhouwangScenario } from '@cadre/scenario';
import autocannon from 'autocannon';
import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';
import { startBareApollo } from './bare-apollo.js';
import { coresUsed, sampleCpu } from './cpu-shares.js';

/**
 * Latency and throughput of real queries under 50 concurrent connections on loopback, against a bare
 * Apollo Server (its own standalone HTTP server) answering a constant in the same run.
 */
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? sized(10, 1));
/** The events on the file of the dossier with a long history. */
const HISTORY = Number(process.env.BENCH_HISTORY ?? sized(1000, 20));

// Files on disk as in production: the personal-data log is fsync'd like the event store.
const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-latency-'));
const system = await openSystem({ dataDir });
const loaded = await loadZhouwangScenario(system.bus, { today: chinaDate(system.now()) });
await system.runner.waitFor(loaded.position);

// Two cadres of a village of their own beside the demo town: one just registered, one with HISTORY events.
const run = (name: Parameters<typeof system.bus.execute>[0], input: object) =>
  system.bus.execute(name, input, { commandId: randomUUID(), actor: 'system:bench' });
const townshipId = randomUUID();
const villageId = randomUUID();
await run('RegisterTownship', { townshipId, name: '基准镇', district: '长丰县' });
await run('RegisterVillage', { villageId, townshipId, name: '基准村', kind: 'VILLAGE' });
async function registerCadre(n: number): Promise<string> {
  const cadreId = randomUUID();
  const first17 = `34012119700101${String(900 + n * 2).padStart(3, '0')}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  const profile = {
    name: '王五',
    gender: 'FEMALE',
    birthDate: '1970-01-01',
    idNumber,
    educationLevel: 'BACHELOR',
  };
  await run('RegisterCadre', { cadreId, villageId, profile });
  return cadreId;
}
const newCadre = await registerCadre(0);
const longHistory = await registerCadre(1);
for (let i = 1; i < HISTORY; i++)
  await run('RecordInterview', {
    cadreId: longHistory,
    townshipId,
    kind: 'FIELD_VISIT',
    interviewer: '王镇长',
    findings: `第${i}次走访了解情况`,
  });
await system.runner.catchUp();

await system.accounts.createUser({ username: 'bench', password: 'bench-password', role: 'ADMIN' });
const { token } = await system.accounts.signIn('bench', 'bench-password');
const rateLimit = { perClientPerMinute: 100_000_000 };
const gateway = await startGateway({ system, port: 0, rateLimit });
// The same gateway with no room in its answer cache: every request is executed.
const uncached = await startGateway({ system, port: 0, rateLimit, answerCache: { maxEntries: 0 } });

/** The executor Apollo is built with: `GRAPHQL_EXECUTOR`, read when the gateway starts (graphql-jit unless graphql-js). */
async function executingWith(executor: 'graphql-js' | 'graphql-jit') {
  const before = process.env.GRAPHQL_EXECUTOR;
  process.env.GRAPHQL_EXECUTOR = executor;
  try {
    return await startGateway({ system, port: 0, rateLimit, answerCache: { maxEntries: 0 } });
  } finally {
    if (before === undefined) delete process.env.GRAPHQL_EXECUTOR;
    else process.env.GRAPHQL_EXECUTOR = before;
  }
}
const uncachedJs = await executingWith('graphql-js');
const uncachedJit = await executingWith('graphql-jit');

const bare = await startBareApollo();

const PAGE = `{ cadres(first: 50) { totalCount edges { node { id name gender birthDate educationLevel politicalStatus idNumber posts { committee position } } } } }`;
/** The file's own parts, not the interviews themselves: an answer listing all of them grows with them by definition. */
const dossier = (id: string) =>
  `{ cadre(id: "${id}") { id name gender birthDate age educationLevel politicalStatus idNumber resume { from to description } posts { committee position } postHistory { committee position appointedOn leftOn } trainings { topic trainedOn } assessments { year grade } pledges { year } honors { title } openWarnings { source } } }`;
const STATISTICS = `{ statistics { partySecretaries committeeMembers reserveCadres trainingSessions trainingCoverage serviceRequestsResolved committeeEducation { bachelorOrAboveShare } committeeAge { averageAge } } }`;

interface Result {
  p50: number;
  p99: number;
  rps: number;
  /** CPU per answered request, in microseconds: the server's (this process's main) thread, and this process's other threads (the load generator, V8's garbage collection helpers). */
  serverCpu: number;
  otherCpu: number;
}

/** JIT warm-up before each measurement, so that no server is measured while V8 is still compiling it. */
const WARM_UP = Math.min(2, SECONDS);

function autocannonLoad(url: string, query: string, headers: Record<string, string>, duration: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    // The load comes from another thread, so the server under test has its event loop to itself.
    workers: 1,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

/** The query answered once without errors (a GraphQL error would be a 200 too), then loaded. */
async function load(url: string, query: string, headers: Record<string, string> = {}): Promise<Result> {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const { data, errors } = (await answer.json()) as { data?: unknown; errors?: unknown };
  if (errors || !data) throw new Error(`${query.slice(0, 40)} answered ${JSON.stringify(errors)}`);
  await autocannonLoad(url, query, headers, WARM_UP);
  const before = sampleCpu();
  const result = await autocannonLoad(url, query, headers, SECONDS);
  const cores = coresUsed(before, sampleCpu());
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors for ${query.slice(0, 40)}`);
  const perRequest = (share: number) => (share * 1e6) / Math.max(result.requests.average, 1);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    serverCpu: perRequest(cores.mainThread),
    otherCpu: perRequest(cores.loadGenerator),
  };
}

const admin = { authorization: `Bearer ${token}` };
const external = { 'x-api-key': system.accounts.issueApiKey('bench').key };
const graphql = (g: { url: string }) => `${g.url}/graphql`;
const baseline = await load(bare.url, '{ hello }');
/**
 * A fairer baseline for a 13 kB answer: bare Apollo answering the executed page's own data as a constant, so
 * that its socket write and the load generator's parsing of it (in this process) are in the baseline too.
 */
const pageData = await (
  await fetch(graphql(uncached), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...external },
    body: JSON.stringify({ query: PAGE }),
  })
).json();
const bareOfPageSize = new ApolloServer({
  typeDefs: 'scalar Page\ntype Query { page: Page }',
  resolvers: { Query: { page: () => (pageData as { data: { cadres: unknown } }).data.cadres } },
});
const { url: bareOfPageSizeUrl } = await startStandaloneServer(bareOfPageSize, {
  listen: { port: 0, host: '127.0.0.1' },
});
const baselineOfPageSize = await load(bareOfPageSizeUrl, '{ page }');
const pageExternal = await load(graphql(gateway), PAGE, external);
const pageAdmin = await load(graphql(gateway), PAGE, admin);
const statistics = await load(graphql(gateway), STATISTICS, admin);
const trivial = await load(graphql(uncached), '{ __typename }', external);
const pageJs = await load(graphql(uncachedJs), PAGE, external);
const pageJit = await load(graphql(uncachedJit), PAGE, external);
const jitByDefault = process.env.GRAPHQL_EXECUTOR !== 'graphql-js';
const pageUncached = jitByDefault ? pageJit : pageJs;
/** Two loads measured a, b, b, a and each averaged: a machine whose load drifts favours neither. */
async function alternating(a: () => Promise<Result>, b: () => Promise<Result>): Promise<[Result, Result]> {
  const [a1, b1, b2, a2] = [await a(), await b(), await b(), await a()];
  const mean = (x: Result, y: Result): Result => ({
    p50: (x.p50 + y.p50) / 2,
    p99: (x.p99 + y.p99) / 2,
    rps: (x.rps + y.rps) / 2,
    serverCpu: (x.serverCpu + y.serverCpu) / 2,
    otherCpu: (x.otherCpu + y.otherCpu) / 2,
  });
  return [mean(a1, a2), mean(b1, b2)];
}
const [dossierNew, dossierLong] = await alternating(
  () => load(graphql(uncached), dossier(newCadre), external),
  () => load(graphql(uncached), dossier(longHistory), external),
);
const dossierLongOther = await load(
  graphql(jitByDefault ? uncachedJs : uncachedJit),
  dossier(longHistory),
  external,
);
const [dossierLongJs, dossierLongJit] = jitByDefault
  ? [dossierLongOther, dossierLong]
  : [dossierLong, dossierLongOther];
const statisticsUncached = await load(graphql(uncached), STATISTICS, admin);

/** One API key asking fifteen past days' statistics per request, other days each time (no cache helps). */
let heavyRound = 0;
const heavyBody = () => {
  heavyRound++;
  const day = (i: number) => {
    const d = new Date(Date.UTC(2024, 0, 1) + ((heavyRound * 15 + i) % 700) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const fields = Array.from(
    { length: 15 },
    (_, i) => `d${i}: statistics(asOf: "${day(i)}") { committeeMembers }`,
  );
  return JSON.stringify({ query: `{ ${fields.join(' ')} }` });
};
const heavyKey = { 'x-api-key': system.accounts.issueApiKey('bench-heavy').key };
const heavy = autocannon({
  url: graphql(uncached),
  connections: 4,
  duration: WARM_UP + SECONDS + 2,
  workers: 1,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...heavyKey },
  // a cycle of 60 requests of other days each: the replays' answers are never found in a cache
  requests: Array.from({ length: 60 }, () => ({ body: heavyBody() })),
});
const pageUnderHeavy = await load(graphql(uncached), PAGE, external);
const heavyResult = await heavy;

await gateway.stop();
await uncached.stop();
await uncachedJs.stop();
await uncachedJit.stop();
await system.close();
await bare.stop();
await bareOfPageSize.stop();
rmSync(dataDir, { recursive: true, force: true });

const row = (what: string, r: Result) =>
  `| ${what} | ${r.p50} | ${r.p99} | ${Math.round(r.rps).toLocaleString('en')} | ${(r.p99 / baseline.p99).toFixed(2)} | ${(r.rps / baseline.rps).toFixed(2)} | ${Math.round(r.serverCpu).toLocaleString('en')} | ${Math.round(r.otherCpu).toLocaleString('en')} |`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const met = [pageExternal, pageAdmin, statistics].every((r) => r.p99 < 20);
const executorName = jitByDefault ? 'graphql-jit' : 'graphql-js';
const pageThroughput = pageUncached.rps / baseline.rps;
const pageP99 = pageUncached.p99 / Math.max(baseline.p99, 1);
// "the same whatever the history": within the run's noise, which two loads of the same page show at ±20 %
const historyRatio = dossierLong.rps / dossierNew.rps;
writeBenchmarkSection(
  'latency',
  `## Gateway: latency under load

${machineLine()}

${CONNECTIONS} concurrent connections on loopback for ${SECONDS} s each after ${WARM_UP} s of warm-up (autocannon in a worker thread), over the
Zhouwang data set with its files on disk, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}. Every request is authenticated, rate-limited and answered with the
caller's masking; "repeated" requests are answered from the answer cache (valid until the next event is applied),
"executed" ones by a gateway with no room in that cache, so every request is parsed, validated, authorized, run,
masked and logged. The two dossiers are measured new, long, long, new and each averaged. They are two cadres of a village beside the demo town: one just registered, one with
${HISTORY.toLocaleString('en')} events on file (interviews); the query asks the file's parts (profile, resume, posts, post
history, trainings, assessments, pledges, honors, warnings), not the interviews themselves.

| query | p50 ms | p99 ms | requests/s | p99 ratio | throughput ratio | server thread µs CPU / request | other threads µs CPU / request |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row('bare Apollo Server (standalone) answering a constant (baseline)', baseline)}
${row(`bare Apollo Server answering the executed page's data (${(JSON.stringify(pageData).length / 1000).toFixed(1)} kB) as a constant (the page-sized baseline)`, baselineOfPageSize)}
${row('50-row cadre page, external app (ID numbers masked), repeated', pageExternal)}
${row('50-row cadre page, administrator (ID numbers in clear, each read logged and fsync’d), repeated', pageAdmin)}
${row('township statistics, administrator, repeated', statistics)}
${row('the gateway answering `{ __typename }`, external app, executed every time (its fixed cost per request)', trivial)}
${row('50-row cadre page, external app, executed every time by graphql-js', pageJs)}
${row('50-row cadre page, external app, executed every time by graphql-jit', pageJit)}
${row(`dossier of a new cadre, external app, executed every time by ${executorName}`, dossierNew)}
${row(`dossier of a cadre with ${HISTORY.toLocaleString('en')} events, external app, executed every time by ${executorName}`, dossierLong)}
${row(`dossier of a cadre with ${HISTORY.toLocaleString('en')} events, executed every time by ${jitByDefault ? 'graphql-js' : 'graphql-jit'}`, dossierLongOther)}
${row('township statistics, administrator, executed every time', statisticsUncached)}
${row('50-row cadre page, external app, executed every time, while another key sends 15 past-day statistics per request on 4 connections', pageUnderHeavy)}

Goals (issue #15, point 2):
- an executed 50-row page at ≥ 0.3× the bare constant's throughput: ${pageThroughput.toFixed(2)}× — ${verdict(pageThroughput >= 0.3)};
  its p99 ≤ 3× the constant's: ${pageP99.toFixed(2)}× — ${verdict(pageP99 <= 3)}.
- beside the issue's baseline, against the page-sized constant (an answer as large, written by the server and parsed by
  the load generator as the page's are): the executed page at ${(pageUncached.rps / baselineOfPageSize.rps).toFixed(2)}× its throughput, p99 ${(pageUncached.p99 / Math.max(baselineOfPageSize.p99, 1)).toFixed(2)}×.
  Server-thread CPU per request: the page ${Math.round(pageUncached.serverCpu)} µs, ${(pageUncached.serverCpu / baseline.serverCpu).toFixed(2)}× the bare constant's
  and ${(pageUncached.serverCpu / baselineOfPageSize.serverCpu).toFixed(2)}× the page-sized constant's; \`{ __typename }\` ${Math.round(trivial.serverCpu)} µs (${(trivial.serverCpu / baseline.serverCpu).toFixed(2)}×). The
  process's other threads (autocannon's worker, V8's GC helpers) took ${Math.round(pageUncached.otherCpu)} µs per page against ${Math.round(baselineOfPageSize.otherCpu)} µs
  per page-sized constant: on 2 cores the load generator competes with the server it measures.
- a dossier the same whatever the history: the ${HISTORY.toLocaleString('en')}-event cadre's at ${historyRatio.toFixed(2)}× the new cadre's throughput (goal: no slower, within the run's noise of 20 %) — ${verdict(historyRatio >= 0.8)}.
- graphql-jit against graphql-js in this run: the page at ${(pageJit.rps / pageJs.rps).toFixed(2)}× graphql-js's throughput (p99 ${(pageJit.p99 / Math.max(pageJs.p99, 1)).toFixed(2)}×), the long dossier at ${(dossierLongJit.rps / dossierLongJs.rps).toFixed(2)}×; the gateway runs graphql-jit unless \`GRAPHQL_EXECUTOR=graphql-js\` (src/graphql/jit-executor.ts).
- production mode by default: the CLI sets NODE_ENV=production unless told otherwise (src/production-by-default.ts); this run: ${verdict(process.env.NODE_ENV === 'production')}.

What limits the executed page (CPU profiles of the server thread, 50 connections): first, part of what the requests/s
column charges to the page is the load generator's. autocannon runs in a worker thread of this process on the same 2
cores, and parsing a 13 kB answer costs it, with V8's GC helper threads, about as much CPU per page as the server
thread spends (the last column): against the page-sized constant, which pays the same write and the same parsing, the
page stands higher than against the issue's constant. On the server thread the page pays, over the gateway's fixed
cost (the trivial query: authenticated, rate-limited, looked up in the answer cache, validated with graphql-armor's
rules, answered over Node's HTTP server), the SQLite page statements (the facet's range and its kept count, ~16 % of
the profile of 2026-12-03; packages/projections), Apollo's JSON of the 13 kB answer (~8 %) and its socket write (~7 %:
on loopback the receiver's TCP work runs inside the sender's writev), GC (~8 %), graphql-jit's compiled execution of
50 rows (~6 %), Apollo's pipeline (~6 %; under tsx its sha256 of every query calls \`module.require('crypto')\` each
time, ~3 %) and the gateway's guards (~10 %). Masking and each row's node, a quarter of the operation in process
before (a spread and \`delete\`s per row turn every view into a dictionary-mode object), are now made once per kept
summary, day and clearance and shared frozen (src/access/masking.ts, src/graphql/queries/cadre-node.ts). Since
2026-12-03 a page reads its rows as arrays (better-sqlite3 builds a row object at about twice the cost), encodes a
cursor only if the query asks for one, and an answer the cache keeps is encoded into a Buffer only when it is served
again (about 70 µs of the page's ~700, measured statement by statement). Since 2026-12-04 graphql-jit is
patched (patches/README.md): it built each leaf's error locations and response path, two arrays, for every leaf of
every row (a third of the page's allocation) and now builds them only for an invalid value; patched against
unpatched in one process, +3 to +6 % requests/s, -4 to -6 % server CPU. A one-facet count is a key lookup.
The trivial query's own profile (in process, 50 connections): the loopback socket write ~20 %, Apollo's pipeline ~13 %
(the sha256 above, ~4 % under tsx), two SQLite statements per request ~11 % (the API key's row and the answer cache's
table-version probe), AsyncLocalStorage's promise hooks ~6 % (the answer cache's read scope: on Node 20 every promise
of every request pays them once a scope is used), GC ~5 %, the gateway's own guards, body reader and plugins ~8 %.

While one key sent its heaviest legal request (15 replays of a past day, ${Math.round(heavyResult.requests.total).toLocaleString('en')} requests answered in ${WARM_UP + SECONDS + 2} s), the executed page's p99 was ${(pageUnderHeavy.p99 / pageUncached.p99).toFixed(2)}× its p99 alone (goal: at most 2×) — ${verdict(pageUnderHeavy.p99 <= 2 * pageUncached.p99)}: replays run two at a time, one per caller, and let other requests in between pages of 500 events.

Goal: p99 under 20 ms for the page and the statistics — ${met ? 'met' : '**not met**'} for repeated requests; executed every time, the page ${pageUncached.p99 < 20 ? 'meets it too' : '**does not**'} and the statistics ${statisticsUncached.p99 < 20 ? 'meet it too' : '**do not**'}.`,
);
