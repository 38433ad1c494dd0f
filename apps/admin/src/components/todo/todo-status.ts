import type { DueItem } from './todo-api.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What became of an item's reminder: not issued yet, waiting, or acknowledged (by whom, when). */
export function reminderStatus(item: DueItem, t: Translate): string {
  const { reminder } = item;
  if (!reminder) return t('todo.notIssued');
  if (!reminder.acknowledgedOn) return t('todo.waiting', { issuedOn: reminder.issuedOn });
  const by = reminder.acknowledgedBy?.displayName ?? reminder.acknowledgedBy?.username ?? '';
  return `${t('todo.acknowledged', { acknowledgedOn: reminder.acknowledgedOn })}${by ? `（${by}）` : ''}`;
}

/** Whether the signed-in user may acknowledge the item's reminder: it was sent to them and is open. */
export const mayAcknowledge = (item: DueItem): boolean =>
  Boolean(item.reminder?.remindedMe && !item.reminder.acknowledgedOn);
