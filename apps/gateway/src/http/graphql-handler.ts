import type { ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { answerTicketOf } from '../answer-cache/answer-ticket.js';
import { type HttpHandler, type HttpRequest, searchOf } from './http-handler.js';
import type { InFlight } from './in-flight.js';

export interface GraphQLHandlerOptions<TContext> {
  context: (req: HttpRequest, res: ServerResponse) => Promise<TContext>;
  /** Where answers their tickets marked cacheable are kept (see answer-cache/). */
  answers: AnswerCache;
  /** Where each execution is counted until it ends, so that a stop lets it finish. */
  inFlight?: InFlight;
}

/**
 * Apollo Server on Node's HTTP server, as `@as-integrations/express5` does it on express, plus two
 * steps: an answer its ticket marked cacheable is kept, byte for byte, for the next identical request,
 * and a batch whose operations were each answered is a 200.
 */
export function graphqlHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  { context, answers, inFlight }: GraphQLHandlerOptions<TContext>,
): HttpHandler {
  return async (req, res, next) => {
    const release = inFlight?.hold();
    try {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: searchOf(req),
          body: req.body,
        },
        context: () => context(req, res),
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'chunked') {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
        return;
      }
      // Apollo gives a batch the status of whichever refused operation finished last, which makes clients drop
      // the answers of the others; each answer carries its own coded errors. A batch refused as a whole
      // (a malformed operation) is an object, not an array, and keeps its status.
      if (Array.isArray(req.body) && response.body.string.startsWith('[')) res.statusCode = 200;
      const ticket = answerTicketOf(res);
      if (ticket?.cacheable && res.statusCode === 200)
        answers.store(ticket.key, ticket.generation, {
          body: response.body.string,
          headers: [...response.headers],
          disclosureIds: ticket.disclosureIds,
        });
      // Node encodes the text into the socket's buffer itself: a Buffer of it first would be one more copy.
      res.end(response.body.string);
    } catch (error) {
      next(error);
    } finally {
      release?.();
    }
  };
}
