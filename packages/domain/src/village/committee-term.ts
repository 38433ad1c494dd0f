import { isRealDate } from '../shared/dates.js';

/** A village's "两委" serve five-year terms (村民委员会组织法 Art. 13, 中国共产党农村基层组织工作条例 Art. 8). */
export const TERM_YEARS = 5;

/** A term as the ledger holds it: when it began, when it is due to end and, once a next one began, its end. */
export interface CommitteeTerm {
  startedOn: string;
  plannedEndOn: string;
  /** The 换届 that opened it; none for a term recorded for a village registered before 换届 were kept. */
  electionId?: string;
  /** The day the next term began (a 换届 may conclude before or after the planned end). */
  endedOn?: string;
}

/** The current term, as other parts of the ledger read it (the to-do list, the village page). */
export type CurrentTerm = Pick<CommitteeTerm, 'startedOn' | 'plannedEndOn'>;

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function yearsAfter(date: string, years: number): string {
  const later = `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
  return isRealDate(later) ? later : `${later.slice(0, 8)}28`;
}

export const plannedEndOf = (startedOn: string): string => yearsAfter(startedOn, TERM_YEARS);

/** Until when a term ran or runs: its actual end once a next term began, else its planned end. */
export const termEndOf = (term: CommitteeTerm): string => term.endedOn ?? term.plannedEndOn;

/** Whether the period [startedOn, plannedEndOn) shares a day with a recorded term. */
export const overlapsAny = (
  terms: readonly CommitteeTerm[],
  startedOn: string,
  plannedEndOn: string,
): boolean => terms.some((t) => startedOn < termEndOf(t) && t.startedOn < plannedEndOn);

/** Whole days from `from` to `to` (yyyy-mm-dd), negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
