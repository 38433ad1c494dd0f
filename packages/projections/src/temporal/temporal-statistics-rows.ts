import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import type { StatisticsFacts, TrainingFacts } from '../statistics/statistics-facts.js';
import type { CadreRow, StatisticsRows, VillageRow } from '../statistics/statistics-rows.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import { DAY_COLUMN } from './event-days.js';

/** A day on one clock, and the figure year: only that year's dated items are read (no figure counts others). */
export interface TemporalMoment {
  day: string;
  basis: TimeBasis;
  year: number;
}

type Parameters = { day: string; basis: TimeBasis; year: number };

function villagesAsOf(db: ReadModelDatabase, column: string, at: Parameters): VillageRow[] {
  const villages = sql(
    db,
    `SELECT village_id AS villageId, township_id AS townshipId, kind FROM temporal_villages WHERE ${column} <= @day`,
  ).all({ day: at.day }) as VillageRow[];
  // the current term is the latest begun: SQLite takes the other columns from the row with the MAX
  const terms = sql(
    db,
    `SELECT village_id, MAX(started_on) AS started_on, planned_end_on FROM temporal_village_terms
     WHERE ${column} <= @day GROUP BY village_id`,
  ).all({ day: at.day }) as Array<{ village_id: string; started_on: string; planned_end_on: string }>;
  const termOf = new Map(terms.map((term) => [term.village_id, term]));
  for (const village of villages) {
    const term = termOf.get(village.villageId);
    village.termStartedOn = term?.started_on ?? null;
    village.termPlannedEndOn = term?.planned_end_on ?? null;
  }
  return villages;
}

/** Trainings as the `trainings` projection folds their events up to the day, and the sessions' attendance. */
function trainingsAsOf(db: ReadModelDatabase, column: string, at: Parameters) {
  const events = sql(
    db,
    `SELECT training_id, kind, held_on, attendees FROM temporal_training_events WHERE ${column} <= @day ORDER BY position`,
  ).all({ day: at.day }) as Array<{
    training_id: string;
    kind: TrainingFacts['kind'] | null;
    held_on: string | null;
    attendees: string | null;
  }>;
  const trainings = new Map<string, TrainingFacts>();
  const sessions: StatisticsFacts['cadreTrainings'] = [];
  for (const event of events) {
    if (event.kind !== null) {
      trainings.set(event.training_id, {
        trainingId: event.training_id,
        kind: event.kind,
        heldOn: null,
        attendees: [],
      });
      continue;
    }
    const training = trainings.get(event.training_id);
    if (!training) continue; // held before it was scheduled: the live read model has no row to update either
    training.heldOn = event.held_on;
    training.attendees = JSON.parse(event.attendees!) as string[];
    for (const cadreId of training.attendees)
      sessions.push({ cadreId, kind: training.kind, trainedOn: event.held_on! });
  }
  return { trainings: [...trainings.values()], sessions };
}

/** 三单 requests as the `service-requests` projection folds their events up to the day. */
function serviceRequestsAsOf(db: ReadModelDatabase, column: string, at: Parameters) {
  const events = sql(
    db,
    `SELECT request_id, village_id, status, resolved_on FROM temporal_request_events WHERE ${column} <= @day ORDER BY position`,
  ).all({ day: at.day }) as Array<{
    request_id: string;
    village_id: string | null;
    status: string;
    resolved_on: string | null;
  }>;
  const requests = new Map<string, StatisticsFacts['serviceRequests'][number]>();
  for (const event of events) {
    if (event.village_id !== null) {
      requests.set(event.request_id, { villageId: event.village_id, status: 'RAISED', resolvedOn: null });
      continue;
    }
    const request = requests.get(event.request_id);
    if (!request) continue;
    request.status = event.status as typeof request.status;
    if (event.resolved_on !== null) request.resolvedOn = event.resolved_on;
  }
  return [...requests.values()];
}

interface VersionRow extends CadreRow {
  posts: string;
  pledges: string;
}

/**
 * Everything the statistics read, as it stood at the end of a day on one clock: the cadres' versions valid
 * that day, the items dated by then, the events folded as their read models fold them.
 */
export function temporalStatisticsRows(db: ReadModelDatabase, moment: TemporalMoment): StatisticsRows {
  const column = DAY_COLUMN[moment.basis];
  const at = { day: moment.day, basis: moment.basis, year: moment.year };
  const versions = sql(
    db,
    `SELECT cadre_id, village_id, reserve_village_id, gender, ethnicity, birth_date, education_level,
         political_status, reserve_source, reserve_tier, posts, pledges
       FROM temporal_cadres
       WHERE basis = @basis AND valid_from <= @day AND (valid_to IS NULL OR valid_to > @day)`,
  ).all({ basis: at.basis, day: at.day }) as VersionRow[];
  const posts = new Map(versions.map((v) => [v.cadre_id, v.posts]));
  const items = sql(
    db,
    `SELECT cadre_id, item, kind, on_day FROM temporal_cadre_items WHERE year = @year AND ${column} <= @day`,
  ).all({ year: at.year, day: at.day }) as Array<{
    cadre_id: string;
    item: string;
    kind: string;
    on_day: string;
  }>;
  const itemsOf = (item: string) => items.filter((row) => row.item === item);
  const { trainings, sessions } = trainingsAsOf(db, column, at);
  return {
    villages: villagesAsOf(db, column, at),
    cadres: versions,
    postsOf: (cadreId) =>
      (JSON.parse(posts.get(cadreId) ?? '[]') as Array<[string, string]>).map(([committee, position]) => ({
        committee,
        position,
      })),
    trainings,
    cadreTrainings: [
      ...sessions,
      ...itemsOf('TRAINING').map((row) => ({
        cadreId: row.cadre_id,
        kind: row.kind as TrainingFacts['kind'],
        trainedOn: row.on_day,
      })),
    ],
    interviews: itemsOf('INTERVIEW').map((row) => ({
      cadreId: row.cadre_id,
      kind: row.kind,
      heldOn: row.on_day,
    })),
    pledges: versions.flatMap((version) =>
      (JSON.parse(version.pledges) as Array<[number, number, string | null, string | null]>).map(
        ([year, items, residentsRating, organizationRating]) => ({
          cadreId: version.cadre_id,
          year,
          items,
          residentsRating,
          organizationRating,
        }),
      ),
    ),
    honors: itemsOf('HONOR').map((row) => ({
      cadreId: row.cadre_id,
      level: row.kind as StatisticsFacts['honors'][number]['level'],
      awardedOn: row.on_day,
    })),
    serviceRequests: serviceRequestsAsOf(db, column, at),
    benefits: itemsOf('BENEFIT').map((row) => ({
      cadreId: row.cadre_id,
      kind: row.kind as StatisticsFacts['benefits'][number]['kind'],
      year: at.year,
    })),
  };
}
