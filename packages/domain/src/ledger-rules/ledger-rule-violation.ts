import type { Localized } from '../shared/localized.js';

/** A rule of the ledger that holds across streams. */
export type LedgerRule =
  | 'ONE_HOLDER_PER_SEAT'
  | 'SEAT_EVENT_WITHOUT_CADRE_EVENT'
  | 'CADRE_EVENT_WITHOUT_SEAT_EVENT'
  | 'APPOINTMENT_WITHOUT_APPROVED_REVIEW'
  | 'ID_NUMBER_IN_TWO_FILES'
  | 'ELECTION_CONCLUDED_WITHOUT_TERM'
  | 'TERM_WITHOUT_ELECTION_CONCLUSION';

/** What the ledger's history shows broken: the rule, where (the event that broke it), and in words. */
export interface LedgerRuleViolation {
  rule: LedgerRule;
  streamId: string;
  position: bigint;
  messages: Localized;
}

/** The little of a stored event the rules read: its place in the history and its upcast data. */
export interface LedgerFact {
  streamId: string;
  position: bigint;
  type: string;
  data: unknown;
  commandId?: string;
}
