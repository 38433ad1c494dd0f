export interface BucketVerdict {
  allowed: boolean;
  /** When refused: how long until one token is back. */
  retryAfterMs: number;
}

/** Whatever decides a client's next request: the buckets of this process, or a share of the writer's. */
export interface RateBuckets {
  take(key: string, capacity: number, now: number): BucketVerdict | Promise<BucketVerdict>;
}

/** Tokens granted at once out of a bucket, and when refused, how long until one is back. */
export interface Grant {
  granted: number;
  retryAfterMs: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  capacity: number;
}

export interface TokenBucketsOptions {
  /** At most this many clients are remembered; the least recently seen is forgotten first. */
  maxBuckets?: number;
}

/**
 * Token buckets by client key: a bucket holds up to `capacity` requests and refills at `capacity` per
 * minute. A bucket that has refilled completely is the same as no bucket, so it is dropped: memory
 * follows the clients active in the last minute, capped by `maxBuckets`.
 */
export class TokenBuckets implements RateBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxBuckets: number;
  private lastSweep = 0;

  constructor({ maxBuckets = 10_000 }: TokenBucketsOptions = {}) {
    this.maxBuckets = maxBuckets;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string, capacity: number, now: number): BucketVerdict {
    const { granted, retryAfterMs } = this.takeUpTo(key, capacity, 1, now);
    return { allowed: granted === 1, retryAfterMs };
  }

  /** Up to `wanted` whole tokens at once (a reader process's lease, see cluster/leased-token-buckets.ts). */
  takeUpTo(key: string, capacity: number, wanted: number, now: number): Grant {
    this.sweep(now);
    const refillPerMs = capacity / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now, capacity };
    bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = now;
    bucket.capacity = capacity;
    // re-inserted so that Map order is least recently seen first
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxBuckets) this.forgetLeastRecent();
    if (bucket.tokens >= 1) {
      const granted = Math.min(wanted, Math.floor(bucket.tokens));
      bucket.tokens -= granted;
      return { granted, retryAfterMs: 0 };
    }
    return { granted: 0, retryAfterMs: Math.ceil((1 - bucket.tokens) / refillPerMs) };
  }

  /** At most once a second: drop every bucket that is full again by now. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      const refilled = bucket.tokens + ((now - bucket.updatedAt) * bucket.capacity) / 60_000;
      if (refilled >= bucket.capacity) this.buckets.delete(key);
    }
  }

  private forgetLeastRecent(): void {
    const oldest = this.buckets.keys().next();
    if (!oldest.done) this.buckets.delete(oldest.value);
  }
}
