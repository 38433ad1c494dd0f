import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { type ScopeSql, scopeSql } from '../statistics/scope-sql.js';
import type { StatisticsFacts } from '../statistics/statistics-facts.js';
import type {
  CadreInScope,
  StatisticsRows,
  StatisticsScope,
  TrainingRow,
  VillageRow,
} from '../statistics/statistics-rows.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import { DAY_COLUMN } from './event-days.js';
import { GRADE_CODES, ITEM_CODES } from './fact-codes.js';
import { unpackCadreVersion } from './packed-cadre-version.js';
import { type SessionRow, sessionFacts } from './session-facts.js';

/** A day on one clock, and the figure year: only that year's dated items are read (no figure counts others). */
export interface TemporalMoment {
  day: string;
  basis: TimeBasis;
  year: number;
}

type Parameters = { day: string; basis: TimeBasis; year: number };

/** The scope's villages as of the day, each with its current term: the latest begun by then. */
function villagesAsOf(db: ReadModelDatabase, column: string, at: Parameters, s: ScopeSql): VillageRow[] {
  // the term's two days in one text, found through the village's terms index (no grouping of every term)
  const rows = sql(
    db,
    `SELECT village_id, township_id, kind,
       (SELECT started_on || ' ' || planned_end_on FROM temporal_village_terms t
        WHERE t.village_id = v.village_id AND t.${column} <= @day ORDER BY started_on DESC LIMIT 1)
     FROM temporal_villages v WHERE ${column} <= @day AND ${s.villageInScope}`,
  )
    .raw()
    .all({ day: at.day, ...s.parameters }) as Array<[string, string, VillageRow['kind'], string | null]>;
  return rows.map(([villageId, townshipId, kind, term]) => ({
    villageId,
    townshipId,
    kind,
    termStartedOn: term === null ? null : term.slice(0, 10),
    termPlannedEndOn: term === null ? null : term.slice(11),
  }));
}

/**
 * The sessions a scope's figures read (see trainingsInScope): a village's, those its cadres attended; a
 * township's, also those it held; unscoped, all.
 */
function sessionsOfScope(scope: StatisticsScope, of: OfCadres): string {
  if (!of.clause) return '';
  const attended = `position IN (SELECT position FROM temporal_session_attendees
     WHERE year = @year AND cadre_key IN (SELECT value FROM json_each(@cadreKeys)))`;
  return scope.villageId != null ? ` AND ${attended}` : ` AND (township_id = @townshipId OR ${attended})`;
}

/**
 * The year's sessions as of the day, and their attendance: no figure counts a training not held in the
 * year, and a training is held once, so these are the live read model's rows the figures read.
 */
function trainingsAsOf(
  db: ReadModelDatabase,
  column: string,
  at: Parameters,
  scope: StatisticsScope,
  of: OfCadres,
) {
  const rows = sql(
    db,
    `SELECT position, training_id, township_id, kind, held_on, attendees FROM temporal_training_sessions
     WHERE year = @year AND ${column} <= @day AND scheduled_${column} <= @day${sessionsOfScope(scope, of)}`,
  )
    .raw()
    .all({
      year: at.year,
      day: at.day,
      ...of.parameters,
      ...(of.clause && scope.villageId == null ? { townshipId: scope.townshipId } : {}),
    }) as SessionRow[];
  const trainings: TrainingRow[] = [];
  const attendance: StatisticsFacts['cadreTrainings'] = [];
  for (const row of rows) {
    const session = sessionFacts(row);
    trainings.push(session.training);
    for (const record of session.attendance) attendance.push(record);
  }
  return { trainings, sessions: attendance };
}

/**
 * 三单 requests as of the day by village, as the figures count them: raised, and resolved (or rated) by then. A
 * request's steps come in one order (REQUEST_STEPS) and its status is its latest step there, so it stands
 * resolved from the first day its resolution or its rating is there.
 */
function serviceRequestsAsOf(
  db: ReadModelDatabase,
  column: string,
  at: Parameters,
  s: ScopeSql,
): StatisticsFacts['serviceRequests'] {
  return sql(
    db,
    `SELECT village_id AS villageId, COUNT(*) AS raised, COUNT(resolved_${column} <= @day OR NULL) AS resolved
     FROM temporal_requests WHERE ${column} <= @day${s.village()} GROUP BY village_id`,
  ).all({ day: at.day, ...s.parameters }) as StatisticsFacts['serviceRequests'];
}

/** The `AND` that narrows a cadre's rows to the scope's cadres (none unscoped), and its parameter. */
interface OfCadres {
  clause: string;
  parameters: { cadreKeys?: string };
}

/**
 * The scope's cadres are those whose versions cadresAsOf read: given to the other queries as a list of their
 * keys, their rows are found through each table's cadre index instead of every cadre's version being read again.
 */
function ofCadres(cadres: readonly CadreInScope[], scoped: boolean): OfCadres {
  if (!scoped) return { clause: '', parameters: {} };
  return {
    clause: ' AND cadre_key IN (SELECT value FROM json_each(@cadreKeys))',
    parameters: { cadreKeys: JSON.stringify(cadres.map((cadre) => cadre.cadreId)) },
  };
}

