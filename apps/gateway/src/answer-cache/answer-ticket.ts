import type { ServerResponse } from 'node:http';
import type { AnswerValidity } from './answer-validity.js';

/**
 * Handed from the HTTP layer to GraphQL with a request the cache could not answer: where its answer
 * would be kept, what it is valid for once executed (from the reads noted meanwhile; undefined when it
 * must not be kept), the personal-data disclosures its resolvers logged (a later hit logs a read of them
 * for its own caller), and whether the operation turned out cacheable.
 */
export interface AnswerTicket {
  key: string;
  readonly generation: AnswerValidity | undefined;
  disclosureIds: number[];
  cacheable: boolean;
}

const tickets = new WeakMap<ServerResponse, AnswerTicket>();

export function issueAnswerTicket(res: ServerResponse, ticket: AnswerTicket): void {
  tickets.set(res, ticket);
}

export function answerTicketOf(res: ServerResponse): AnswerTicket | undefined {
  return tickets.get(res);
}
