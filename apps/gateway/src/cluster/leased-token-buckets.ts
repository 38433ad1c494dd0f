import {
  type BucketVerdict,
  type Grant,
  type RateBuckets,
  TokenBuckets,
} from '../protection/token-buckets.js';

const ALLOWED: BucketVerdict = { allowed: true, retryAfterMs: 0 };
/** Keys holding unspent tokens; past this the oldest are forgotten (their tokens lost, never gained). */
const MAX_KEYS = 10_000;

/**
 * A reader process's share of the writer's rate limits. The budgets live in the writer; a reader takes
 * tokens from them a lease at a time (a second's refill) and spends them locally, so every reader together
 * never grants a client more than its one budget, and most requests do not wait for the writer. One lease
 * is asked per key at a time; requests arriving meanwhile wait for it. Should the writer not answer (it is
 * going away, and the reader with it), this process's own buckets decide meanwhile.
 */
export class LeasedTokenBuckets implements RateBuckets {
  private readonly inHand = new Map<string, number>();
  private readonly asking = new Map<string, Promise<Grant>>();
  private readonly alone = new TokenBuckets();

  constructor(private readonly lease: (key: string, capacity: number, wanted: number) => Promise<Grant>) {}

  take(key: string, capacity: number): BucketVerdict | Promise<BucketVerdict> {
    const tokens = this.inHand.get(key) ?? 0;
    if (tokens >= 1) {
      if (tokens === 1) this.inHand.delete(key);
      else this.inHand.set(key, tokens - 1);
      return ALLOWED;
    }
    return this.leaseFor(key, capacity).then(
      (grant): BucketVerdict | Promise<BucketVerdict> => {
        if (grant.granted === 0) return { allowed: false, retryAfterMs: grant.retryAfterMs };
        return this.take(key, capacity);
      },
      () => this.alone.take(key, capacity, Date.now()),
    );
  }

  private leaseFor(key: string, capacity: number): Promise<Grant> {
    let asked = this.asking.get(key);
    if (!asked) {
      asked = this.lease(key, capacity, Math.max(1, Math.floor(capacity / 60))).then(
        (grant) => {
          this.asking.delete(key);
          if (grant.granted > 0) this.keep(key, grant.granted);
          return grant;
        },
        (error: unknown) => {
          this.asking.delete(key);
          throw error;
        },
      );
      this.asking.set(key, asked);
    }
    return asked;
  }

  private keep(key: string, tokens: number): void {
    this.inHand.set(key, (this.inHand.get(key) ?? 0) + tokens);
    if (this.inHand.size > MAX_KEYS) this.inHand.delete(this.inHand.keys().next().value!);
  }
}
