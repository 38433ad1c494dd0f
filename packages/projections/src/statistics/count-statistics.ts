import { ageOn, committee } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { type StatisticsSource, sourceCtes } from './statistics-source.js';

export interface StatisticsScope {
  townshipId?: string;
  villageId?: string;
}

/**
 * Whether a cadre's posts hold one like this. The posts are compact JSON (JSON.stringify and SQLite's json_array
 * write no spaces) of [committee, position] pairs, so a post is found by its text, without parsing every list.
 */
function holds(post: { committee?: string; position?: string }): string {
  const text = `${post.committee === undefined ? ',' : `[${JSON.stringify(post.committee)},`}${
    post.position === undefined ? '' : `${JSON.stringify(post.position)}]`
  }`;
  return `instr(posts, '${text}') > 0`;
}

/** On more than one committee (交叉任职). */
const CROSS_HOLDING = `${committee.options.map((name) => `(${holds({ committee: name })})`).join(' + ')} > 1`;

/**
 * What each figure counts, once, over the rows of any source (live or as of a day): a scope is its
 * villages, and the cadres whose village or reserve village is one of them; a committee member holds a post.
 * Each row of the answer is a figure, a key it is counted by (or null) and a count. The cadres are counted
 * by their make-up once (cadre_groups: a few hundred rows), the figures read that. Training sessions: a
 * village counts the sessions its cadres attended; a township those it held (not another township's, though
 * its cadres may have gone); everything, all of them. A cadre trained in the year has a training on file in
 * it: the sessions attended are on the files too.
 */
const COUNTING = `
  scope_villages AS MATERIALIZED (
    SELECT village_id, kind, term_planned_end_on FROM source_villages
    WHERE (@townshipId IS NULL OR township_id = @townshipId) AND (@villageId IS NULL OR village_id = @villageId)
  ),
  scope_cadres AS MATERIALIZED (
    SELECT cadre_id, birth_date, education_level, gender, ethnicity, political_status, reserve_source,
      posts <> '[]' AS member, ${holds({ position: 'PARTY_SECRETARY' })} AS secretary,
      ${holds({ committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' })} AS chairs_residents,
      ${CROSS_HOLDING} AS cross_holding, COALESCE(reserve_source, '') <> '' AS reserve
    FROM source_cadres
    WHERE village_id IN (SELECT village_id FROM scope_villages)
       OR reserve_village_id IN (SELECT village_id FROM scope_villages)
  ),
  cadre_groups AS MATERIALIZED (
    SELECT member, secretary, secretary AND chairs_residents AS one_shoulder, cross_holding, reserve, education_level,
      gender, ethnicity = '汉族' AS han, political_status, reserve_source, COUNT(*) AS n
    FROM scope_cadres
    GROUP BY member, secretary, one_shoulder, cross_holding, reserve, education_level, gender, han, political_status,
      reserve_source
  ),
  scope_sessions AS MATERIALIZED (
    SELECT kind FROM source_sessions
    WHERE @sessionScope = 'ALL' OR (@sessionScope = 'TOWNSHIP' AND township_id = @townshipId)
    UNION ALL SELECT kind FROM source_sessions s WHERE @sessionScope = 'VILLAGE' AND EXISTS (
      SELECT 1 FROM json_each(s.attendees) a WHERE a.value IN (SELECT cadre_id FROM scope_cadres))
  ),
  -- the scope's cadres' dated rows of the year, with their cadre's standing: one join for all of them
  scope_facts AS MATERIALIZED (
    SELECT f.cadre_id, f.item, f.kind, f.item_count, f.residents_rating, f.organization_rating, c.member, c.secretary
    FROM (
      SELECT cadre_id, item, kind, NULL AS item_count, NULL AS residents_rating, NULL AS organization_rating
        FROM source_items
      UNION ALL SELECT cadre_id, 'TRAINING', kind, NULL, NULL, NULL FROM source_trainings
      UNION ALL SELECT cadre_id, 'PLEDGE', NULL, item_count, residents_rating, organization_rating FROM source_pledges
    ) f JOIN scope_cadres c ON c.cadre_id = f.cadre_id
  ),
  scope_honors AS (
    SELECT cadre_id, kind AS level, kind <> 'TOWNSHIP' AS district_or_above FROM scope_facts WHERE item = 'HONOR'
  ),
  scope_pledges AS (
    SELECT item_count, residents_rating, organization_rating,
      residents_rating IS NOT NULL OR organization_rating IS NOT NULL AS evaluated
    FROM scope_facts WHERE item = 'PLEDGE'
  ),
  scope_requests AS MATERIALIZED (
    SELECT resolved FROM source_requests WHERE village_id IN (SELECT village_id FROM scope_villages)
  )
SELECT 'villages', kind, COUNT(*) FROM scope_villages GROUP BY kind
UNION ALL SELECT 'termEnds', term_planned_end_on, COUNT(*) FROM scope_villages
  WHERE term_planned_end_on IS NOT NULL GROUP BY term_planned_end_on
UNION ALL SELECT 'committeeMembers', NULL, COALESCE(SUM(n), 0) FROM cadre_groups WHERE member
UNION ALL SELECT 'committeeEducation', education_level, SUM(n) FROM cadre_groups WHERE member GROUP BY education_level
UNION ALL SELECT 'committeeGender', gender, SUM(n) FROM cadre_groups WHERE member GROUP BY gender
UNION ALL SELECT 'committeeHan', NULL, COALESCE(SUM(n), 0) FROM cadre_groups WHERE member AND han
UNION ALL SELECT 'committeePoliticalStatus', political_status, SUM(n) FROM cadre_groups WHERE member
  GROUP BY political_status
UNION ALL SELECT 'reserveEducation', education_level, SUM(n) FROM cadre_groups WHERE reserve GROUP BY education_level
UNION ALL SELECT 'reserveSources', reserve_source, SUM(n) FROM cadre_groups WHERE reserve GROUP BY reserve_source
UNION ALL SELECT 'committeeAge', statistics_age_on(birth_date, @asOf), COUNT(*) FROM scope_cadres WHERE member
  GROUP BY 2
UNION ALL SELECT 'partySecretaries', NULL, COALESCE(SUM(n), 0) FROM cadre_groups WHERE member AND secretary
UNION ALL SELECT 'oneShoulder', NULL, COALESCE(SUM(n), 0) FROM cadre_groups WHERE member AND one_shoulder
UNION ALL SELECT 'crossHolding', NULL, COALESCE(SUM(n), 0) FROM cadre_groups WHERE member AND cross_holding
UNION ALL SELECT 'trainingSessions', kind, COUNT(*) FROM scope_sessions GROUP BY kind
UNION ALL SELECT 'trainedCommitteeMembers', NULL, COUNT(DISTINCT cadre_id) FROM scope_facts
  WHERE item = 'TRAINING' AND member
UNION ALL SELECT 'externalTrainingSecretaries', NULL, COUNT(DISTINCT cadre_id) FROM scope_facts
  WHERE item = 'TRAINING' AND kind = 'EXTERNAL' AND member AND secretary
UNION ALL SELECT 'admonishments', NULL, COUNT(*) FROM scope_facts WHERE item = 'INTERVIEW' AND kind = 'ADMONISHMENT'
UNION ALL SELECT 'honorsByLevel', level, COUNT(*) FROM scope_honors GROUP BY level
UNION ALL SELECT 'honorsDistrictOrAbove', NULL, COUNT(*) FROM scope_honors WHERE district_or_above
UNION ALL SELECT 'honoredCadres', NULL, COUNT(DISTINCT cadre_id) FROM scope_honors
UNION ALL SELECT 'honoredDistrictOrAbove', NULL, COUNT(DISTINCT cadre_id) FROM scope_honors WHERE district_or_above
UNION ALL SELECT 'benefitCoverage', kind, COUNT(DISTINCT cadre_id) FROM scope_facts
  WHERE item = 'BENEFIT' AND member GROUP BY kind
UNION ALL SELECT 'pledgesMade', NULL, COUNT(*) FROM scope_pledges
UNION ALL SELECT 'pledgeItems', NULL, COALESCE(SUM(item_count), 0) FROM scope_pledges
UNION ALL SELECT 'pledgesEvaluated', NULL, COUNT(*) FROM scope_pledges WHERE evaluated
UNION ALL SELECT 'residentsRatings', residents_rating, COUNT(*) FROM scope_pledges WHERE evaluated GROUP BY 2
UNION ALL SELECT 'organizationRatings', organization_rating, COUNT(*) FROM scope_pledges WHERE evaluated GROUP BY 2
UNION ALL SELECT 'serviceRequestsRaised', NULL, COUNT(*) FROM scope_requests
UNION ALL SELECT 'serviceRequestsResolved', NULL, COUNT(*) FROM scope_requests WHERE resolved`;

