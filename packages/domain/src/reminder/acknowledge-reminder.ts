import type { z } from 'zod';
import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureNotBefore, ensureNotInFuture } from '../shared/business-date.js';
import { reminderEvents } from './reminder-events.js';
import { reminderRules } from './reminder-rules.js';
import { reminderAggregate } from './reminder-state.js';

/** Who acknowledges is the acting user, never input. */
export const acknowledgeReminderInput = reminderEvents.ReminderAcknowledged.omit({ acknowledgedBy: true });
export type AcknowledgeReminderInput = z.infer<typeof acknowledgeReminderInput>;

/** A reminded user opened or acted on the reminder: the first one to do so closes it. */
export const acknowledgeReminder = defineCommand({
  name: 'AcknowledgeReminder',
  occurredOn: 'acknowledgedOn',
  input: acknowledgeReminderInput,
  needs: { reminder: reminderAggregate },
  streamIds: (input) => ({ reminder: input.reminderId }),
  decide(input, { reminder }, { actor, now }) {
    const { issued } = reminder;
    reminderRules.ensure(issued, 'REMINDER_NOT_FOUND', 'reminderId');
    reminderRules.ensure(issued.recipients.includes(actor), 'REMINDER_NOT_FOR_YOU', 'reminderId');
    reminderRules.ensure(!reminder.acknowledged, 'REMINDER_ALREADY_ACKNOWLEDGED', 'reminderId');
    ensureNotInFuture(input.acknowledgedOn, 'acknowledgedOn', now);
    ensureNotBefore(input.acknowledgedOn, issued.issuedOn, 'acknowledgedOn');
    return {
      reminder: [domainEvent('ReminderAcknowledged', { ...input, acknowledgedBy: actor })],
    };
  },
});
