import { isRealDate } from '@cadre/domain';

/**
 * Dates as the national form software writes them: 199001 (a month) or 19900115 (a day). The ledger keeps
 * days; a day that is the 1st is written as its month, so that a month read back is the same day again.
 */
export function compactDate(day: string): string {
  if (!day) return '';
  const [year, month, date] = day.split('-');
  return date === '01' ? `${year}${month}` : `${year}${month}${date}`;
}

/** 1990.01 or 1990.01.15 for the résumé's lines, by the same rule. */
export function dottedDate(day: string): string {
  if (!day) return '';
  const [year, month, date] = day.split('-');
  return date === '01' ? `${year}.${month}` : `${year}.${month}.${date}`;
}

/** A date of the form in any of its spellings (199001, 19900115, 1990.01, 1990.1.15, 1990-01-15) as a day. */
export function dayOf(text: string): string | undefined {
  const match = /^(\d{4})[.\-/年]?(\d{1,2})(?:[.\-/月]?(\d{1,2})日?)?[月]?$/.exec(text.trim());
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]!.padStart(2, '0')}-${(match[3] ?? '1').padStart(2, '0')}`;
  return isRealDate(day) ? day : undefined;
}
