import { filteredList } from './boards/filtered-list.js';
import { sql } from './define-projection.js';
import type { Page, PageRequest } from './pagination.js';
import type { ReadModelDatabase } from './read-model-database.js';
import { toRecord } from './row-records.js';

type Filters = Record<string, string | number | boolean | undefined>;
type Rec = Record<string, unknown>;

interface ListDefinition<F extends Filters> {
  from: string;
  sort: string;
  tiebreak: string;
  descending?: boolean;
  jsonColumns?: string[];
  /** SQL condition for each filter that is set; its value is bound as @<filter name>. */
  conditions: { [K in keyof F]-?: string };
}

/** A read-model list with one natural order (newest first for logs) that `reverse` turns around. */
function defineList<F extends Filters>({ sort, descending = false, ...definition }: ListDefinition<F>) {
  const list = filteredList<F, 'natural'>({
    ...definition,
    sorts: { natural: sort },
    defaultSort: 'natural',
  });
  return (db: ReadModelDatabase, filter: F, request: PageRequest & { reverse?: boolean }): Page<Rec> =>
    list(db, filter, { ...request, descending: descending !== (request.reverse ?? false) });
}

export const listVillages = defineList<{ townshipId?: string; kind?: string }>({
  from: 'villages',
  sort: 'seq',
  tiebreak: 'seq',
  conditions: { townshipId: 'township_id = @townshipId', kind: 'kind = @kind' },
});

/** A cadre's village: where they hold (or last held) a post, else where they are in the reserve pool. */
const CADRE_VILLAGE = 'COALESCE(c.village_id, c.reserve_village_id)';
const VILLAGES_OF_TOWNSHIP = '(SELECT village_id FROM villages WHERE township_id = @townshipId)';
/** The condition that the cadre `cadreColumn` names belongs to the village, or to the township's villages. */
const cadreOf = (cadreColumn: string) => ({
  villageId: `${cadreColumn} IN (SELECT c.cadre_id FROM cadres c WHERE ${CADRE_VILLAGE} = @villageId)`,
  townshipId: `${cadreColumn} IN (SELECT c.cadre_id FROM cadres c WHERE ${CADRE_VILLAGE} IN ${VILLAGES_OF_TOWNSHIP})`,
});

/** Sessions by planned date; a village's are those a cadre of the village attended. */
export const listTrainings = defineList<{
  year?: string;
  kind?: string;
  held?: boolean;
  townshipId?: string;
  villageId?: string;
}>({
  from: 'trainings',
  sort: 'date',
  tiebreak: 'training_id',
  jsonColumns: ['attendees'],
  conditions: {
    year: 'substr(date, 1, 4) = @year',
    kind: 'kind = @kind',
    held: '(held_on IS NOT NULL) = @held',
    townshipId: 'township_id = @townshipId',
    villageId: `EXISTS (SELECT 1 FROM json_each(trainings.attendees) a JOIN cadres c ON c.cadre_id = a.value
                 WHERE ${CADRE_VILLAGE} = @villageId)`,
  },
});

/** Pledges by year, of the cadres of a village or a township. */
export const listPledges = defineList<{
  year?: number;
  villageId?: string;
  townshipId?: string;
  status?: string;
}>({
  from: 'pledges JOIN cadres USING (cadre_id)',
  sort: 'pledges.year',
  tiebreak: 'cadres.seq',
  jsonColumns: ['items'],
  conditions: {
    year: 'pledges.year = @year',
    ...cadreOf('pledges.cadre_id'),
    status: `(CASE WHEN evaluated_on IS NOT NULL THEN 'EVALUATED' WHEN progress_on IS NOT NULL THEN 'PROGRESS_REPORTED' ELSE 'MADE' END) = @status`,
  },
});

/** Honors, newest first, of the cadres of a village or a township. */
export const listHonors = defineList<{
  year?: string;
  level?: string;
  cadreId?: string;
  villageId?: string;
  townshipId?: string;
}>({
  from: 'honors',
  sort: 'awarded_on',
  tiebreak: 'event_id',
  descending: true,
  conditions: {
    year: 'substr(awarded_on, 1, 4) = @year',
    level: 'level = @level',
    cadreId: 'cadre_id = @cadreId',
    ...cadreOf('honors.cadre_id'),
  },
});

/** 三单 requests, newest first, raised in a village or in a township's villages. */
export const listServiceRequests = defineList<{ villageId?: string; townshipId?: string; status?: string }>({
  from: 'service_requests',
  sort: 'seq',
  tiebreak: 'seq',
  descending: true,
  conditions: {
    villageId: 'village_id = @villageId',
    townshipId: `village_id IN ${VILLAGES_OF_TOWNSHIP}`,
    status: 'status = @status',
  },
});

export const listEarlyWarnings = defineList<{ villageId?: string; open?: boolean; source?: string }>({
  from: 'early_warnings',
  sort: 'raised_on',
  tiebreak: 'issue_id',
  descending: true,
  conditions: {
    villageId: 'village_id = @villageId',
    open: '(resolved_on IS NULL) = @open',
    source: 'source = @source',
  },
});

export const listEventLog = defineList<{
  streamId?: string;
  type?: string;
  actor?: string;
  recordedFrom?: string;
  recordedTo?: string;
}>({
  from: 'event_log',
  sort: 'position',
  tiebreak: 'position',
  descending: true,
  conditions: {
    streamId: 'stream_id = @streamId',
    type: 'type = @type',
    actor: 'actor = @actor',
    recordedFrom: 'recorded_at >= @recordedFrom',
    recordedTo: 'recorded_at <= @recordedTo',
  },
});

export function findVillage(db: ReadModelDatabase, villageId: string): Rec | undefined {
  const row = sql(db, 'SELECT * FROM villages WHERE village_id = ?').get(villageId) as Rec | undefined;
  return row && toRecord(row);
}

export function listTownships(db: ReadModelDatabase): Rec[] {
  return (sql(db, 'SELECT * FROM townships ORDER BY name').all() as Rec[]).map((row) =>
    toRecord(row, ['settings']),
  );
}
