import type { CadreState, DueRuleCode } from '@cadre/domain';
import { sql } from '../define-projection.js';
import {
  decodeCursor,
  encodeCursor,
  keysetPage,
  mapPage,
  type Page,
  type PageRequest,
  pageSize,
} from '../pagination.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { toRecord } from '../row-records.js';
import type { DueFacts, ServiceRequestFact } from './due-facts.js';
import { computeDueItems, type DueItem } from './due-items.js';
import { readTownshipStates, readVillageStates } from './due-states-projection.js';

/** The facts of the due list as the read models (live, or as of a past day) hold them. */
export function loadDueFacts(db: ReadModelDatabase): DueFacts {
  const cadres = (sql(db, 'SELECT state FROM cadre_states').pluck().all() as string[]).map(
    (state) => JSON.parse(state) as CadreState,
  );
  const serviceRequests = sql(
    db,
    `SELECT request_id AS requestId, village_id AS villageId, cadre_id AS cadreId, raised_on AS raisedOn, status
     FROM service_requests WHERE status IN ('RAISED', 'DISPATCHED', 'ACCEPTED')`,
  ).all() as ServiceRequestFact[];
  return {
    townships: readTownshipStates(db),
    villages: readVillageStates(db),
    cadres,
    serviceRequests,
  };
}

export interface DueFilter {
  villageId?: string;
  rule?: DueRuleCode;
  cadreId?: string;
}

/** What is due on a day according to these facts, narrowed by village, rule or cadre. */
export function selectDueItems(facts: DueFacts, on: string, filter: DueFilter = {}): DueItem[] {
  return computeDueItems(facts, on).filter(
    (item) =>
      (filter.villageId === undefined || item.villageId === filter.villageId) &&
      (filter.rule === undefined || item.rule === filter.rule) &&
      (filter.cadreId === undefined || item.cadreId === filter.cadreId),
  );
}

/** What is due on a day, from the read models as they stand. */
export const dueItemsOn = (db: ReadModelDatabase, on: string, filter: DueFilter = {}): DueItem[] =>
  selectDueItems(loadDueFacts(db), on, filter);

/** One page of a sorted list held in memory, with the same cursors as the read models' pages. */
export function pageOfItems(items: readonly DueItem[], request: PageRequest): Page<DueItem> {
  const size = pageSize(request);
  let start = 0;
  if (request.after) {
    const [dueOn, id] = decodeCursor(request.after) as [string, string];
    start = items.findIndex((i) => i.dueOn > dueOn || (i.dueOn === dueOn && i.id > id));
    if (start === -1) start = items.length;
  }
  const nodes = items.slice(start, start + size);
  return {
    nodes,
    cursorAt: (index) => encodeCursor([nodes[index]!.dueOn, nodes[index]!.id]),
    hasNextPage: start + size < items.length,
    totalCount: items.length,
  };
}

export interface ReminderFilter {
  villageId?: string;
  rule?: string;
  acknowledged?: boolean;
  /** Issued on or after / on or before these days. */
  issuedFrom?: string;
  issuedTo?: string;
  /** Reminders whose recipients include this actor (`user:<id>`). */
  recipient?: string;
}

const REMINDER_CONDITIONS: Record<keyof ReminderFilter, string> = {
  villageId: 'village_id = @villageId',
  rule: 'rule = @rule',
  acknowledged: '(acknowledged_on IS NOT NULL) = @acknowledged',
  issuedFrom: 'issued_on >= @issuedFrom',
  issuedTo: 'issued_on <= @issuedTo',
  recipient: 'EXISTS (SELECT 1 FROM json_each(recipients) WHERE value = @recipient)',
};

/** Reminders, newest first, with whom they went to and who acknowledged them when. */
export function listReminders(
  db: ReadModelDatabase,
  filter: ReminderFilter,
  request: PageRequest & { reverse?: boolean },
): Page<Record<string, unknown>> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [name, condition] of Object.entries(REMINDER_CONDITIONS)) {
    const value = filter[name as keyof ReminderFilter];
    if (value === undefined) continue;
    where.push(condition);
    params[name] = typeof value === 'boolean' ? Number(value) : value;
  }
  const page = keysetPage<Record<string, unknown>>(
    db,
    { from: 'reminders', where, params, sort: 'seq', tiebreak: 'seq', descending: !request.reverse },
    request,
  );
  return mapPage(page, (row) => toRecord(row, ['audience', 'recipients']));
}

/** The reminders of these ids that are already issued, as records by id. */
export function remindersByIds(db: ReadModelDatabase, ids: readonly string[]) {
  const found = new Map<string, Record<string, unknown>>();
  const select = sql(db, 'SELECT * FROM reminders WHERE reminder_id = ?');
  for (const id of ids) {
    const row = select.get(id) as Record<string, unknown> | undefined;
    if (row) found.set(id, toRecord(row, ['audience', 'recipients']));
  }
  return found;
}

/** One reminder's record, or undefined before it is issued. */
export const findReminder = (db: ReadModelDatabase, id: string) => remindersByIds(db, [id]).get(id);

/** Ids of every reminder issued: what the scheduler has already done. */
export function issuedReminderIds(db: ReadModelDatabase): Set<string> {
  return new Set(sql(db, 'SELECT reminder_id FROM reminders').pluck().all() as string[]);
}
