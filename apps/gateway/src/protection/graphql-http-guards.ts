import type { Credentials } from '../access/accounts.js';
import {
  authenticateRequests,
  principalOf,
  refuseRejectedCredentials,
} from '../access/authentication-middleware.js';
import { actorOf, type Principal } from '../access/roles.js';
import type { HttpHandler } from '../http/http-handler.js';
import { jsonBody } from '../http/json-body.js';
import { batchLimit, MAX_BATCH_SIZE } from './batch-limit.js';
import { graphqlRequestShape } from './graphql-request-shape.js';
import { type RateLimitOptions, rateLimit } from './rate-limit.js';

export interface GraphQLHttpGuardOptions {
  accounts: { authenticate(credentials: Credentials): Principal | null };
  rateLimit?: Omit<RateLimitOptions, 'clientOf'>;
  maxBatch?: number;
  /** Largest JSON body accepted, in bytes. */
  bodyLimit?: number;
}

/**
 * What stands in front of Apollo at /graphql, in this order: who is calling (cheap, headers only), how
 * often they may (their own budget once verified, their IP's otherwise, so made-up credentials spend
 * the IP's), a 401 for credentials that did not check out, then the body is parsed, a batch bounded and
 * the request's shape checked (method, Accept, content type, each operation's parts). Run them with
 * `inSequence` before the GraphQL handler, which reads the caller with `principalOf(res)`.
 */
export function graphqlHttpGuards({
  accounts,
  rateLimit: limits = {},
  maxBatch = MAX_BATCH_SIZE,
  bodyLimit = 2 ** 20,
}: GraphQLHttpGuardOptions): HttpHandler[] {
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
    jsonBody(bodyLimit),
    batchLimit(maxBatch),
    graphqlRequestShape(),
  ];
}
