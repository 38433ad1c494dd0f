import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../src/http/http-server.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

/**
 * Another gateway on the same system that executes every request (no answer cache), its Apollo built with
 * `executor` (GRAPHQL_EXECUTOR, read when the gateway starts; graphql-jit unless told graphql-js).
 */
async function executingWith(t: TestGateway, executor?: 'graphql-js'): Promise<RunningGateway> {
  if (executor) process.env.GRAPHQL_EXECUTOR = executor;
  try {
    return await startGateway({ system: t.system, port: 0, answerCache: { maxEntries: 0 } });
  } finally {
    delete process.env.GRAPHQL_EXECUTOR;
  }
}

const PAGE = `{ cadres(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name gender birthDate age idNumber phone health familyMembers { name } posts { committee position } village { name } } } } }`;
const DOSSIER = `query D($id: ID!) { cadre(id: $id) { id name idNumber resume { from description } postHistory { committee position appointedOn } trainings { topic } interviews { findings } assessments { year grade } openWarnings { source } } }`;

describe('graphql-jit, the default executor, answers as graphql-js does', () => {
  let t: TestGateway;
  let js: RunningGateway;
  let jit: RunningGateway;
  let cadreId: string;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    js = await executingWith(t, 'graphql-js');
    jit = await executingWith(t);
    cadreId = (await t.graphql(PAGE)).data.cadres.edges[3].node.id;
  });
  afterAll(async () => {
    await js.stop();
    await jit.stop();
    await t.stop();
  });

  const viaGraphqlJs = async (
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) => {
    const response = await fetch(`${js.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
  };
  const viaDefault = async (
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) => {
    const response = await fetch(`${jit.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
  };

  it('the same page, dossier and refusals for an administrator, an external app and a village secretary', async () => {
    const villageId = (await t.graphql('{ villages(first: 1) { edges { node { id } } } }')).data.villages
      .edges[0].node.id;
    const callers = [await t.signInAs('ADMIN'), t.apiKey(), await t.signInAs('VILLAGE', villageId)];
    const requests: [string, Record<string, unknown>][] = [
      [PAGE, {}],
      [DOSSIER, { id: cadreId }],
      ['{ cadres(first: 5, after: "not a cursor") { totalCount } }', {}],
      ['query Q($n: Int) { cadres(first: $n) { edges { node { name } } } }', { n: 1.5 }],
      ['{ cadres(first: 2) { edges { node { nosuchfield } } } }', {}],
      [
        'query Q($flag: Boolean = true) { cadres(first: 1) @include(if: $flag) { totalCount } }',
        { flag: null },
      ],
    ];
    for (const headers of callers)
      for (const [query, variables] of requests) {
        const expected = await viaGraphqlJs(query, variables, headers);
        expect(await viaDefault(query, variables, headers), query).toEqual(expected);
      }
    const external = await viaDefault(PAGE, {}, callers[1]!);
    expect(external.body.data.cadres.edges[0].node.idNumber).toMatch(/\*{4}/);
  });

  it('logs the same personal-data reads', async () => {
    const admin = await t.signInAs('ADMIN');
    const auditor = await t.signInAs('AUDITOR');
    const reads = async () =>
      (await t.post(`{ personalDataReads(cadreId: "${cadreId}", limit: 1000) { fields } }`, {}, auditor)).data
        .personalDataReads.length as number;
    const before = await reads();
    await viaDefault(DOSSIER, { id: cadreId }, admin);
    const afterDefault = await reads();
    await viaGraphqlJs(DOSSIER, { id: cadreId }, admin);
    expect(afterDefault - before).toBe(1);
    expect((await reads()) - afterDefault).toBe(1);
  });
});
