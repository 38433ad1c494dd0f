import { isAfterToday } from './dates.js';
import { reject } from './domain-error.js';
import { ruleMessage } from './validation.js';

/** Business dates record what already happened: none may lie after today (China time). */
export function ensureNotInFuture(date: string | undefined, field: string, now: Date): void {
  if (date !== undefined && isAfterToday(date, now))
    reject('DATE_IN_FUTURE', ruleMessage('DATE_IN_FUTURE', field), field);
}
