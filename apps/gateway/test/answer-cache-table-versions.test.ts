import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/http/http-server.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const ROSTER = '{ cadres(first: 50) { totalCount edges { node { id name idNumber villageId } } } }';
const DOSSIER = 'query($id: ID!) { cadre(id: $id) { id name } }';
const TALKS = '{ talkRecords(first: 50) { totalCount } }';
const REQUESTS = '{ serviceRequests(first: 5) { totalCount } }';

/** Which tables an answer depends on is seen from outside: whether the next identical request is a hit. */
describe('the answer cache keeps an answer until an event writes a table it read', () => {
  let t: TestGateway;
  let cadreId: string;
  let villageId: string;
  let townshipId: string;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    admin = await t.signInAs('ADMIN');
    const { data } = await t.post(
      '{ cadres(first: 1) { edges { node { id villageId } } } townships { id } }',
      {},
      admin,
    );
    cadreId = data.cadres.edges[0].node.id;
    villageId = data.cadres.edges[0].node.villageId;
    townshipId = data.townships[0].id;
  });
  afterAll(() => t.stop());

  async function ask(query: string, headers = admin, variables?: object, url = t.gateway.url) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { cache: response.headers.get('x-answer-cache'), data: body.data };
  }
  async function command(name: string, type: string, input: object) {
    const { errors } = await t.post(
      `mutation($c: ID!, $i: ${type}!) { ${name}(commandId: $c, input: $i) { position } }`,
      { c: randomUUID(), i: input },
      admin,
    );
    expect(errors).toBeUndefined();
  }
  const interview = () =>
    command('recordInterview', 'RecordInterviewInput', {
      cadreId,
      townshipId,
      kind: 'HEART_TO_HEART',
      interviewer: '李书记',
      findings: '谈心谈话，情况良好',
    });
  const serviceRequest = () =>
    command('raiseServiceRequest', 'RaiseServiceRequestInput', {
      villageId,
      description: '路灯坏了',
      raisedBy: '王大妈',
    });

  it('serves the roster and a dossier again after events on tables they did not read', async () => {
    const roster = await ask(ROSTER);
    const dossier = await ask(DOSSIER, admin, { id: cadreId });
    await serviceRequest();
    await interview();
    const rosterAgain = await ask(ROSTER);
    expect(rosterAgain.cache).toBe('hit');
    expect(rosterAgain.data).toEqual(roster.data);
    // an interview moves the cadre's document, which the dossier is made of; a service request does not
    await serviceRequest();
    await ask(DOSSIER, admin, { id: cadreId });
    await serviceRequest();
    expect((await ask(DOSSIER, admin, { id: cadreId })).cache).toBe('hit');
    expect(dossier.data.cadre.id).toBe(cadreId);
  });

  it('executes the next request after an event on a table it read, and shows the change (read-your-writes)', async () => {
    const talks = await ask(TALKS);
    expect((await ask(TALKS)).cache).toBe('hit');
    await interview();
    const after = await ask(TALKS);
    expect(after.cache).toBeNull();
    expect(after.data.talkRecords.totalCount).toBe(talks.data.talkRecords.totalCount + 1);

    const requests = await ask(REQUESTS);
    await serviceRequest();
    const moreRequests = await ask(REQUESTS);
    expect(moreRequests.cache).toBeNull();
    expect(moreRequests.data.serviceRequests.totalCount).toBe(requests.data.serviceRequests.totalCount + 1);
  });

  it('shows a corrected name on the roster and in the dossier the moment the correction is answered', async () => {
    await ask(ROSTER);
    await ask(DOSSIER, admin, { id: cadreId });
    expect((await ask(ROSTER)).cache).toBe('hit');
    await command('correctCadreProfile', 'CorrectCadreProfileInput', {
      cadreId,
      changes: { name: '更正后' },
      reason: '户籍信息更正',
    });
    const roster = await ask(ROSTER);
    const dossier = await ask(DOSSIER, admin, { id: cadreId });
    expect([roster.cache, dossier.cache]).toEqual([null, null]);
    expect(roster.data.cadres.edges.find((edge: any) => edge.node.id === cadreId).node.name).toBe('更正后');
    expect(dossier.data.cadre.name).toBe('更正后');
  });

  it('still masks and scopes per role and village when an answer outlives unrelated events', async () => {
    const { data } = await t.post('{ villages(first: 2) { edges { node { id } } } }', {}, admin);
    const [villageA, villageB] = data.villages.edges.map((edge: any) => edge.node.id);
    const [inA, inB, external] = [
      await t.signInAs('VILLAGE', villageA),
      await t.signInAs('VILLAGE', villageB),
      t.apiKey(),
    ];
    await ask(ROSTER, inA);
    await ask(ROSTER, inB);
    await ask(ROSTER, external);
    await serviceRequest();
    await interview();
    const [a, b, masked] = [await ask(ROSTER, inA), await ask(ROSTER, inB), await ask(ROSTER, external)];
    expect([a.cache, b.cache, masked.cache]).toEqual(['hit', 'hit', 'hit']);
    const villagesOf = (answer: typeof a) =>
      new Set(answer.data.cadres.edges.map((edge: any) => edge.node.villageId));
    expect([...villagesOf(a)]).toEqual([villageA]);
    expect([...villagesOf(b)]).toEqual([villageB]);
    expect(JSON.stringify(masked.data)).not.toMatch(/"idNumber":"\d{17}[\dX]"/);
    expect(JSON.stringify((await ask(ROSTER)).data)).toMatch(/"idNumber":"\d{17}[\dX]"/);
  });

  it('ties the statistics (kept per checkpoint) to every event', async () => {
    const query = '{ statistics { serviceRequestsResolved } }';
    await ask(query);
    expect((await ask(query)).cache).toBe('hit');
    await serviceRequest();
    expect((await ask(query)).cache).toBeNull();
  });

  it('keeps answers only until the next event when told to (the former cache, for the benchmarks)', async () => {
    const former = await startGateway({ system: t.system, port: 0, answerCache: { untilAnyEvent: true } });
    try {
      await ask(ROSTER, admin, undefined, former.url);
      expect((await ask(ROSTER, admin, undefined, former.url)).cache).toBe('hit');
      await serviceRequest();
      expect((await ask(ROSTER, admin, undefined, former.url)).cache).toBeNull();
      expect(former.answerCache.counts).toMatchObject({ hits: 1, stored: 2 });
    } finally {
      await former.stop();
    }
  });
});
