import type { HttpHandler, HttpRequest, Next } from './http-handler.js';

/**
 * Several handlers as one: each passes to the next; an error, or a handler that answers without calling
 * `next`, ends the sequence.
 */
export function inSequence(handlers: readonly HttpHandler[]): HttpHandler {
  return (req: HttpRequest, res, done: Next) => {
    let index = 0;
    const next: Next = (error) => {
      if (error !== undefined && error !== null) {
        done(error);
        return;
      }
      const handler = handlers[index++];
      if (!handler) {
        done();
        return;
      }
      try {
        const pending = handler(req, res, next);
        if (pending) pending.catch(done);
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
}
