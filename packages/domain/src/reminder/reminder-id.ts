import { deterministicUuid } from '../shared/deterministic-uuid.js';

/** What a reminder is about: one rule, one subject (a term, a pledge, a request…), one due date. */
export interface ReminderKey {
  rule: string;
  subjectId: string;
  dueOn: string;
}

/**
 * The reminder's id, derived from its key: the same item falling due on the same day is always the same
 * stream, so the store's expected revision lets it be issued once only.
 */
export const reminderIdOf = ({ rule, subjectId, dueOn }: ReminderKey): string =>
  deterministicUuid('reminder', rule, subjectId, dueOn);

/** The command id the scheduler issues a reminder with: a retry or a racing run is the same command. */
export const reminderCommandIdOf = (key: ReminderKey): string => `reminder:${reminderIdOf(key)}`;
