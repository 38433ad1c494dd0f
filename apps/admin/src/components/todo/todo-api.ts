import { commandSender } from '../../api/command-sender.js';
import { type Page, toPage } from '../../api/connection.js';
import { graphqlRequest } from '../../api/graphql-client.js';
import type { DueItemsQuery, DueRule, RemindersQuery } from '../../generated/gql/graphql.js';
import { graphql } from '../../generated/gql/index.js';

/** 待办: what is due (the gateway's calendar), the reminders issued for it, and acknowledging one. */

const DUE_ITEMS = graphql(`
  query DueItems($first: Int, $after: String, $villageId: ID, $rule: DueRule) {
    dueItems(first: $first, after: $after, villageId: $villageId, rule: $rule) {
      totalCount
      edges {
        node {
          id rule ruleText detail villageId villageName cadreId cadreName dueOn
          reminder { id issuedOn remindedMe acknowledgedOn acknowledgedBy { username displayName } }
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

const DUE_COUNT = graphql(`
  query DueCount {
    dueItems(first: 0) { totalCount }
  }
`);

const REMINDERS = graphql(`
  query Reminders($first: Int, $after: String, $villageId: ID, $rule: DueRule, $acknowledged: Boolean) {
    reminders(first: $first, after: $after, villageId: $villageId, rule: $rule, acknowledged: $acknowledged) {
      totalCount
      edges {
        node {
          id rule ruleText villageName cadreName dueOn issuedOn
          recipients { actor username displayName }
          acknowledgedBy { username displayName }
          acknowledgedOn daysToAcknowledge stillDue
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type DueItem = DueItemsQuery['dueItems']['edges'][number]['node'];
export type Reminder = RemindersQuery['reminders']['edges'][number]['node'];
export type { DueRule };

export interface TodoFilter {
  villageId?: string | null;
  rule?: DueRule | null;
}

const filterVariables = ({ villageId, rule }: TodoFilter) => ({
  villageId: villageId || null,
  rule: rule || null,
});

export async function fetchDueItems(
  filter: TodoFilter,
  first: number,
  after: string | null,
): Promise<Page<DueItem>> {
  const data = await graphqlRequest(DUE_ITEMS, { first, after, ...filterVariables(filter) });
  return toPage(data.dueItems);
}

/** How many items are due for the caller (a village secretary: their village's). */
export async function fetchDueCount(): Promise<number> {
  return (await graphqlRequest(DUE_COUNT, {})).dueItems.totalCount;
}

export async function fetchReminders(
  filter: TodoFilter & { acknowledged?: boolean | null },
  first: number,
  after: string | null,
): Promise<Page<Reminder>> {
  const data = await graphqlRequest(REMINDERS, {
    first,
    after,
    ...filterVariables(filter),
    acknowledged: filter.acknowledged ?? null,
  });
  return toPage(data.reminders);
}

/** 确认提醒: the signed-in user, one of those reminded, has seen it. */
export const acknowledgeReminder = commandSender(
  graphql(`
    mutation AcknowledgeReminder($commandId: ID!, $reason: String, $input: AcknowledgeReminderInput!) {
      acknowledgeReminder(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** The rules, in the order the filter offers them. */
export const DUE_RULES: readonly DueRule[] = [
  'TERM_ENDING',
  'ELECTION_CANDIDATE_NOT_REVIEWED',
  'PLEDGE_PROGRESS_MISSING',
  'PLEDGE_EVALUATION_MISSING',
  'ADMONISHMENT_NOT_HELD',
  'QUALIFICATION_REVIEW_OVERDUE',
  'EARLY_WARNING_OPEN',
  'SERVICE_REQUEST_OVERDUE',
  'RESERVE_CADRE_AGE',
  'COMMITTEE_MEMBER_AGE',
];
