import { z } from 'zod';
import type { EventsOf } from '../aggregate.js';
import { calendarDate, distinctBy, uuid } from '../shared/schemas.js';
import { dueRuleCode, reminderAudience } from './due-rules.js';

/** Who was reminded or acknowledged: an actor as events' metadata names it (`user:<id>`). */
export const reminderActor = z.string().regex(/^user:[A-Za-z0-9-]{1,64}$/, 'INVALID_VALUE');

/** A subject's key within its rule: ids and dates joined by colons (`<villageId>:2026-06-30:6`). */
export const reminderSubject = z.string().regex(/^[A-Za-z0-9:._-]{1,200}$/, 'INVALID_VALUE');

/** The events of a `reminder-<id>` stream, by type. */
export const reminderEvents = {
  ReminderIssued: z.strictObject({
    reminderId: uuid,
    subjectId: reminderSubject,
    rule: dueRuleCode,
    villageId: uuid.nullable(),
    cadreId: uuid.nullable(),
    /** The day the item became due. */
    dueOn: calendarDate,
    /** Whom it is for, by role; `recipients` are the accounts holding those roles when it was issued. */
    audience: z.array(reminderAudience).min(1).refine(distinctBy(String), 'DUPLICATE_ENTRY'),
    recipients: z.array(reminderActor).max(1000).refine(distinctBy(String), 'DUPLICATE_ENTRY'),
    issuedOn: calendarDate,
  }),
  ReminderAcknowledged: z.strictObject({
    reminderId: uuid,
    acknowledgedBy: reminderActor,
    acknowledgedOn: calendarDate,
  }),
};

export type ReminderEvent = EventsOf<typeof reminderEvents>;
export type ReminderIssued = Extract<ReminderEvent, { type: 'ReminderIssued' }>;
export type ReminderAcknowledged = Extract<ReminderEvent, { type: 'ReminderAcknowledged' }>;
