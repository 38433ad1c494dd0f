import { alreadyDone, conflicting, invalid, missing, type RuleBook, ruleBook } from '../shared/rules.js';

const reminder = { zh: '提醒', en: 'reminder' };

const REMINDER_RULES = {
  REMINDER_NOT_FOUND: missing(reminder),
  REMINDER_ALREADY_ISSUED: alreadyDone(reminder, { zh: '发出', en: 'issued' }),
  REMINDER_ALREADY_ACKNOWLEDGED: alreadyDone(reminder, { zh: '确认', en: 'acknowledged' }),
  REMINDER_NOT_FOR_YOU: invalid(
    '该提醒未发给您，只有被提醒人可以确认',
    'This reminder was not sent to you: only those reminded may acknowledge it',
  ),
  REMINDER_NOT_DUE_YET: conflicting(
    '事项尚未到期，不能提前发出提醒',
    'The item is not due yet: a reminder is issued on or after its due date',
  ),
};
export type ReminderRule = keyof typeof REMINDER_RULES;
export const reminderRules: RuleBook<ReminderRule> = ruleBook(REMINDER_RULES);
