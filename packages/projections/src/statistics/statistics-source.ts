/**
 * Where the statistics' rows come from: the live read models, or the temporal ones as of a day. A source is
 * a SELECT per kind of row, each with the columns named here, so that one counting query
 * (count-statistics.ts) says once what each figure counts, over either. A source's SELECT may read the ones
 * before it by their names (`source_sessions`, …). Only the year's dated rows are given: no figure counts
 * another year's.
 */
export interface StatisticsSource {
  /** `village_id, township_id, kind, term_planned_end_on` (the planned end of the village's current term). */
  villages: string;
  /**
   * `cadre_id, village_id, reserve_village_id, gender, ethnicity, birth_date, education_level,
   * political_status, reserve_source, posts`: posts is the JSON `[[committee, position], …]` of the posts held.
   */
  cadres: string;
  /** `township_id, kind, attendees` (a JSON array of cadre ids): the training sessions held in the year. */
  sessions: string;
  /** `cadre_id, kind`: the trainings on the cadres' files in the year (sessions attended, courses taken). */
  trainings: string;
  /** `cadre_id, item, kind`: the year's talks (INTERVIEW), honors (HONOR, kind: the level), benefits (BENEFIT). */
  items: string;
  /** `cadre_id, item_count, residents_rating, organization_rating`: the year's pledges, as last evaluated. */
  pledges: string;
  /** `village_id, resolved` (1 once resolved or rated): the 三单 requests raised. */
  requests: string;
  /** The parameters the SELECTs name. */
  parameters: Record<string, string | number>;
}

/** The source's SELECTs as the CTEs the counting query reads. */
export const sourceCtes = (source: StatisticsSource): string =>
  (['villages', 'cadres', 'sessions', 'trainings', 'items', 'pledges', 'requests'] as const)
    .map((name) => `source_${name} AS (${source[name]})`)
    .join(',\n');

/** `column` is a day of the year (yyyy-mm-dd as text): the live tables' dated rows of one figure year. */
export const dayInYear = (column: string) => `substr(${column}, 1, 5) = @yearPrefix`;
export const yearParameters = (year: number) => ({ year, yearPrefix: `${year}-` });
