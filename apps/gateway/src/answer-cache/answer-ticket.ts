import type { ServerResponse } from 'node:http';
import type { AnswerRead } from './answer-cache.js';

/**
 * Handed from the HTTP layer to GraphQL with a request the cache could not answer: where its answer
 * would be kept, the personal-data reads its resolvers make (a later hit logs them again for its own
 * caller), and whether the operation turned out cacheable.
 */
export interface AnswerTicket {
  key: string;
  generation: string;
  reads: AnswerRead[];
  cacheable: boolean;
}

const tickets = new WeakMap<ServerResponse, AnswerTicket>();

export function issueAnswerTicket(res: ServerResponse, ticket: AnswerTicket): void {
  tickets.set(res, ticket);
}

export function answerTicketOf(res: ServerResponse): AnswerTicket | undefined {
  return tickets.get(res);
}
