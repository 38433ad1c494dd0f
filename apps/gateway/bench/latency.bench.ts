import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { machineLine, writeBenchmarkSection } from '@cadre/event-store/testing';
import { loadZhouwangScenario, reportYearFor } from '@cadre/scenario';
import autocannon from 'autocannon';
import express from 'express';
import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';

/**
 * Latency and throughput of two real queries under 50 concurrent connections on loopback, against a bare
 * Apollo Server answering a constant in the same run (the floor of Apollo + express on this machine).
 */
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const system = await openSystem({ dataDir: ':memory:' });
const loaded = await loadZhouwangScenario(system.bus, { year: reportYearFor(new Date()) });
await system.runner.waitFor(loaded.position);
await system.accounts.createUser({ username: 'bench', password: 'bench-password', role: 'ADMIN' });
const { token } = await system.accounts.signIn('bench', 'bench-password');
const gateway = await startGateway({ system, port: 0, rateLimit: { perClientPerMinute: 10_000_000 } });

const bare = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});
await bare.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(bare));
const bareServer = createServer(app);
await new Promise<void>((resolve) => bareServer.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/graphql`;

const PAGE = `{ cadres(first: 50) { totalCount edges { node { id name gender birthDate educationLevel politicalStatus idNumber posts { committee position } } } } }`;
const STATISTICS = `{ statistics { partySecretaries committeeMembers reserveCadres trainingSessions trainingCoverage serviceRequestsResolved committeeEducation { bachelorOrAboveShare } committeeAge { averageAge } } }`;

async function load(url: string, query: string, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    // The load comes from another thread, so the server under test has its event loop to itself.
    workers: 1,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors for ${query.slice(0, 40)}`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

const auth = { authorization: `Bearer ${token}` };
const baseline = await load(bareUrl, '{ hello }');
const page = await load(`${gateway.url}/graphql`, PAGE, auth);
const statistics = await load(`${gateway.url}/graphql`, STATISTICS, auth);

await gateway.stop();
await system.close();
await bare.stop();
bareServer.close();

const row = (what: string, r: typeof baseline) =>
  `| ${what} | ${r.p50} | ${r.p99} | ${Math.round(r.rps).toLocaleString('en')} | ${(r.p99 / baseline.p99).toFixed(1)} | ${(r.rps / baseline.rps).toFixed(2)} |`;
writeBenchmarkSection(
  'latency',
  `## Gateway: latency under load

${machineLine()}

${CONNECTIONS} concurrent connections on loopback for ${SECONDS} s each (autocannon in a worker thread), over the Zhouwang data set,
signed in as an administrator (every request authenticated, rate-limited, depth/cost-checked and authorized).

| query | p50 ms | p99 ms | requests/s | p99 ratio | throughput ratio |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('bare Apollo Server answering a constant (baseline)', baseline)}
${row('a 50-row page of the cadre roster', page)}
${row('the township statistics', statistics)}

Goal: p99 under 20 ms for both — ${page.p99 < 20 && statistics.p99 < 20 ? 'met' : '**not met**'}.`,
);
