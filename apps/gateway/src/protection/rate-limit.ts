import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, type HttpHandler } from '../http/http-handler.js';
import { sendGraphQLError } from './graphql-error-response.js';
import { type BucketVerdict, type RateBuckets, TokenBuckets } from './token-buckets.js';

export interface RateLimitOptions {
  /** Requests per minute for an authenticated client (an API key, a signed-in user). */
  perClientPerMinute?: number;
  /** Requests per minute for each IP address without credentials. */
  perAnonymousIpPerMinute?: number;
  /**
   * The authenticated client a request comes from, e.g. `api-key:<id>`; undefined for an anonymous one.
   * Read it from what the authentication middleware verified, never from a raw header: an unchecked
   * header would hand every made-up key a fresh budget.
   */
  clientOf?: (req: IncomingMessage, res: ServerResponse) => string | undefined;
  maxBuckets?: number;
  /** Where the budgets are kept: this process's own buckets unless given (reader processes share the writer's). */
  buckets?: RateBuckets;
  now?: () => number;
}

export const RATE_LIMITS = { perClientPerMinute: 300, perAnonymousIpPerMinute: 120 } as const;

/**
 * Answers 429 with `Retry-After` once a client has spent its budget. Anonymous callers are counted by
 * the connection's address (see `clientAddress`).
 */
export function rateLimit({
  perClientPerMinute = RATE_LIMITS.perClientPerMinute,
  perAnonymousIpPerMinute = RATE_LIMITS.perAnonymousIpPerMinute,
  clientOf = () => undefined,
  maxBuckets,
  buckets = new TokenBuckets(maxBuckets === undefined ? {} : { maxBuckets }),
  now = Date.now,
}: RateLimitOptions = {}): HttpHandler {
  return (req, res, next) => {
    const client = clientOf(req, res);
    const [key, capacity] = client
      ? [`client:${client}`, perClientPerMinute]
      : [`ip:${clientAddress(req)}`, perAnonymousIpPerMinute];
    const verdict = buckets.take(key, capacity, now());
    if (verdict instanceof Promise) return verdict.then((later) => pass(later, req, res, next));
    pass(verdict, req, res, next);
  };
}

/** On to the next handler, or 429 with `Retry-After` once the budget is spent. */
function pass(verdict: BucketVerdict, req: IncomingMessage, res: ServerResponse, next: () => void): void {
  if (verdict.allowed) {
    next();
    return;
  }
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
  res.setHeader('Retry-After', String(seconds));
  sendGraphQLError(req, res, {
    status: 429,
    code: 'RATE_LIMITED',
    messages: {
      zh: `请求过于频繁，请 ${seconds} 秒后重试`,
      en: `Too many requests; try again in ${seconds} s`,
    },
  });
}
