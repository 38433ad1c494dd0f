import { newReadScope, withinReadScope } from '@cadre/projections';
import { principalOf } from '../access/authentication-middleware.js';
import type { RepeatedRead } from '../access/personal-data-reads.js';
import { actorOf } from '../access/roles.js';
import { localeFrom } from '../graphql/locale.js';
import type { HttpHandler } from '../http/http-handler.js';
import { rawBodyOf } from '../http/json-body.js';
import { sendGraphQLError } from '../protection/graphql-error-response.js';
import type { AnswerCache } from './answer-cache.js';
import { issueAnswerTicket } from './answer-ticket.js';
import { momentOf, validityOf } from './answer-validity.js';
import { disclosureScopeOf } from './disclosure-scope.js';
import type { TableVersions } from './table-versions.js';

const LOG_FAILED = {
  zh: '个人信息查阅记录未能保存，未返回数据，请稍后重试',
  en: 'The personal-data read could not be logged, so nothing was answered; please try again later',
};

export interface AnswerFromCacheOptions {
  cache: AnswerCache;
  /** The read models' checkpoint now. */
  checkpoint: () => bigint;
  /** The versions of the read models' tables (see watch-reads.ts for how reads are noted). */
  versions: TableVersions;
  /** Logs a caller receiving earlier disclosures again; the answer waits until it is on disk. */
  logRepeatedRead: (read: RepeatedRead) => Promise<void>;
  now?: () => Date;
}

/**
 * Mounted after authentication, the rate limit and the JSON body parser: answers a signed-in caller's
 * POST from the cache when the same request (same body, language and accepted type) was answered to the
 * same disclosure scope while nothing it read has changed. What it disclosed is logged as read by this
 * caller before the answer leaves. Otherwise the request goes on with a ticket, inside a read scope that
 * gathers what its execution reads.
 */
export function answerFromCache({
  cache,
  checkpoint,
  versions,
  logRepeatedRead,
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
    const moment = momentOf(now(), checkpoint(), versions.current());
    const answer = cache.lookup(key, moment);
    if (!answer) {
      const reads = newReadScope();
      issueAnswerTicket(res, {
        key,
        get generation() {
          return validityOf(moment, cache.untilAnyEvent ? { ...reads, everyEvent: true } : reads);
        },
        disclosureIds: [],
        cacheable: false,
      });
      withinReadScope(reads, next);
      return;
    }
    try {
      await logRepeatedRead({
        actor: actorOf(principal),
        role: principal.role,
        disclosureIds: answer.disclosureIds,
      });
    } catch {
      sendGraphQLError(req, res, { status: 500, code: 'INTERNAL_SERVER_ERROR', messages: LOG_FAILED });
      return;
    }
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.setHeader('x-answer-cache', 'hit');
    res.end(answer.body);
  };
}
