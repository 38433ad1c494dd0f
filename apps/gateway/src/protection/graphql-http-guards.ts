import express, { type RequestHandler } from 'express';
import type { Credentials } from '../access/accounts.js';
import {
  authenticateRequests,
  principalOf,
  refuseRejectedCredentials,
} from '../access/authentication-middleware.js';
import { actorOf, type Principal } from '../access/roles.js';
import { batchLimit, MAX_BATCH_SIZE } from './batch-limit.js';
import { type RateLimitOptions, rateLimit } from './rate-limit.js';

export interface GraphQLHttpGuardOptions {
  accounts: { authenticate(credentials: Credentials): Principal | null };
  rateLimit?: Omit<RateLimitOptions, 'clientOf'>;
  maxBatch?: number;
  /** Largest JSON body accepted. */
  bodyLimit?: string;
}

/**
 * What stands in front of Apollo at /graphql, in this order: who is calling (cheap, headers only), how
 * often they may (their own budget once verified, their IP's otherwise, so made-up credentials spend
 * the IP's), a 401 for credentials that did not check out, then the body is parsed and a batch bounded. Mount as `app.use('/graphql', ...graphqlHttpGuards(...), expressMiddleware(...))` and
 * read the caller with `principalOf(res)` in the context function.
 */
export function graphqlHttpGuards({
  accounts,
  rateLimit: limits = {},
  maxBatch = MAX_BATCH_SIZE,
  bodyLimit = '1mb',
}: GraphQLHttpGuardOptions): RequestHandler[] {
  return [
    authenticateRequests(accounts),
    rateLimit({
      ...limits,
      clientOf: (_req, res) => {
        const principal = principalOf(res);
        return principal ? actorOf(principal) : undefined;
      },
    }),
    refuseRejectedCredentials(),
    express.json({ limit: bodyLimit }),
    batchLimit(maxBatch),
  ];
}
