import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureNotInFuture } from '../shared/business-date.js';
import { uuid } from '../shared/schemas.js';
import { reminderEvents } from './reminder-events.js';
import { reminderIdOf } from './reminder-id.js';
import { reminderRules } from './reminder-rules.js';
import { reminderAggregate } from './reminder-state.js';

/** The reminder's id is not input: it is derived from the rule, the subject and the due date. */
export const issueReminderInput = reminderEvents.ReminderIssued.omit({ reminderId: true }).extend({
  villageId: uuid.nullable().default(null),
  cadreId: uuid.nullable().default(null),
});

/** Records that an item fell due and whom it was put to (the gateway's scheduler issues these). */
export const issueReminder = defineCommand({
  name: 'IssueReminder',
  occurredOn: 'issuedOn',
  input: issueReminderInput,
  needs: { reminder: reminderAggregate },
  streamIds: (input) => ({ reminder: reminderIdOf(input) }),
  decide(input, { reminder }, { now }) {
    reminderRules.ensure(!reminder.issued, 'REMINDER_ALREADY_ISSUED');
    ensureNotInFuture(input.issuedOn, 'issuedOn', now);
    reminderRules.ensure(input.dueOn <= input.issuedOn, 'REMINDER_NOT_DUE_YET', 'dueOn');
    const reminderId = reminderIdOf(input);
    return { reminder: [domainEvent('ReminderIssued', { reminderId, ...input })] };
  },
});
