import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { scopeSql } from './scope-sql.js';
import type { StatisticsFacts } from './statistics-facts.js';
import {
  assembleStatisticsFacts,
  type CadreInScope,
  type CadreRow,
  groupBy,
  reserveOf,
  type StatisticsRows,
  type StatisticsScope,
  type VillageRow,
} from './statistics-rows.js';

export type { StatisticsScope } from './statistics-rows.js';

/**
 * Everything the statistics read, from the live read models, for the scope's villages and their cadres only
 * (see scope-sql.ts). Given a year, only what is dated in it of the dated rows: no figure counts another
 * year's (see `computeStatistics`).
 */
function liveStatisticsRows(
  db: ReadModelDatabase,
  scope: StatisticsScope,
  year: number | null,
): StatisticsRows {
  const s = scopeSql(
    scope,
    (villageInScope) => `SELECT village_id FROM villages WHERE ${villageInScope}`,
    'SELECT cadre_id FROM cadres WHERE 1',
  );
  // a date in the year is a range of its column's index: those starting "yyyy-" are those from "yyyy-" to "yyyy."
  const inYear = (column: string) =>
    year === null ? '1' : `${column} >= @yearStart AND ${column} < @yearEnd`;
  const ofYear = { ...s.parameters, yearStart: `${year}-`, yearEnd: `${year}.` };
  // the figures count a dated item by its date's year (yyyy-mm-dd)
  const yearOf = (column: string) => `CAST(substr(${column}, 1, 4) AS INTEGER) AS year`;
  const yearIs = { ...s.parameters, year };
  // a village counts the sessions its cadres attended (each attendee's record names the session), a township
  // those it held (see trainingsInScope)
  const sessionsOfScope =
    scope.villageId != null
      ? ` AND training_id IN (SELECT training_id FROM cadre_trainings WHERE from_session = 1 AND ${inYear('trained_on')}${s.cadre()})`
      : s.township();
  const villages = sql(
    db,
    `SELECT village_id AS villageId, township_id AS townshipId, kind,
         (SELECT started_on FROM village_terms t WHERE t.village_id = villages.village_id ORDER BY started_on DESC LIMIT 1) AS termStartedOn,
         (SELECT planned_end_on FROM village_terms t WHERE t.village_id = villages.village_id ORDER BY started_on DESC LIMIT 1) AS termPlannedEndOn
       FROM villages WHERE ${s.villageInScope}`,
  ).all(s.parameters) as VillageRow[];
  const posts = sql(
    db,
    `SELECT cadre_id, committee, position FROM posts WHERE left_on IS NULL${s.cadre()}`,
  ).all(s.parameters) as Array<{
    cadre_id: string;
    committee: string;
    position: string;
  }>;
  const postsOf = groupBy(
    posts,
    (p) => p.cadre_id,
    (p) => ({ committee: p.committee, position: p.position }),
  );
  const trainings = (
    sql(
      db,
      `SELECT training_id, township_id, kind, held_on, attendees FROM trainings WHERE ${inYear('held_on')}${sessionsOfScope}`,
    ).all(ofYear) as Array<{
      training_id: string;
      township_id: string;
      kind: 'INTERNAL' | 'EXTERNAL';
      held_on: string | null;
      attendees: string;
    }>
  ).map((t) => ({
    trainingId: t.training_id,
    townshipId: t.township_id,
    kind: t.kind,
    heldOn: t.held_on,
    attendees: JSON.parse(t.attendees) as string[],
  }));
  return {
    villages,
    cadres: (
      sql(
        db,
        `SELECT cadre_id, village_id, reserve_village_id, gender, ethnicity, birth_date, education_level,
           political_status, reserve_source, reserve_tier FROM cadres WHERE 1${s.cadreRow}`,
      ).all(s.parameters) as CadreRow[]
    ).map(
      (row): CadreInScope => ({
        cadreId: row.cadre_id,
        villageId: row.village_id,
        reserveVillageId: row.reserve_village_id,
        gender: row.gender,
        ethnicity: row.ethnicity,
        birthDate: row.birth_date,
        educationLevel: row.education_level,
        politicalStatus: row.political_status,
        posts: postsOf(row.cadre_id),
        reserve: reserveOf(row.reserve_source, row.reserve_tier),
      }),
    ),
    trainings,
    // Every record on a cadre's file: sessions they attended (also those their file alone records) and courses.
    cadreTrainings: sql(
      db,
      `SELECT cadre_id AS cadreId, kind, ${yearOf('trained_on')} FROM cadre_trainings WHERE ${inYear('trained_on')}${s.cadre()}`,
    ).all(ofYear) as StatisticsFacts['cadreTrainings'],
    interviews: sql(
      db,
      `SELECT cadre_id AS cadreId, kind, ${yearOf('held_on')} FROM interviews WHERE ${inYear('held_on')}${s.cadre()}`,
    ).all(ofYear) as StatisticsFacts['interviews'],
    pledges: sql(
      db,
      `SELECT cadre_id AS cadreId, year, item_count AS items, residents_rating AS residentsRating,
           organization_rating AS organizationRating FROM pledges WHERE (@year IS NULL OR year = @year)${s.cadre()}`,
    ).all(yearIs) as StatisticsFacts['pledges'],
    honors: sql(
      db,
      `SELECT cadre_id AS cadreId, level, ${yearOf('awarded_on')} FROM honors WHERE ${inYear('awarded_on')}${s.cadre()}`,
    ).all(ofYear) as StatisticsFacts['honors'],
    serviceRequests: sql(
      db,
      `SELECT village_id AS villageId, COUNT(*) AS raised, COUNT(status IN ('RESOLVED', 'RATED') OR NULL) AS resolved
       FROM service_requests WHERE 1${s.village()} GROUP BY village_id`,
    ).all(s.parameters) as StatisticsFacts['serviceRequests'],
    benefits: sql(
      db,
      `SELECT cadre_id AS cadreId, kind, year FROM benefits WHERE (@year IS NULL OR year = @year)${s.cadre()}`,
    ).all(yearIs) as StatisticsFacts['benefits'],
  };
}

/**
 * Reads the facts of one scope (a township, a village, or everything) from the read models; with a year,
 * the dated ones of that year only (what the figures of that year count).
 */
export function loadStatisticsFacts(
  db: ReadModelDatabase,
  scope: StatisticsScope = {},
  year: number | null = null,
): StatisticsFacts {
  return assembleStatisticsFacts(liveStatisticsRows(db, scope, year), scope);
}
