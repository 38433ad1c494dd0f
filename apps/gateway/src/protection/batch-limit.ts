import type { Localized } from '@cadre/domain';
import type { HttpHandler } from '../http/http-handler.js';
import { sendGraphQLError } from './graphql-error-response.js';

export const MAX_BATCH_SIZE = 5;

const isOperationObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function refusalOf(body: unknown[], maxBatch: number): Localized | undefined {
  if (body.length === 0) return { zh: '批量请求中没有任何操作', en: 'The batch holds no operations' };
  if (body.length > maxBatch)
    return {
      zh: `一次请求最多批量提交 ${maxBatch} 个操作，本次有 ${body.length} 个`,
      en: `A request may batch at most ${maxBatch} operations; this one has ${body.length}`,
    };
  if (!body.every(isOperationObject))
    return {
      zh: '批量请求的每一项都须是一个操作对象（query、variables…）',
      en: 'Each element of a batch must be an operation object (query, variables…)',
    };
  return undefined;
}

/**
 * Bounds a JSON array body (batched operations, which Apollo answers one by one in an array) to
 * `maxBatch` operations, and refuses an empty one or one with an element that is not an object, with 400
 * and a coded error in both languages before anything runs. Mount it after the JSON body is read.
 */
export function batchLimit(maxBatch = MAX_BATCH_SIZE): HttpHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const messages = Array.isArray(body) ? refusalOf(body, maxBatch) : undefined;
    if (!messages) {
      next();
      return;
    }
    sendGraphQLError(req, res, { status: 400, code: 'BAD_REQUEST', messages });
  };
}
