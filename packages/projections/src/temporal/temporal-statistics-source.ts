import { type StatisticsSource, yearParameters } from '../statistics/statistics-source.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import { DAY_COLUMN } from './event-days.js';

/** A day on one clock, and the figure year: only that year's dated items are read (no figure counts others). */
export interface TemporalMoment {
  day: string;
  basis: TimeBasis;
  year: number;
}

/**
 * The statistics' rows as they stood at the end of a day on one clock, with the live read models' columns:
 * the cadres' versions valid that day, the rows there by the day, folded as their read models fold them.
 */
export function temporalStatisticsSource({ day, basis, year }: TemporalMoment): StatisticsSource {
  const there = (table = '') => `${table}${DAY_COLUMN[basis]} <= @day`;
  return {
    // the current term is the latest begun: SQLite takes the other columns from the row with the MAX
    villages: `SELECT v.village_id, v.township_id, v.kind, t.planned_end_on AS term_planned_end_on
      FROM temporal_villages v LEFT JOIN (
        SELECT village_id, MAX(started_on), planned_end_on FROM temporal_village_terms WHERE ${there()} GROUP BY village_id
      ) t ON t.village_id = v.village_id
      WHERE ${there('v.')}`,
    cadres: `SELECT cadre_id, village_id, reserve_village_id, gender, ethnicity, birth_date, education_level,
        political_status, reserve_source, posts
      FROM temporal_cadres WHERE basis = @basis AND valid_from <= @day AND (valid_to IS NULL OR valid_to > @day)`,
    // a training is held once (TRAINING_ALREADY_HELD): its session counts once both it and its scheduling are there
    sessions: `SELECT township_id, kind, attendees FROM temporal_training_sessions
      WHERE year = @year AND ${there()} AND scheduled_${there()}`,
    // the sessions attended (every township's: a cadre may attend another's), and the courses on the files
    trainings: `SELECT a.value AS cadre_id, s.kind FROM source_sessions s, json_each(s.attendees) a
      UNION ALL SELECT cadre_id, kind FROM temporal_cadre_items WHERE item = 'TRAINING' AND year = @year AND ${there()}`,
    items: `SELECT cadre_id, item, kind FROM temporal_cadre_items WHERE item <> 'TRAINING' AND year = @year AND ${there()}`,
    // `evolve` evaluates the pledges already made: a pledge's rating is the latest evaluation after it was made,
    // that is its cadre's latest of the year if that came after it
    pledges: `SELECT p.cadre_id, p.item_count, e.residents_rating, e.organization_rating
      FROM temporal_pledges p LEFT JOIN (
        SELECT cadre_id, MAX(position) AS position, residents_rating, organization_rating
        FROM temporal_pledge_evaluations WHERE year = @year AND ${there()} GROUP BY cadre_id
      ) e ON e.cadre_id = p.cadre_id AND e.position > p.position
      WHERE p.year = @year AND ${there('p.')}`,
    // a request's steps come in one order (REQUEST_STEPS): it stands resolved from the first day its resolution
    // or its rating is there
    requests: `SELECT village_id, resolved_${there()} IS TRUE AS resolved FROM temporal_requests WHERE ${there()}`,
    parameters: { day, basis, ...yearParameters(year) },
  };
}
