import type { RecordedEvent } from '@cadre/event-store';
import { NEVER, type TimeBasis, timeOf } from '../time-travel/as-of.js';

const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * The China day an event happened on, on the given clock, or null when its time cannot be read (it never
 * happened by any day). An as-of day D takes every event up to D 23:59:59.999+08:00 (see `asOfInstant`),
 * that is exactly the events whose day is D or earlier: a day compared as text is the as-of bound.
 */
export function dayOf(event: RecordedEvent, basis: TimeBasis): string | null {
  const ms = timeOf(event, basis);
  const last = lastDay[basis];
  if (ms !== last.ms) {
    last.ms = ms;
    last.day = ms === NEVER ? null : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  }
  return last.day;
}

/** The last day computed, per clock: the events of one append share their times. */
const lastDay: Record<TimeBasis, { ms: number; day: string | null }> = {
  OCCURRED: { ms: Number.NaN, day: null },
  RECORDED: { ms: Number.NaN, day: null },
};

/** The temporal tables' column that holds an event's day on each clock. */
export const DAY_COLUMN: Record<TimeBasis, 'occurred_day' | 'recorded_day'> = {
  OCCURRED: 'occurred_day',
  RECORDED: 'recorded_day',
};
