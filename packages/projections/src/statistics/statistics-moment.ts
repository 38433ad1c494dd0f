import { ensureFigureYear, pastDay } from '../time-travel/past-day.js';

/** The year a statistics request is about, and the past day its figures stand at (null: live, today). */
export interface StatisticsMoment {
  year: number;
  asOf: string | null;
}

/**
 * When the figures of a request stand. A day given (`asOf`) is the moment, and its year the default
 * year; without one, the current year is live and a past year stands at its 31 December, so last
 * year's committee make-up is the one it ended with, not today's. Nothing may lie after today.
 */
export function statisticsMoment(
  request: { year?: number | null; asOf?: string | null },
  today: string,
): StatisticsMoment {
  const asOf = pastDay(request.asOf, today);
  const year = request.year ?? Number((request.asOf ?? today).slice(0, 4));
  ensureFigureYear(year, today);
  if (request.asOf != null) return { year, asOf };
  return { year, asOf: year < Number(today.slice(0, 4)) ? `${year}-12-31` : null };
}
