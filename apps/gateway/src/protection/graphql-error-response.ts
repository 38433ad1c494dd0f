import { type Localized, pick } from '@cadre/domain';
import type { Request, Response } from 'express';
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
export function sendGraphQLError(req: Request, res: Response, { status, code, messages }: HttpRefusal): void {
  const message = pick(messages, localeFrom(req.headers['accept-language']));
  res.status(status).json({ errors: [{ message, extensions: { code, messages } }] });
}
