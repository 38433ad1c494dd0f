import { sql } from './define-projection.js';
import { keysetPage, mapPage, type Page, type PageRequest } from './pagination.js';
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

/** A read-model list with filters, keyset pagination and JSON columns, from one declaration. */
function defineList<F extends Filters>(definition: ListDefinition<F>) {
  return (db: ReadModelDatabase, filter: F, request: PageRequest & { reverse?: boolean }): Page<Rec> => {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    for (const [name, condition] of Object.entries(definition.conditions) as [string, string][]) {
      const value = filter[name];
      if (value === undefined) continue;
      where.push(condition);
      params[name] = typeof value === 'boolean' ? Number(value) : value;
    }
    const page = keysetPage<Rec>(
      db,
      {
        from: definition.from,
        where,
        params,
        sort: definition.sort,
        tiebreak: definition.tiebreak,
        // Each list has a natural order (newest first for logs); `reverse` turns it around.
        descending: (definition.descending ?? false) !== (request.reverse ?? false),
      },
      request,
    );
    return mapPage(page, (row) => toRecord(row, definition.jsonColumns));
  };
}

export const listVillages = defineList<{ townshipId?: string; kind?: string }>({
  from: 'villages',
  sort: 'seq',
  tiebreak: 'seq',
  conditions: { townshipId: 'township_id = @townshipId', kind: 'kind = @kind' },
});

export const listTrainings = defineList<{ year?: string; kind?: string; held?: boolean }>({
  from: 'trainings',
  sort: 'date',
  tiebreak: 'training_id',
  jsonColumns: ['attendees'],
  conditions: {
    year: 'substr(date, 1, 4) = @year',
    kind: 'kind = @kind',
    held: '(held_on IS NOT NULL) = @held',
  },
});

export const listPledges = defineList<{ year?: number; villageId?: string; status?: string }>({
  from: 'pledges JOIN cadres USING (cadre_id)',
  sort: 'pledges.year',
  tiebreak: 'cadres.seq',
  jsonColumns: ['items'],
  conditions: {
    year: 'pledges.year = @year',
    villageId: 'cadres.village_id = @villageId',
    status: `(CASE WHEN evaluated_on IS NOT NULL THEN 'EVALUATED' WHEN progress_on IS NOT NULL THEN 'PROGRESS_REPORTED' ELSE 'MADE' END) = @status`,
  },
});

export const listHonors = defineList<{ year?: string; level?: string; cadreId?: string }>({
  from: 'honors',
  sort: 'awarded_on',
  tiebreak: 'event_id',
  descending: true,
  conditions: {
    year: 'substr(awarded_on, 1, 4) = @year',
    level: 'level = @level',
    cadreId: 'cadre_id = @cadreId',
  },
});

export const listServiceRequests = defineList<{ villageId?: string; status?: string }>({
  from: 'service_requests',
  sort: 'seq',
  tiebreak: 'seq',
  descending: true,
  conditions: { villageId: 'village_id = @villageId', status: 'status = @status' },
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
