import { DomainError, type DueRuleCode, isRealDate } from '@cadre/domain';
import {
  findReminder,
  listReminders,
  loadDueFacts,
  pageOfItems,
  remindersByIds,
  selectDueItems,
} from '@cadre/projections';
import { authorize, villageFilterFor } from '../access/policy.js';
import { toConnection } from '../graphql/connection.js';
import type { GatewayContext } from '../graphql/context.js';
import { type AsOfArgs, fromReadModelsAsOf, todayOf } from '../graphql/queries/as-of-read-models.js';
import { scopedVillage } from '../graphql/queries/disclosure.js';
import { type PageArgs, pageRequest } from '../graphql/queries/page-args.js';
import { liveEvents, positionArgument } from '../graphql/subscriptions/live-events.js';
import { withoutNulls } from '../graphql/without-nulls.js';
import { liveDueFacts } from './live-due-facts.js';
import { dueItemNode, mayCallerSeeRule, reminderNode } from './reminder-nodes.js';

type DueItemsArgs = PageArgs &
  AsOfArgs & { villageId?: string | null; rule?: DueRuleCode | null; cadreId?: string | null };

type RemindersArgs = PageArgs & {
  villageId?: string | null;
  rule?: DueRuleCode | null;
  acknowledged?: boolean | null;
  remindedMe?: boolean | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
};

function ensureDay(value: string | null | undefined, field: string): string | undefined {
  if (value == null) return undefined;
  if (!isRealDate(value))
    throw new DomainError(
      'BAD_USER_INPUT',
      'INVALID_DATE',
      { zh: `${field} 应为日期（yyyy-mm-dd）`, en: `${field} must be a date (yyyy-mm-dd)` },
      field,
    );
  return value;
}

/** The ids of the items due today on the gateway's clock (each is its reminder's id). */
const dueIdsToday = (context: GatewayContext): ReadonlySet<string> =>
  new Set(selectDueItems(liveDueFacts(context.system), todayOf(context)).map((item) => item.id));

export const calendarResolvers = {
  Query: {
    dueItems: (_: unknown, args: DueItemsArgs, context: GatewayContext) => {
      const villageId = scopedVillage('dueItems', args.villageId, context);
      const filter = withoutNulls({ villageId, rule: args.rule, cadreId: args.cadreId });
      return fromReadModelsAsOf(context, args, (db) => {
        const day = args.asOf ?? todayOf(context);
        const facts = db === context.system.readModels ? liveDueFacts(context.system) : loadDueFacts(db);
        const items = selectDueItems(facts, day, filter).filter((item) =>
          mayCallerSeeRule(item.rule, context),
        );
        const page = pageOfItems(items, pageRequest(args));
        const reminders = remindersByIds(
          db,
          page.nodes.map((item) => item.id),
        );
        return toConnection(page, (item) => dueItemNode(db, item, reminders.get(item.id), context));
      });
    },
    reminders: (_: unknown, args: RemindersArgs, context: GatewayContext) => {
      const villageId = scopedVillage('reminders', args.villageId, context);
      const filter = withoutNulls({
        villageId,
        rule: args.rule,
        acknowledged: args.acknowledged,
        recipient: args.remindedMe ? context.actor : undefined,
        issuedFrom: ensureDay(args.issuedFrom, 'issuedFrom'),
        issuedTo: ensureDay(args.issuedTo, 'issuedTo'),
      });
      const db = context.system.readModels;
      const dueToday = dueIdsToday(context);
      return toConnection(listReminders(db, filter, pageRequest(args)), (record) =>
        reminderNode(db, record, context, dueToday),
      );
    },
  },
  Subscription: {
    reminderIssued: {
      subscribe: (
        _: unknown,
        args: { villageId?: string | null; after?: string | null },
        context: GatewayContext,
      ) => {
        const { system } = context;
        const after = positionArgument(args.after, context);
        const villageId = villageFilterFor(context.principal, args.villageId) ?? null;
        authorize(context.principal, 'reminderIssued', villageId, context.locale);
        return (async function* () {
          for await (const event of liveEvents(system.store, after, (e) => e.type === 'ReminderIssued')) {
            await system.runner.waitFor(event.position);
            const record = findReminder(system.readModels, (event.data as { reminderId: string }).reminderId);
            if (!record || !mayCallerSeeRule(record.rule as string, context)) continue;
            if (villageId !== null && record.villageId !== villageId) continue;
            // a fresh context per reminder: the accounts' names are read again (one may be new)
            yield {
              reminderIssued: reminderNode(system.readModels, record, { ...context }, dueIdsToday(context)),
            };
          }
        })();
      },
    },
  },
};
