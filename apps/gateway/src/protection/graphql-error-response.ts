import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Localized, pick } from '@cadre/domain';
import { localeFrom } from '../graphql/locale.js';

export interface HttpRefusal {
  status: number;
  code: string;
  messages: Localized;
}

/**
 * Refuses a request before GraphQL sees it, with the body a GraphQL client already knows how to read:
 * `{ errors: [{ message, extensions: { code, messages } }] }`, message in the caller's language.
 */
export function sendGraphQLError(
  req: IncomingMessage,
  res: ServerResponse,
  { status, code, messages }: HttpRefusal,
): void {
  const message = pick(messages, localeFrom(req.headers['accept-language']));
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, messages } }] }));
}
