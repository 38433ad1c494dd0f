import { randomUUID } from 'node:crypto';
import { newReadScope, type ReadScope } from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerCache } from '../src/answer-cache/answer-cache.js';
import { momentOf, validityOf } from '../src/answer-cache/answer-validity.js';
import { CACHEABLE_QUERY_FIELDS, UNCACHEABLE_QUERY_FIELDS } from '../src/answer-cache/cacheable-fields.js';
import { buildSchema } from '../src/graphql/apollo.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { aVillage } from './support/village-setup.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const ROSTER = '{ cadres(first: 50) { totalCount edges { node { id name idNumber phone } } } }';
const REGISTER = `mutation Register($commandId: ID!, $input: RegisterCadreInput!) {
  registerCadre(commandId: $commandId, input: $input) { cadre { id } } }`;

describe('the answer cache of the gateway', () => {
  let t: TestGateway;
  let villageA: string;
  let villageB: string;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    const { data } = await t.graphql('{ villages(first: 2) { edges { node { id } } } }');
    [villageA, villageB] = data.villages.edges.map((edge: any) => edge.node.id);
  });
  afterAll(() => t.stop());

  /** Posts exactly this body text, so that repeated requests are byte-identical. */
  async function raw(body: string, headers: Record<string, string>, contentType = 'application/json') {
    const response = await fetch(`${t.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers },
      body,
    });
    return {
      status: response.status,
      cache: response.headers.get('x-answer-cache'),
      text: await response.text(),
    };
  }
  const query = (text: string, variables?: object) => JSON.stringify({ query: text, variables });

  it('answers a repeated request byte for byte from the cache, until an event is applied', async () => {
    const admin = await t.signInAs('ADMIN');
    const villageId = await aVillage(t.system);
    const first = await raw(query(ROSTER), admin);
    const second = await raw(query(ROSTER), admin);
    expect(first.cache).toBeNull();
    expect(second.cache).toBe('hit');
    expect(second.text).toBe(first.text);

    const registered = await t.graphql(REGISTER, {
      commandId: randomUUID(),
      input: {
        villageId,
        profile: {
          name: '缓存测试',
          gender: 'FEMALE',
          birthDate: '1949-12-31',
          idNumber: '11010519491231002X',
          educationLevel: 'BACHELOR',
        },
      },
    });
    expect(registered.errors).toBeUndefined();
    const after = await raw(query(ROSTER), admin);
    expect(after.cache).toBeNull();
    expect(JSON.parse(after.text).data.cadres.totalCount).toBe(
      JSON.parse(first.text).data.cadres.totalCount + 1,
    );
  });

  it('never serves one role or village the answer made for another', async () => {
    const body = query(ROSTER);
    const admin = await raw(body, await t.signInAs('ADMIN'));
    const external = await raw(body, t.apiKey());
    const externalAgain = await raw(body, t.apiKey());
    const inA = await raw(
      query('{ cadres(first: 50) { totalCount edges { node { id idNumber villageId } } } }'),
      await t.signInAs('VILLAGE', villageA),
    );
    const inB = await raw(
      query('{ cadres(first: 50) { totalCount edges { node { id idNumber villageId } } } }'),
      await t.signInAs('VILLAGE', villageB),
    );

    expect(external.cache).toBeNull();
    expect(externalAgain.cache).toBe('hit');
    expect(external.text).not.toBe(admin.text);
    expect(admin.text).toMatch(/"idNumber":"\d{17}[\dX]"/);
    expect(external.text).not.toMatch(/"idNumber":"\d{17}[\dX]"/);
    expect(inB.cache).toBeNull();
    const villagesOf = (text: string) =>
      new Set(JSON.parse(text).data.cadres.edges.map((e: any) => e.node.villageId));
    expect([...villagesOf(inA.text)]).toEqual([villageA]);
    expect([...villagesOf(inB.text)]).toEqual([villageB]);
  });

  it('logs the personal data of a cached answer under the name of each caller it is served to', async () => {
    const body = query('{ cadres(first: 3) { edges { node { id idNumber } } } }');
    const [first, second] = [await t.signInAs('ADMIN'), await t.signInAs('ADMIN')];
    const answered = await raw(body, first);
    const cached = await raw(body, second);
    expect(cached.cache).toBe('hit');
    const cadreId = JSON.parse(answered.text).data.cadres.edges[0].node.id;

    const auditor = await t.signInAs('AUDITOR');
    const { data } = await t.post(
      'query($id: ID) { personalDataReads(cadreId: $id) { actor fields operation } }',
      { id: cadreId },
      auditor,
    );
    const me = async (headers: Record<string, string>) =>
      (await t.post('{ me { id } }', {}, headers)).data.me.id;
    const actors = data.personalDataReads.map((read: any) => read.actor);
    expect(actors).toContain(`user:${await me(first)}`);
    expect(actors).toContain(`user:${await me(second)}`);
    expect(data.personalDataReads[0]).toMatchObject({ fields: ['idNumber'], operation: 'cadres' });
  });

  it('answers afresh what is not a read-model query, any answer with errors, and a post that is not JSON', async () => {
    const admin = await t.signInAs('ADMIN');
    const auditor = await t.signInAs('AUDITOR');
    for (const [text, headers] of [
      ['{ me { id } }', admin],
      ['{ integrityCheck { ok } }', auditor],
      ['{ cadres(first: 1, after: "not-a-cursor") { totalCount } }', admin],
      ['{ __typename }', admin],
    ] as const) {
      await raw(query(text), headers);
      expect((await raw(query(text), headers)).cache, text).toBeNull();
    }
    // A CSRF-style simple post with the very bytes of a cached request is refused, not served.
    await raw(query(ROSTER), admin);
    const simple = await raw(query(ROSTER), admin, 'text/plain');
    expect(simple.cache).toBeNull();
    expect(simple.status).toBe(400);
  });

  it('refuses a body too large, compressed or not JSON with a coded error in the caller language', async () => {
    const admin = await t.signInAs('ADMIN');
    const huge = await raw(JSON.stringify({ query: `{ __typename } #${'x'.repeat(2 ** 20)}` }), admin);
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await raw('{"query": ', { ...admin, 'accept-language': 'en' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.text).errors[0]).toMatchObject({
      message: 'The request body is not valid JSON',
      extensions: { code: 'BAD_REQUEST' },
    });
    const zipped = await raw(query('{ __typename }'), { ...admin, 'content-encoding': 'gzip' });
    expect(zipped.status).toBe(415);
    expect(JSON.parse(zipped.text).errors[0].message).toBe('请求体须为未压缩的 UTF-8 JSON');
  });
});

