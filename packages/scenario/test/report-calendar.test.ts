import { describe, expect, it } from 'vitest';
import { ReportCalendar } from '../src/index.js';

/** Every day of a year as yyyy-mm-dd. */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

describe("the report's calendar: this year's nominal dates fitted into [1 January, today]", () => {
  it.each(['2026-01-01', '2028-02-29', '2026-06-30', '2026-07-01', '2026-12-01', '2026-12-20', '2026-12-31'])(
    'on %s every nominal day maps into the year up to today, in order',
    (today) => {
      const calendar = new ReportCalendar(today);
      const year = Number(today.slice(0, 4));
      const mapped = daysOf(year).map((day) => calendar.on(day));
      expect(mapped[0]).toBe(`${year}-01-01`);
      expect(mapped.at(-1)).toBe(today);
      for (let i = 1; i < mapped.length; i++) expect(mapped[i]! >= mapped[i - 1]!).toBe(true);
      expect(mapped.every((day) => day >= `${year}-01-01` && day <= today)).toBe(true);
    },
  );

  it('keeps the nominal dates on 31 December, puts the whole year on 1 January on New Year’s Day', () => {
    const last = new ReportCalendar('2026-12-31');
    expect(daysOf(2026).every((day) => last.on(day) === day)).toBe(true);
    const first = new ReportCalendar('2027-01-01');
    expect(first.thisYear('10-20')).toBe('2027-01-01');
    expect(new ReportCalendar('2026-07-02').thisYear('12-31')).toBe('2026-07-02');
  });

  it('leaves earlier years as they are and refuses a date after this year or a malformed today', () => {
    const calendar = new ReportCalendar('2026-03-01');
    expect(calendar.year).toBe(2026);
    expect(calendar.on('2025-12-20')).toBe('2025-12-20');
    expect(calendar.on('2021-10-15')).toBe('2021-10-15');
    expect(() => calendar.on('2027-01-01')).toThrow(/this year/);
    expect(() => new ReportCalendar('2026-02-30')).toThrow(/yyyy-mm-dd/);
  });
});
