import type { ApolloServerPlugin } from '@apollo/server';
import { rootFieldsOf } from '../access/root-fields.js';
import type { AnswerTicket } from './answer-ticket.js';
import { CACHEABLE_QUERY_FIELDS } from './cacheable-fields.js';

/**
 * Marks a ticket cacheable once its answer is known to qualify: a query, every root field cacheable,
 * no errors. The HTTP handler then keeps the answer exactly as it sends it.
 */
export function answerCachePlugin<
  TContext extends { answer?: AnswerTicket },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, document }) {
          const ticket = contextValue.answer;
          if (!ticket || !operation || !document || operation.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
          for (const field of rootFieldsOf(operation, document))
            if (!CACHEABLE_QUERY_FIELDS.has(field)) return;
          ticket.cacheable = true;
        },
      };
    },
  };
}
