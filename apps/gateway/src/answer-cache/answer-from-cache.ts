import { principalOf } from '../access/authentication-middleware.js';
import type { PersonalDataRead } from '../access/personal-data-reads.js';
import { actorOf } from '../access/roles.js';
import { localeFrom } from '../graphql/locale.js';
import type { HttpHandler } from '../http/http-handler.js';
import { rawBodyOf } from '../http/json-body.js';
import { sendGraphQLError } from '../protection/graphql-error-response.js';
import type { AnswerCache } from './answer-cache.js';
import { answerGeneration, disclosureScopeOf } from './answer-generation.js';
import { issueAnswerTicket } from './answer-ticket.js';

const LOG_FAILED = {
  zh: '个人信息查阅记录未能保存，未返回数据，请稍后重试',
  en: 'The personal-data read could not be logged, so nothing was answered; please try again later',
};

export interface AnswerFromCacheOptions {
  cache: AnswerCache;
  /** The read models' checkpoint now. */
  checkpoint: () => bigint;
  /** Logs personal-data reads; the answer waits until they are on disk. */
  logReads: (reads: PersonalDataRead[]) => Promise<void>;
  now?: () => Date;
}

/**
 * Mounted after authentication, the rate limit and the JSON body parser: answers a signed-in caller's
 * POST from the cache when the same request (same body, language and accepted type) was answered to the
 * same disclosure scope since the last event was applied. Its personal-data reads are logged again
 * under this caller's name before the answer leaves. Otherwise the request goes on with a ticket.
 */
export function answerFromCache({
  cache,
  checkpoint,
  logReads,
  now = () => new Date(),
}: AnswerFromCacheOptions): HttpHandler {
  return async (req, res, next) => {
    const principal = principalOf(res);
    const body = rawBodyOf(res);
    if (req.method !== 'POST' || !principal || body === undefined || Array.isArray(req.body)) {
      next();
      return;
    }
    const key = [
      disclosureScopeOf(principal),
      localeFrom(req.headers['accept-language']),
      req.headers.accept ?? '',
      body,
    ].join('\n');
    const generation = answerGeneration(checkpoint(), now());
    const answer = cache.lookup(key, generation);
    if (!answer) {
      issueAnswerTicket(res, { key, generation, reads: [], cacheable: false });
      next();
      return;
    }
    try {
      await logReads(
        answer.reads.map((read) => ({ ...read, actor: actorOf(principal), role: principal.role })),
      );
    } catch {
      sendGraphQLError(req, res, { status: 500, code: 'INTERNAL_SERVER_ERROR', messages: LOG_FAILED });
      return;
    }
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.setHeader('x-answer-cache', 'hit');
    res.end(answer.body);
  };
}
