import type { RecordedEvent } from '@cadre/event-store';

/**
 * Which clock "as of" reads: OCCURRED is business time (what was true on that date, as far as the ledger
 * now knows, including late entries); RECORDED is the store's time (what the ledger said on that date).
 */
export type TimeBasis = 'OCCURRED' | 'RECORDED';

export interface AsOf {
  /** An ISO 8601 instant, or a date (yyyy-mm-dd) meaning the end of that day in China time. */
  at: string;
  basis?: TimeBasis;
  /**
   * Only events at or before this global position: the ledger as it was when a document was made, so that the
   * same document can be rebuilt, byte for byte, after later (even back-dated) entries.
   */
  upToPosition?: bigint;
}

/** The instant an as-of bound stands for: a bare date includes the whole day (UTC+8). */
export function asOfInstant(at: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return Date.parse(`${at}T23:59:59.999+08:00`);
  return Date.parse(at);
}

/** Stands for a time that cannot be read: later than any instant, so such an event never happened by one. */
export const NEVER = Number.MAX_SAFE_INTEGER;

/** The last time read, per clock: the events of one append share their recorded time, parsed once. */
const lastRead = { OCCURRED: { text: '', ms: NEVER }, RECORDED: { text: '', ms: NEVER } };

/** When the event happened on the given clock, in ms (NEVER when its time cannot be read). */
export function timeOf(event: RecordedEvent, basis: TimeBasis = 'OCCURRED'): number {
  const text = basis === 'RECORDED' ? event.recordedAt : event.metadata.occurredAt;
  const last = lastRead[basis];
  if (text !== last.text) {
    const ms = Date.parse(text);
    last.text = text;
    last.ms = Number.isNaN(ms) ? NEVER : ms;
  }
  return last.ms;
}

export function happenedBy(event: RecordedEvent, asOf: AsOf): boolean {
  if (asOf.upToPosition !== undefined && event.position > asOf.upToPosition) return false;
  return timeOf(event, asOf.basis) <= asOfInstant(asOf.at);
}
