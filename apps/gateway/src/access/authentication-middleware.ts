import type { RequestHandler, Response } from 'express';
import { sendGraphQLError } from '../protection/graphql-error-response.js';
import type { Credentials } from './accounts.js';
import type { Principal } from './roles.js';

const INVALID_CREDENTIALS = {
  zh: '登录已过期或凭据无效，请重新登录',
  en: 'The session has expired or the credentials are not valid; sign in again',
};

interface AuthenticationLocals {
  principal?: Principal | null;
  credentialsRejected?: boolean;
}

/**
 * Puts the caller's principal in `res.locals` (null without credentials). Credentials that do not check
 * out are only marked here, so that the rate limiter can still charge the caller's IP before
 * `refuseRejectedCredentials` answers 401.
 */
export function authenticateRequests(accounts: {
  authenticate(credentials: Credentials): Principal | null;
}): RequestHandler {
  return (req, res, next) => {
    const credentials = { authorization: req.get('authorization'), apiKey: req.get('x-api-key') };
    const principal = accounts.authenticate(credentials);
    const locals = res.locals as AuthenticationLocals;
    locals.principal = principal;
    locals.credentialsRejected =
      !principal && (credentials.authorization !== undefined || credentials.apiKey !== undefined);
    next();
  };
}

/**
 * Answers 401 to credentials that did not check out, rather than serving them as anonymous: a client
 * learns at once that its session ended or its key was revoked.
 */
export function refuseRejectedCredentials(): RequestHandler {
  return (req, res, next) => {
    if (!(res.locals as AuthenticationLocals).credentialsRejected) {
      next();
      return;
    }
    sendGraphQLError(req, res, { status: 401, code: 'UNAUTHENTICATED', messages: INVALID_CREDENTIALS });
  };
}

/** The principal `authenticateRequests` found for this response's request. */
export function principalOf(res: Response): Principal | null {
  return (res.locals as AuthenticationLocals).principal ?? null;
}