describe('the answer cache itself', () => {
  const answer = (text: string) => ({ body: Buffer.from(text), headers: [], disclosureIds: [] });
  const tables = (epoch: number, versions: Record<string, number>) => ({
    epoch,
    versions: new Map(Object.entries(versions)),
  });
  const noon = new Date('2026-11-25T04:00:00Z');
  const at = (versions: Record<string, number>, checkpoint = 7n, now = noon, epoch = 1) =>
    momentOf(now, checkpoint, tables(epoch, versions));
  const reads = (names: string[], more: Partial<ReadScope> = {}): ReadScope => ({
    ...newReadScope(),
    tables: new Set(names),
    ...more,
  });

  it('serves an answer while the tables it read keep their versions, whatever else moves', () => {
    const cache = new AnswerCache();
    const start = at({ cadres: 3, posts: 1, talks: 5 });
    cache.store('k', validityOf(start, reads(['cadres', 'posts'])), answer('a'));
    expect(cache.lookup('k', at({ cadres: 3, posts: 1, talks: 6 }, 9n))?.body.toString()).toBe('a');
    expect(cache.lookup('k', at({ cadres: 4, posts: 1, talks: 6 }, 9n))).toBeUndefined();
    expect(cache.lookup('k', start)).toBeUndefined();
    expect(cache.counts).toEqual({ hits: 1, misses: 2, stored: 1 });
  });

  it('ties an answer that read the events as a whole, or no table at all, to the checkpoint', () => {
    const cache = new AnswerCache();
    const start = at({ cadres: 3 });
    cache.store('store', validityOf(start, reads(['cadres'], { everyEvent: true })), answer('s'));
    cache.store('none', validityOf(start, reads([])), answer('n'));
    expect(cache.lookup('store', start)).toBeDefined();
    expect(cache.lookup('none', start)).toBeDefined();
    expect(cache.lookup('store', at({ cadres: 3 }, 8n))).toBeUndefined();
    expect(cache.lookup('none', at({ cadres: 3 }, 8n))).toBeUndefined();
  });

  it('keeps no answer that read the accounts, and none across a new epoch or midnight in China', () => {
    const cache = new AnswerCache();
    const start = at({ cadres: 3 });
    cache.store('accounts', validityOf(start, reads(['cadres'], { uncacheable: true })), answer('x'));
    expect(cache.size).toBe(0);
    cache.store('k', validityOf(start, reads(['cadres'])), answer('a'));
    expect(cache.lookup('k', at({ cadres: 3 }, 7n, new Date('2026-11-25T15:59:59Z')))).toBeDefined();
    expect(cache.lookup('k', at({ cadres: 3 }, 7n, new Date('2026-11-25T16:00:00Z')))).toBeUndefined();
    cache.store('k', validityOf(start, reads(['cadres'])), answer('a'));
    expect(cache.lookup('k', at({ cadres: 3 }, 7n, noon, 2))).toBeUndefined();
  });

  it('drops the least recently used answers beyond its bounds in entries and bytes', () => {
    const cache = new AnswerCache({ maxEntries: 2, maxBytes: 10 });
    const now = at({ cadres: 1 });
    const valid = validityOf(now, reads(['cadres']));
    cache.store('a', valid, answer('1234'));
    cache.store('b', valid, answer('1234'));
    cache.lookup('a', now);
    cache.store('c', valid, answer('1234'));
    expect([cache.lookup('a', now), cache.lookup('b', now), cache.lookup('c', now)].map(Boolean)).toEqual([
      true,
      false,
      true,
    ]);
    cache.store('d', valid, answer('12345678'));
    expect(cache.size).toBe(1);
    cache.store('e', valid, answer('x'.repeat(11)));
    expect(cache.lookup('e', now)).toBeUndefined();
  });

  it('keeps an answer as its text and serves it as bytes, counting a text at three bytes a character', () => {
    const cache = new AnswerCache({ maxBytes: 12 });
    const now = at({ cadres: 1 });
    const valid = validityOf(now, reads(['cadres']));
    const text = (body: string) => ({ body, headers: [], disclosureIds: [] });
    cache.store('name', valid, text('王建国'));
    const served = cache.lookup('name', now)?.body;
    expect(Buffer.isBuffer(served)).toBe(true);
    expect(served?.toString()).toBe('王建国');
    expect(cache.lookup('name', now)?.body).toBe(served);
    // 9 bytes once encoded, and a text of 5 characters counted as 15: more than the 12 allowed
    cache.store('long', valid, text('12345'));
    expect(cache.lookup('long', now)).toBeUndefined();
    cache.store('short', valid, text('1'));
    expect([cache.lookup('name', now), cache.lookup('short', now)].map(Boolean)).toEqual([true, true]);
  });

  it('classifies every Query field as cacheable or not, once', () => {
    const fields = Object.keys(buildSchema().getQueryType()!.getFields());
    for (const field of fields) {
      expect(CACHEABLE_QUERY_FIELDS.has(field) !== UNCACHEABLE_QUERY_FIELDS.has(field), field).toBe(true);
    }
    expect(CACHEABLE_QUERY_FIELDS.size + UNCACHEABLE_QUERY_FIELDS.size).toBe(fields.length);
  });
});
