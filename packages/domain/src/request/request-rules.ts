import { ensureNotBefore, ensureNotInFuture } from '../shared/business-date.js';
import { alreadyDone, conflicting, invalid, missing, type RuleBook, ruleBook } from '../shared/rules.js';
import type { RequestState, RequestStatus } from './request-state.js';

const request = { zh: '服务诉求', en: 'service request' };

const REQUEST_RULES = {
  REQUEST_NOT_FOUND: missing(request),
  REQUEST_ALREADY_RAISED: alreadyDone(request, { zh: '登记', en: 'raised' }),
  REQUEST_OUT_OF_ORDER: conflicting(
    '服务诉求须依次经过点单、派单、接单、办结、评价，每步一次',
    'A service request goes once through each step in turn: raised, dispatched, accepted, resolved, rated',
  ),
  NOT_A_PARTY_MEMBER: invalid('只能派单给党员干部', 'A request is dispatched to a party member only'),
};
export type RequestRule = keyof typeof REQUEST_RULES;
export const requestRules: RuleBook<RequestRule> = ruleBook(REQUEST_RULES);

/** The next step is allowed after `previous` only, and on or after its date, and not in the future. */
export function ensureNextStep(
  request: RequestState,
  previous: Exclude<RequestStatus, 'NONE' | 'RATED'>,
  step: { date: string; field: string; now: Date },
): void {
  requestRules.ensure(request.status !== 'NONE', 'REQUEST_NOT_FOUND', 'requestId');
  requestRules.ensure(request.status === previous, 'REQUEST_OUT_OF_ORDER', 'requestId');
  ensureNotInFuture(step.date, step.field, step.now);
  ensureNotBefore(step.date, request.lastStepOn, step.field);
}
