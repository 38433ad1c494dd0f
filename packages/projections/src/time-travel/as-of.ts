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
}

/** The instant an as-of bound stands for: a bare date includes the whole day (UTC+8). */
export function asOfInstant(at: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return Date.parse(`${at}T23:59:59.999+08:00`);
  return Date.parse(at);
}

export function happenedBy(event: RecordedEvent, asOf: AsOf): boolean {
  const when = asOf.basis === 'RECORDED' ? event.recordedAt : event.metadata.occurredAt;
  return Date.parse(when) <= asOfInstant(asOf.at);
}
