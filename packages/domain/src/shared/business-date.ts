import { chinaDate, isAfterToday } from './dates.js';
import { reject } from './domain-error.js';
import { ruleMessage } from './validation.js';

/** Business dates record what already happened: none may lie after today (China time). */
export function ensureNotInFuture(date: string | undefined, field: string, now: Date): void {
  if (date !== undefined && isAfterToday(date, now))
    reject('DATE_IN_FUTURE', ruleMessage('DATE_IN_FUTURE', field), field);
}

/** A step cannot be dated before the step it follows (dispatched before raised, left before appointed). */
export function ensureNotBefore(date: string | undefined, earliest: string | undefined, field: string): void {
  if (date !== undefined && earliest !== undefined && date < earliest)
    reject('DATE_OUT_OF_ORDER', ruleMessage('DATE_OUT_OF_ORDER', field), field);
}

/** Yearly records (assessments, pledges, benefits) are about the current year or earlier ones. */
export function ensureYearNotInFuture(year: number, field: string, now: Date): void {
  if (year > Number(chinaDate(now).slice(0, 4)))
    reject('YEAR_IN_FUTURE', ruleMessage('YEAR_IN_FUTURE', field), field);
}
