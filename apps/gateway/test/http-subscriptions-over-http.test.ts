import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/http/http-server.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});

afterAll(async () => {
  await t.stop();
});

const SUBSCRIPTIONS = [
  'subscription { eventAppended { position } }',
  'subscription Watch($id: ID!) { cadreChanged(id: $id) { id } }',
  // graphql-js's validation would throw on this one (it reads @include without the variables)
  'subscription($flag: Boolean!) { eventAppended @include(if: $flag) { position } }',
];

describe('a subscription sent over HTTP', () => {
  it.each(SUBSCRIPTIONS)('is a coded 400 in zh-CN and en, whoever sends it: %s', async (query) => {
    for (const headers of [await t.signInAs('ADMIN'), t.apiKey(), {}]) {
      const response = await fetch(`${t.gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables: { id: 'x', flag: true } }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors).toEqual([
        {
          message: expect.stringMatching(/^订阅须通过 WebSocket/),
          extensions: {
            code: 'BAD_REQUEST',
            messages: {
              zh: expect.stringMatching(/^订阅须通过 WebSocket/),
              en: expect.stringMatching(/^Subscriptions are served over WebSocket/),
            },
          },
        },
      ]);
    }
  });

  it('is refused in a GET and inside a batch too, in the caller language', async () => {
    const admin = await t.signInAs('ADMIN');
    const get = await fetch(
      `${t.gateway.url}/graphql?${new URLSearchParams({ query: SUBSCRIPTIONS[2]!, variables: '{"flag":true}' })}`,
      { headers: { ...admin, 'apollo-require-preflight': '1', 'accept-language': 'en' } },
    );
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].message).toMatch(/^Subscriptions are served over WebSocket/);
    const batch = await fetch(`${t.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: SUBSCRIPTIONS[0] }]),
    });
    expect(batch.status).toBe(400);
    expect(((await batch.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('a subscription among the trusted documents, asked for by its hash over HTTP', () => {
  it('is refused with the same coded 400 before it runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-trusted-subscription-'));
    const document = SUBSCRIPTIONS[0]!;
    const hash = createHash('sha256').update(document).digest('hex');
    writeFileSync(join(dir, 'persisted-documents.json'), JSON.stringify({ [hash]: document }));
    const gateway = await startGateway({
      system: t.system,
      port: 0,
      trustedDocuments: join(dir, 'persisted-documents.json'),
    });
    try {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'en',
          ...(await t.signInAs('ADMIN')),
        },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0]).toMatchObject({
        message: expect.stringMatching(/^Subscriptions are served over WebSocket/),
        extensions: { code: 'BAD_REQUEST' },
      });
    } finally {
      await gateway.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
