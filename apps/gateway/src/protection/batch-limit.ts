import type { HttpHandler } from '../http/http-handler.js';
import { sendGraphQLError } from './graphql-error-response.js';

export const MAX_BATCH_SIZE = 5;

/**
 * Refuses a JSON array body (batched operations) longer than `maxBatch` with 400. Apollo refuses every
 * batch while `allowBatchedHttpRequests` is off; this guard keeps the bound if it is ever turned on.
 * Mount it after the JSON body is read.
 */
export function batchLimit(maxBatch = MAX_BATCH_SIZE): HttpHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (!Array.isArray(body) || body.length <= maxBatch) {
      next();
      return;
    }
    sendGraphQLError(req, res, {
      status: 400,
      code: 'BAD_REQUEST',
      messages: {
        zh: `一次请求最多批量提交 ${maxBatch} 个操作，本次有 ${body.length} 个`,
        en: `A request may batch at most ${maxBatch} operations; this one has ${body.length}`,
      },
    });
  };
}
