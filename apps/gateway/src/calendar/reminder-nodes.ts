import { DUE_RULES, type DueRuleCode, type Localized, pick } from '@cadre/domain';
import { type DueItem, daysBetween, type ReadModelDatabase, sql } from '@cadre/projections';
import type { GatewayContext } from '../graphql/context.js';

/** Supervision is internal: external apps see no early warnings, so no items or reminders about them. */
const SUPERVISION_RULES: ReadonlySet<DueRuleCode> = new Set(['EARLY_WARNING_OPEN', 'ADMONISHMENT_NOT_HELD']);

export const mayCallerSeeRule = (rule: string, { principal }: GatewayContext) =>
  principal?.role !== 'EXTERNAL' || !SUPERVISION_RULES.has(rule as DueRuleCode);

const nameOf = (db: ReadModelDatabase, table: 'villages' | 'cadres', id: unknown): string | null =>
  typeof id === 'string'
    ? ((sql(db, `SELECT name FROM ${table} WHERE ${table === 'villages' ? 'village_id' : 'cadre_id'} = ?`)
        .pluck()
        .get(id) as string | undefined) ?? null)
    : null;

function ruleTexts(rule: DueRuleCode, context: GatewayContext) {
  const wording: Localized = DUE_RULES[rule].wording;
  return { ruleText: pick(wording, context.locale), ruleZh: wording.zh, ruleEn: wording.en };
}

/** The accounts by actor, read once per request however many reminders it answers. */
const accountsOf = new WeakMap<GatewayContext, Map<string, { username: string; displayName: string }>>();

function recipientOf(actor: string, context: GatewayContext) {
  let accounts = accountsOf.get(context);
  if (!accounts) {
    accounts = new Map(context.system.accounts.listUsers().map((user) => [`user:${user.id}`, user]));
    accountsOf.set(context, accounts);
  }
  const user = accounts.get(actor);
  return { actor, username: user?.username ?? null, displayName: user?.displayName ?? null };
}

/**
 * A reminder's read-model record as the GraphQL `Reminder` answers it; `dueToday` (the ids of the items due
 * today) tells whether its item still is, and is left out where it is by definition (a due item's reminder).
 */
export function reminderNode(
  db: ReadModelDatabase,
  record: Record<string, unknown>,
  context: GatewayContext,
  dueToday?: ReadonlySet<string>,
) {
  const recipients = record.recipients as string[];
  const acknowledgedBy = record.acknowledgedBy as string | null;
  const acknowledgedOn = record.acknowledgedOn as string | null;
  const external = context.principal?.role === 'EXTERNAL';
  return {
    ...record,
    id: record.reminderId,
    ...ruleTexts(record.rule as DueRuleCode, context),
    villageName: nameOf(db, 'villages', record.villageId),
    cadreName: nameOf(db, 'cadres', record.cadreId),
    recipients: external ? [] : recipients.map((actor) => recipientOf(actor, context)),
    remindedMe: recipients.includes(context.actor),
    acknowledgedBy: acknowledgedBy && !external ? recipientOf(acknowledgedBy, context) : null,
    daysToAcknowledge: acknowledgedOn ? daysBetween(record.issuedOn as string, acknowledgedOn) : null,
    stillDue: dueToday ? dueToday.has(record.reminderId as string) : true,
  };
}

/** A due item as the GraphQL `DueItem` answers it, with its reminder when one was issued. */
export function dueItemNode(
  db: ReadModelDatabase,
  item: DueItem,
  reminder: Record<string, unknown> | undefined,
  context: GatewayContext,
) {
  return {
    ...item,
    ...ruleTexts(item.rule, context),
    detail: pick(item.detail, context.locale),
    villageName: nameOf(db, 'villages', item.villageId),
    cadreName: nameOf(db, 'cadres', item.cadreId),
    reminder: reminder ? reminderNode(db, reminder, context) : null,
  };
}
