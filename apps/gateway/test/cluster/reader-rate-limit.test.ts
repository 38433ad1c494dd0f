import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeasedTokenBuckets } from '../../src/cluster/leased-token-buckets.js';
import { TokenBuckets } from '../../src/protection/token-buckets.js';
import { type ClusterGateway, startClusterGateway } from './cluster-gateway.js';

describe('leased token buckets (a reader spending the writer budget)', () => {
  it('grant no more than the one budget, whichever reader asks, and ask one lease at a time per key', async () => {
    const budget = new TokenBuckets();
    let leases = 0;
    const lease = async (key: string, capacity: number, wanted: number) => {
      leases++;
      await new Promise((resolve) => setImmediate(resolve));
      return budget.takeUpTo(key, capacity, wanted, 0);
    };
    const readers = [new LeasedTokenBuckets(lease), new LeasedTokenBuckets(lease)];
    const verdicts = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => readers[i % 2]!.take('client:a', 600)),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(600);
    const refused = verdicts.find((verdict) => !verdict.allowed)!;
    expect(refused.retryAfterMs).toBe(100);
    // 600 a minute is 10 a lease: 60 leases granted, then at most a few refused ones.
    expect(leases).toBeLessThan(80);
    expect((await readers[0]!.take('client:b', 600)).allowed).toBe(true);
  });
});

describe('rate limits with two reader processes', () => {
  let gateway: ClusterGateway;
  beforeAll(async () => {
    gateway = await startClusterGateway({ readers: 2, rateLimit: { perClientPerMinute: 12 } });
  }, 120_000);
  afterAll(() => gateway?.stop());

  it("count a client's requests once across the readers, not once per reader", async () => {
    const answers = [];
    // Each request on a new connection: the cluster hands them to the readers in turn.
    for (let i = 0; i < 30; i++) answers.push(await gateway.graphql('{ __typename }'));
    const served = answers.filter((answer) => answer.data?.__typename === 'Query');
    const limited = answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    // 12 at once, and at most one more refilled while the test runs (one every 5 s).
    expect(served.length).toBeGreaterThanOrEqual(12);
    expect(served.length).toBeLessThanOrEqual(13);
    expect(limited).toHaveLength(30 - served.length);
    expect(limited[0]!.errors?.[0].message).toMatch(/请求过于频繁/);
  }, 120_000);
});
