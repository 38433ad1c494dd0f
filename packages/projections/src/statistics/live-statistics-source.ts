import { dayInYear, type StatisticsSource, yearParameters } from './statistics-source.js';

/** The statistics' rows of a figure year from the live read models (today's, or a replay's as of a day). */
export function liveStatisticsSource(year: number): StatisticsSource {
  return {
    villages: `SELECT village_id, township_id, kind,
        (SELECT planned_end_on FROM village_terms t WHERE t.village_id = v.village_id ORDER BY started_on DESC LIMIT 1)
          AS term_planned_end_on
      FROM villages v`,
    cadres: `SELECT cadre_id, village_id, reserve_village_id, gender, ethnicity, birth_date, education_level,
        political_status, reserve_source,
        (SELECT json_group_array(json_array(committee, position)) FROM posts p
          WHERE p.cadre_id = c.cadre_id AND left_on IS NULL) AS posts
      FROM cadres c`,
    sessions: `SELECT township_id, kind, attendees FROM trainings WHERE ${dayInYear('held_on')}`,
    // every record on a cadre's file: the sessions they attended (also those their file alone records) and courses
    trainings: `SELECT cadre_id, kind FROM cadre_trainings WHERE ${dayInYear('trained_on')}`,
    items: `SELECT cadre_id, 'INTERVIEW' AS item, kind FROM interviews WHERE ${dayInYear('held_on')}
      UNION ALL SELECT cadre_id, 'HONOR', level FROM honors WHERE ${dayInYear('awarded_on')}
      UNION ALL SELECT cadre_id, 'BENEFIT', kind FROM benefits WHERE year = @year`,
    pledges: `SELECT cadre_id, item_count, residents_rating, organization_rating FROM pledges WHERE year = @year`,
    requests: `SELECT village_id, status IN ('RESOLVED', 'RATED') AS resolved FROM service_requests`,
    parameters: yearParameters(year),
  };
}
