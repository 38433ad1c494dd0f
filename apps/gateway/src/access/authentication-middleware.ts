import type { ServerResponse } from 'node:http';
import type { HttpHandler } from '../http/http-handler.js';
import { sendGraphQLError } from '../protection/graphql-error-response.js';
import type { Credentials } from './accounts.js';
import type { Principal } from './roles.js';

const INVALID_CREDENTIALS = {
  zh: '登录已过期或凭据无效，请重新登录',
  en: 'The session has expired or the credentials are not valid; sign in again',
};

interface Authentication {
  principal: Principal | null;
  credentialsRejected: boolean;
}

const authentications = new WeakMap<ServerResponse, Authentication>();

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Finds the caller's principal (null without credentials), read back with `principalOf(res)`. Credentials that do not check
 * out are only marked here, so that the rate limiter can still charge the caller's IP before
 * `refuseRejectedCredentials` answers 401.
 */
export function authenticateRequests(accounts: {
  authenticate(credentials: Credentials): Principal | null;
}): HttpHandler {
  return (req, res, next) => {
    const credentials = {
      authorization: header(req.headers.authorization),
      apiKey: header(req.headers['x-api-key']),
    };
    const principal = accounts.authenticate(credentials);
    authentications.set(res, {
      principal,
      credentialsRejected:
        !principal && (credentials.authorization !== undefined || credentials.apiKey !== undefined),
    });
    next();
  };
}

/**
 * Answers 401 to credentials that did not check out, rather than serving them as anonymous: a client
 * learns at once that its session ended or its key was revoked.
 */
export function refuseRejectedCredentials(): HttpHandler {
  return (req, res, next) => {
    if (!authentications.get(res)?.credentialsRejected) {
      next();
      return;
    }
    sendGraphQLError(req, res, { status: 401, code: 'UNAUTHENTICATED', messages: INVALID_CREDENTIALS });
  };
}

/** The principal `authenticateRequests` found for this response's request. */
export function principalOf(res: ServerResponse): Principal | null {
  return authentications.get(res)?.principal ?? null;
}
