/** Calendar arithmetic on yyyy-mm-dd dates, in whole days and months (no time zones involved). */

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const ymd = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const moved = utc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return ymd(moved);
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** Months later (or earlier, when negative); a day the target month lacks becomes its last (31 Aug − 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return ymd(new Date(Date.UTC(targetYear, targetMonth, targetDay)));
}

/**
 * The first day on which someone born on `birthDate` is `age` years old, as `ageOn` counts: one born on
 * 29 February turns a year older on 1 March of a common year.
 */
export function dayOfAge(birthDate: string, age: number): string {
  const year = Number(birthDate.slice(0, 4)) + age;
  const monthDay = birthDate.slice(5);
  if (monthDay === '02-29' && daysInMonth(year, 1) === 28) return `${year}-03-01`;
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Whole days from one date to a later one. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);

export const latest = (...dates: (string | undefined)[]): string =>
  dates.filter((d): d is string => d !== undefined).reduce((a, b) => (a > b ? a : b));
