import { DUE_RULES, type ReminderAudience } from '@cadre/domain';
import type { DueItem } from '@cadre/projections';
import type { UserAccount } from '../access/users.js';

export interface ReminderAddress {
  audience: ReminderAudience[];
  /** The actors (`user:<id>`) reminded: the enabled accounts that hold the audience's roles now. */
  recipients: string[];
}

/** Whom an item is put to: the office, and its village's secretaries when the rule involves the village. */
export function addressOf(item: DueItem, users: readonly UserAccount[]): ReminderAddress {
  const audience = DUE_RULES[item.rule].audience.filter(
    (role) => role === 'OFFICE' || item.villageId !== null,
  );
  const holds = (user: UserAccount, role: ReminderAudience) =>
    role === 'OFFICE' ? user.role === 'ADMIN' : user.role === 'VILLAGE' && user.villageId === item.villageId;
  const recipients = users
    .filter((user) => !user.disabledAt && audience.some((role) => holds(user, role)))
    .map((user) => `user:${user.id}`)
    .sort();
  return { audience, recipients };
}
