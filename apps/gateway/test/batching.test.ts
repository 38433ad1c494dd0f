import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_SIZE } from '../src/protection/batch-limit.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

let t: TestGateway;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await startTestGateway({ now: () => new Date('2026-06-01T08:00:00Z') });
  admin = await t.signInAs('ADMIN');
});

afterAll(async () => {
  await t.stop();
});

async function postBatch(operations: unknown[], headers: Record<string, string> = {}) {
  const response = await fetch(`${t.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin, ...headers },
    body: JSON.stringify(operations),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('operation batching (a JSON array of operations in one POST)', () => {
  it(`answers each of up to ${MAX_BATCH_SIZE} operations, in order`, async () => {
    const { status, body } = await postBatch([
      { query: '{ cadres(first: 1) { totalCount } }' },
      {
        query: 'query Villages($first: Int) { villages(first: $first) { totalCount } }',
        variables: { first: 5 },
      },
      { query: '{ townships { id } }' },
      { query: 'query Typename { __typename }', operationName: 'Typename' },
      { query: 'query One($id: ID!) { cadre(id: $id) { id } }', variables: { id: 'no-such-cadre' } },
    ]);
    expect(status).toBe(200);
    expect(body).toEqual([
      { data: { cadres: { totalCount: 0 } } },
      { data: { villages: { totalCount: 0 } } },
      { data: { townships: [] } },
      { data: { __typename: 'Query' } },
      { data: { cadre: null } },
    ]);
  });

  it('answers an operation refused inside a batch with its own coded error, and the others with data', async () => {
    const { status, body } = await postBatch(
      [{ query: '{ personalDataReads { actor } }' }, { query: '{ cadres(first: 1) { totalCount } }' }],
      { 'accept-language': 'en' },
    );
    expect(status).toBe(200);
    expect(body[0].data).toBeUndefined();
    expect(body[0].errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body[0].errors[0].message).toBe(body[0].errors[0].extensions.messages.en);
    expect(body[1]).toEqual({ data: { cadres: { totalCount: 0 } } });
  });

  it(`refuses a batch of ${MAX_BATCH_SIZE + 1} with 400 and a coded error in zh-CN and en, running none`, async () => {
    const operations = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => ({ query: '{ __typename }' }));
    const messages = {
      zh: `一次请求最多批量提交 ${MAX_BATCH_SIZE} 个操作，本次有 ${MAX_BATCH_SIZE + 1} 个`,
      en: `A request may batch at most ${MAX_BATCH_SIZE} operations; this one has ${MAX_BATCH_SIZE + 1}`,
    };
    const zh = await postBatch(operations);
    expect(zh.status).toBe(400);
    expect(zh.body).toEqual({
      errors: [{ message: messages.zh, extensions: { code: 'BAD_REQUEST', messages } }],
    });
    const en = await postBatch(operations, { 'accept-language': 'en' });
    expect(en.status).toBe(400);
    expect(en.body.errors[0].message).toBe(messages.en);
  });

  it('refuses a batch with an element that is not an operation, running none', async () => {
    const { status, body } = await postBatch([{ query: '{ __typename }' }, 'query { __typename }']);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: '批量请求的每一项都须是一个操作对象（query、variables…）',
        extensions: {
          code: 'BAD_REQUEST',
          messages: {
            zh: '批量请求的每一项都须是一个操作对象（query、variables…）',
            en: 'Each element of a batch must be an operation object (query, variables…)',
          },
        },
      },
    ]);
  });

  it('refuses an empty batch with a coded error in both languages', async () => {
    const { status, body } = await postBatch([], { 'accept-language': 'en' });
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: 'The batch holds no operations',
          extensions: {
            code: 'BAD_REQUEST',
            messages: { zh: '批量请求中没有任何操作', en: 'The batch holds no operations' },
          },
        },
      ],
    });
  });
});
