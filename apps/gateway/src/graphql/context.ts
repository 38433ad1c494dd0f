import { DomainError, type Locale } from '@cadre/domain';
import { EventStoreUnavailableError } from '@cadre/event-store';
import type { Principal } from '../access/roles.js';
import type { AnswerTicket } from '../answer-cache/answer-ticket.js';
import type { System } from '../system.js';
import { fromDomainError, fromStoreUnavailable } from './errors.js';

export interface GatewayContext {
  system: System;
  locale: Locale;
  /** Who is calling: a signed-in user or an API key; null before signing in. */
  principal: Principal | null;
  /** Who acts, written into every event's metadata (`user:<id>`, `api-key:<id>`). */
  actor: string;
  /** The caller's network (http/client-address.ts), for the sign-in log. */
  address: string;
  /** Set when the answer may be kept for identical requests (see answer-cache/). */
  answer?: AnswerTicket;
}

/**
 * Runs a resolver body, turning a broken domain rule, or a store that cannot take the write, into a coded
 * error in the caller's language.
 */
export async function inLocale<T>(context: GatewayContext, body: () => Promise<T> | T): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof DomainError) throw fromDomainError(error, context.locale);
    if (error instanceof EventStoreUnavailableError) throw fromStoreUnavailable(error, context.locale);
    throw error;
  }
}
