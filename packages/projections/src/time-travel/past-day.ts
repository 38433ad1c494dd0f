import { DomainError, isRealDate } from '@cadre/domain';

const reject = (rule: string, zh: string, en: string, field: string): never => {
  throw new DomainError('BAD_USER_INPUT', rule, { zh, en }, field);
};

/**
 * The past day an `asOf` argument (yyyy-mm-dd) asks for, or null for "now" (none given, or today):
 * a malformed date and a day after today (China time) are refused, never read as today.
 */
export function pastDay(asOf: string | null | undefined, today: string, field = 'asOf'): string | null {
  if (asOf == null) return null;
  if (!isRealDate(asOf))
    reject('INVALID_DATE', `${field} 应为日期（yyyy-mm-dd）`, `${field} must be a date (yyyy-mm-dd)`, field);
  if (asOf > today)
    reject(
      'AS_OF_IN_FUTURE',
      `${field} 不能晚于今天（${today}）`,
      `${field} cannot be after today (${today})`,
      field,
    );
  return asOf === today ? null : asOf;
}

/** A figure year must be a four-digit year not after this one (China time). */
export function ensureFigureYear(year: number, today: string, field = 'year'): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    reject('INVALID_YEAR', `${field} 应为四位数的年份`, `${field} must be a four-digit year`, field);
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear)
    reject(
      'YEAR_IN_FUTURE',
      `${field} 不能晚于今年（${thisYear}）`,
      `${field} cannot be after this year (${thisYear})`,
      field,
    );
}
