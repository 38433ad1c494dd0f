import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrustedDocumentsCache } from '../src/graphql/trusted-documents.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const QUERY = '{ cadres(first: 1) { totalCount } }';

let t: TestGateway;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await startTestGateway();
  admin = await t.signInAs('ADMIN');
});

afterAll(async () => {
  await t.stop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('automatic persisted queries that do not add up', () => {
  it('refuses a hash that is not the query text’s with a coded 400 in zh-CN and en', async () => {
    const wrong = {
      query: QUERY,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ x }') } },
    };
    const zh = await post(wrong);
    expect(zh.status).toBe(400);
    expect(zh.body.errors[0]).toEqual({
      message: expect.stringMatching(/^预存查询的哈希与查询文本不符/),
      extensions: {
        code: 'BAD_REQUEST',
        messages: {
          zh: expect.stringMatching(/^预存查询的哈希与查询文本不符/),
          en: expect.stringMatching(/^The persisted query hash does not match the query/),
        },
      },
    });
    const en = await post(wrong, { 'accept-language': 'en' });
    expect(en.body.errors[0].message).toMatch(/^The persisted query hash does not match the query/);
    // the right hash registers the text, and then the hash alone answers
    const hash = sha256(QUERY);
    expect(
      (await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).body,
    ).toEqual({
      data: { cadres: { totalCount: 0 } },
    });
    expect((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).body).toEqual({
      data: { cadres: { totalCount: 0 } },
    });
  });

  it('refuses another version, or a persistedQuery that is no object, as not supported', async () => {
    for (const persistedQuery of [{ version: 2, sha256Hash: sha256(QUERY) }, 'x', [1]]) {
      const { status, body } = await post({ query: QUERY, extensions: { persistedQuery } });
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({
        message: expect.stringMatching(/^不支持此版本的预存查询/),
        extensions: {
          code: 'PERSISTED_QUERY_NOT_SUPPORTED',
          messages: { en: expect.stringMatching(/^Unsupported/) },
        },
      });
    }
  });

  it('refuses a sha256Hash that is no string as a bad request, not an internal error', async () => {
    for (const sha256Hash of [{ a: 1 }, [sha256(QUERY)], 7]) {
      const { status, body } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({
        message: 'extensions.persistedQuery.sha256Hash 须为字符串',
        extensions: {
          code: 'BAD_REQUEST',
          messages: { en: 'extensions.persistedQuery.sha256Hash must be a string' },
        },
      });
    }
  });

  it('keeps the registered texts within a bound in characters, the oldest forgotten first', async () => {
    const cache = new TrustedDocumentsCache(new Map([['trusted', '{ __typename }']]));
    const big = (n: number) => `{ __typename } #${String(n).repeat(900_000)}`;
    for (let n = 1; n <= 6; n++) await cache.set(`apq:${n}`, big(n));
    expect(await cache.get('apq:1')).toBeUndefined();
    expect(await cache.get('apq:2')).toBeUndefined();
    expect(await cache.get('apq:6')).toBe(big(6));
    expect(await cache.get('apq:trusted')).toBe('{ __typename }');
    // a text larger than the whole bound is not kept at all
    await cache.set('apq:huge', 'x'.repeat(4_000_001));
    expect(await cache.get('apq:huge')).toBeUndefined();
    expect(await cache.get('apq:6')).toBe(big(6));
  });
});
