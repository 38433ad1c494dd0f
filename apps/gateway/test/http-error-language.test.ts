import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});

afterAll(async () => {
  await t.stop();
});

const INVALID_CURSOR = {
  zh: '分页游标无效，请从第一页重新开始',
  en: 'Invalid page cursor; start again from the first page',
};

describe('a domain rule a resolver leaves uncaught', () => {
  it.each([
    '{ cadres(after: "toString") { totalCount } }',
    '{ villages(after: "toString") { totalCount } }',
    '{ honors(after: "%%%") { totalCount } }',
  ])('answers in the caller language, coded: %s', async (query) => {
    for (const [language, message] of [
      ['en', INVALID_CURSOR.en],
      ['zh-CN', INVALID_CURSOR.zh],
    ] as const) {
      const { errors } = await t.graphql(query, {}, { 'accept-language': language });
      expect(errors).toEqual([
        expect.objectContaining({
          message,
          extensions: {
            code: 'BAD_USER_INPUT',
            rule: 'INVALID_CURSOR',
            field: 'after',
            messages: INVALID_CURSOR,
          },
        }),
      ]);
    }
  });
});