/** The counts of one figure by key (null: the figure's one count). */
export type FigureCounts = ReadonlyMap<string, ReadonlyMap<string | number | null, number>>;

const withAgeFunction = new WeakSet<ReadModelDatabase>();

/** Ages as the domain computes them, for SQL to group the committee members by. */
function registerAgeFunction(db: ReadModelDatabase) {
  if (withAgeFunction.has(db)) return;
  db.function('statistics_age_on', { deterministic: true }, (birthDate, on) =>
    ageOn(birthDate as string, on as string),
  );
  withAgeFunction.add(db);
}

/** Counts the figures of one scope as of a day (`asOf`, the day ages are taken on) over one source's rows. */
export function countStatistics(
  db: ReadModelDatabase,
  source: StatisticsSource,
  scope: StatisticsScope,
  asOf: string,
): FigureCounts {
  registerAgeFunction(db);
  const rows = sql(db, `WITH ${sourceCtes(source)},\n${COUNTING}`)
    .raw()
    .all({
      ...source.parameters,
      townshipId: scope.townshipId ?? null,
      villageId: scope.villageId ?? null,
      sessionScope: scope.villageId ? 'VILLAGE' : scope.townshipId ? 'TOWNSHIP' : 'ALL',
      asOf,
    }) as Array<[string, string | number | null, number]>;
  const counts = new Map<string, Map<string | number | null, number>>();
  for (const [figure, key, count] of rows) {
    let byKey = counts.get(figure);
    if (!byKey) {
      byKey = new Map();
      counts.set(figure, byKey);
    }
    byKey.set(key, count);
  }
  return counts;
}
