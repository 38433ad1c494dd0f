import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { Principal } from '../src/access/roles.js';
import { graphqlHttpGuards } from '../src/protection/graphql-http-guards.js';
import { TokenBuckets } from '../src/protection/token-buckets.js';

describe('token buckets', () => {
  it('allow the budget at once, then one request per refill interval', () => {
    const buckets = new TokenBuckets();
    let now = 1_000_000;
    for (let i = 0; i < 60; i++) expect(buckets.take('a', 60, now).allowed).toBe(true);
    const refused = buckets.take('a', 60, now);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 1000 });
    now += 999;
    expect(buckets.take('a', 60, now).allowed).toBe(false);
    now += 1;
    expect(buckets.take('a', 60, now).allowed).toBe(true);
    expect(buckets.take('b', 60, now).allowed).toBe(true);
  });

  it('forget buckets that have refilled, and never hold more than the cap', () => {
    const buckets = new TokenBuckets({ maxBuckets: 100 });
    let now = 0;
    for (let i = 0; i < 1000; i++) buckets.take(`ip-${i}`, 120, now);
    expect(buckets.size).toBe(100);
    now += 61_000;
    buckets.take('late', 120, now);
    expect(buckets.size).toBe(1);
  });
});

describe('the rate limiter in front of /graphql', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  const external: Principal = { kind: 'api-key', id: 'key-1', name: '区级平台', role: 'EXTERNAL' };

  async function start(now: () => number) {
    const app = express();
    app.use(
      '/graphql',
      ...graphqlHttpGuards({
        accounts: { authenticate: ({ apiKey }) => (apiKey === 'ck_valid' ? external : null) },
        rateLimit: { perClientPerMinute: 5, perAnonymousIpPerMinute: 3, now },
      }),
      (_req: express.Request, res: express.Response) => {
        res.json({ data: { __typename: 'Query' } });
      },
    );
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    return (headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
  }

  it('answers 429 with Retry-After and a GraphQL error once the budget is spent, then recovers', async () => {
    let now = 5_000_000;
    const post = await start(() => now);
    for (let i = 0; i < 3; i++) expect((await post()).status).toBe(200);
    const limited = await post({ 'accept-language': 'en' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('20');
    expect(await limited.json()).toEqual({
      errors: [
        {
          message: 'Too many requests; try again in 20 s',
          extensions: {
            code: 'RATE_LIMITED',
            messages: { zh: '请求过于频繁，请 20 秒后重试', en: 'Too many requests; try again in 20 s' },
          },
        },
      ],
    });
    now += 20_000;
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(429);
  });

  it('gives a verified API key its own, larger budget', async () => {
    const now = 9_000_000;
    const post = await start(() => now);
    for (let i = 0; i < 3; i++) await post();
    expect((await post()).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await post({ 'x-api-key': 'ck_valid' })).status).toBe(200);
    expect((await post({ 'x-api-key': 'ck_valid' })).status).toBe(429);
  });

  it('charges made-up credentials to the IP, so guessing keys is throttled too', async () => {
    const now = 12_000_000;
    const post = await start(() => now);
    for (let i = 0; i < 3; i++) expect((await post({ 'x-api-key': `ck_guess_${i}` })).status).toBe(401);
    expect((await post({ 'x-api-key': 'ck_guess_3' })).status).toBe(429);
    expect((await post({ authorization: 'Bearer forged' })).status).toBe(429);
  });
});
