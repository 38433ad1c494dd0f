import type { IncomingMessage, ServerResponse } from 'node:http';
import { INTERNAL_ERROR_MESSAGES } from '../graphql/errors.js';
import { sendGraphQLError } from '../protection/graphql-error-response.js';

/**
 * The end of the GraphQL path when no step answered: an error is logged here and never sent (no stack
 * or internal message leaves the server); a request nothing handled is a 404.
 */
export function answerUnhandled(req: IncomingMessage, res: ServerResponse, error?: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error === undefined) {
    sendGraphQLError(req, res, {
      status: 404,
      code: 'NOT_FOUND',
      messages: { zh: '没有这个地址', en: 'Nothing is served at this address' },
    });
    return;
  }
  console.error('[gateway] request failed:', error);
  sendGraphQLError(req, res, {
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    messages: INTERNAL_ERROR_MESSAGES,
  });
}