/** The year's pledges as of the day, each with the latest evaluation of its year folded after it. */
function pledgesAsOf(
  db: ReadModelDatabase,
  column: string,
  at: Parameters,
  of: OfCadres,
): StatisticsFacts['pledges'] {
  const parameters = { ...at, ...of.parameters };
  const made = sql(
    db,
    `SELECT position, cadre_key, item_count FROM temporal_pledges WHERE year = @year AND ${column} <= @day${of.clause}`,
  )
    .raw()
    .all(parameters) as Array<[number, number, number]>;
  const evaluations = sql(
    db,
    `SELECT position, cadre_key, residents_grade, organization_grade FROM temporal_pledge_evaluations
     WHERE year = @year AND ${column} <= @day${of.clause} ORDER BY position`,
  )
    .raw()
    .all(parameters) as Array<[number, number, number, number]>;
  // in position order: each cadre's last one stays
  const latestOf = new Map<number, (typeof evaluations)[number]>();
  for (const evaluation of evaluations) latestOf.set(evaluation[1], evaluation);
  return made.map(([position, cadreId, items]) => {
    // `evolve` evaluates the pledges already made: the latest evaluation, if made after this pledge
    const latest = latestOf.get(cadreId);
    const evaluation = latest && latest[0] > position ? latest : undefined;
    return {
      cadreId,
      year: at.year,
      items,
      residentsRating: evaluation ? GRADE_CODES[evaluation[2]]! : null,
      organizationRating: evaluation ? GRADE_CODES[evaluation[3]]! : null,
    };
  });
}

/** The cadres' versions valid at the end of the day, of the scope's villages. */
function cadresAsOf(db: ReadModelDatabase, at: Parameters, s: ScopeSql): CadreInScope[] {
  const rows = sql(
    db,
    `SELECT facts FROM temporal_cadres
     WHERE basis = @basis AND valid_from <= @day AND (valid_to IS NULL OR valid_to > @day)${s.cadreRow}`,
  )
    .pluck()
    .all({ ...at, ...s.parameters }) as string[];
  const cadres = new Array<CadreInScope>(rows.length);
  for (let i = 0; i < rows.length; i++) cadres[i] = unpackCadreVersion(rows[i]!);
  return cadres;
}

/** The year's items on the cadres' files (admonishments, honors, benefits, courses) there by the day, by kind of item. */
function itemsAsOf(db: ReadModelDatabase, column: string, at: Parameters, of: OfCadres) {
  const items = sql(
    db,
    `SELECT cadre_key, code FROM temporal_cadre_items WHERE year = @year AND ${column} <= @day${of.clause}`,
  )
    .raw()
    .all({ ...at, ...of.parameters }) as Array<[number, number]>;
  const courses: StatisticsFacts['cadreTrainings'] = [];
  const interviews: StatisticsFacts['interviews'] = [];
  const honors: StatisticsFacts['honors'] = [];
  const benefits: StatisticsFacts['benefits'] = [];
  const { year } = at;
  for (const [cadreId, code] of items) {
    const fact = ITEM_CODES[code]!;
    if (fact[0] === 'TRAINING') courses.push({ cadreId, kind: fact[1], year });
    else if (fact[0] === 'INTERVIEW') interviews.push({ cadreId, kind: fact[1], year });
    else if (fact[0] === 'HONOR') honors.push({ cadreId, level: fact[1], year });
    else benefits.push({ cadreId, kind: fact[1], year });
  }
  return { courses, interviews, honors, benefits };
}

/**
 * Everything the statistics read, as it stood at the end of a day on one clock: the cadres' versions valid
 * that day, the items dated by then, the events folded as their read models fold them. Scoped, only the
 * rows of the scope's villages and their cadres as of the day are read (see scope-sql.ts).
 */
export function temporalStatisticsRows(
  db: ReadModelDatabase,
  moment: TemporalMoment,
  scope: StatisticsScope = {},
): StatisticsRows {
  const column = DAY_COLUMN[moment.basis];
  const at = { day: moment.day, basis: moment.basis, year: moment.year };
  const s = scopeSql(
    scope,
    (villageInScope) =>
      `SELECT village_id FROM temporal_villages WHERE ${column} <= @day AND ${villageInScope}`,
    'SELECT cadre_id FROM temporal_cadres WHERE basis = @basis AND valid_from <= @day AND (valid_to IS NULL OR valid_to > @day)',
  );
  const cadres = cadresAsOf(db, at, s);
  const of = ofCadres(cadres, s.scoped);
  const items = itemsAsOf(db, column, at, of);
  // a township's cadres may attend another's sessions, and their attendance counts: found by attendee
  const { trainings, sessions } = trainingsAsOf(db, column, at, scope, of);
  return {
    villages: villagesAsOf(db, column, at, s),
    cadres,
    trainings,
    cadreTrainings: [...sessions, ...items.courses],
    interviews: items.interviews,
    pledges: pledgesAsOf(db, column, at, of),
    honors: items.honors,
    serviceRequests: serviceRequestsAsOf(db, column, at, s),
    benefits: items.benefits,
  };
}
