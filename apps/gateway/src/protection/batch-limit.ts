import type { HttpHandler } from '../http/http-handler.js';
import { sendGraphQLError } from './graphql-error-response.js';

export const MAX_BATCH_SIZE = 5;

/**
 * Bounds a JSON array body (batched operations, which Apollo answers one by one in an array) to
 * `maxBatch` operations, and refuses an empty one, with 400 and a coded error in both languages before
 * anything runs. Mount it after the JSON body is read.
 */
export function batchLimit(maxBatch = MAX_BATCH_SIZE): HttpHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (!Array.isArray(body) || (body.length > 0 && body.length <= maxBatch)) {
      next();
      return;
    }
    sendGraphQLError(req, res, {
      status: 400,
      code: 'BAD_REQUEST',
      messages:
        body.length === 0
          ? { zh: '批量请求中没有任何操作', en: 'The batch holds no operations' }
          : {
              zh: `一次请求最多批量提交 ${maxBatch} 个操作，本次有 ${body.length} 个`,
              en: `A request may batch at most ${maxBatch} operations; this one has ${body.length}`,
            },
    });
  };
}
