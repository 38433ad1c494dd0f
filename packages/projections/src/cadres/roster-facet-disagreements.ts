import type { ReadModelDatabase } from '../read-model-database.js';

/**
 * The facets as the roster's conditions on the rows define them: the village a cadre's row names or holds
 * their reserve place in, a current post (a secretary's), a reserve place, each character of the name as
 * LIKE compares it (SQLite's `lower` folds ASCII letters only, as LIKE does).
 */
const FACETS_OF_ROWS = `
  WITH RECURSIVE characters (seq, name, i) AS (
    SELECT seq, name, 1 FROM cadres WHERE length(name) > 0
    UNION ALL SELECT seq, name, i + 1 FROM characters WHERE i < length(name)
  )
  SELECT 'all' AS facet, seq FROM cadres
  UNION SELECT 'village:' || village_id, seq FROM cadres WHERE village_id IS NOT NULL
  UNION SELECT 'village:' || reserve_village_id, seq FROM cadres WHERE reserve_village_id IS NOT NULL
  UNION SELECT 'role:RESERVE', seq FROM cadres WHERE reserve_village_id IS NOT NULL
  UNION SELECT 'role:COMMITTEE_MEMBER', seq FROM cadres c
    WHERE EXISTS (SELECT 1 FROM posts p WHERE p.cadre_id = c.cadre_id AND p.left_on IS NULL)
  UNION SELECT 'role:PARTY_SECRETARY', seq FROM cadres c WHERE EXISTS (
    SELECT 1 FROM posts p WHERE p.cadre_id = c.cadre_id AND p.left_on IS NULL AND p.position = 'PARTY_SECRETARY')
  UNION SELECT 'name:' || lower(substr(name, i, 1)), seq FROM characters`;

const FACET_ROWS = `SELECT f.facet, f.seq FROM cadre_facets f JOIN cadres c
  ON c.seq = f.seq AND c.cadre_id = f.cadre_id AND c.name = f.name AND c.birth_date = f.birth_date`;

/**
 * Where `cadre_facets` and its counts disagree with the rows they are derived from (an empty list when they
 * agree): what the roster's tests and a check of a file can ask.
 */
export function rosterFacetDisagreements(db: ReadModelDatabase): string[] {
  const rows = (text: string) => db.prepare(text).all() as Array<Record<string, unknown>>;
  const describe = (what: string) => (row: Record<string, unknown>) => `${what}: ${JSON.stringify(row)}`;
  return [
    ...rows(`${FACETS_OF_ROWS} EXCEPT ${FACET_ROWS}`).map(describe('missing facet')),
    ...rows(`SELECT facet, seq FROM cadre_facets EXCEPT ${FACET_ROWS}`).map(describe('facet of no such row')),
    ...rows(`${FACET_ROWS} EXCEPT SELECT * FROM (${FACETS_OF_ROWS})`).map(describe('facet of no condition')),
    ...rows(`SELECT facet, COUNT(*) AS cadres FROM cadre_facets GROUP BY facet
             EXCEPT SELECT facet, cadres FROM cadre_facet_counts WHERE cadres <> 0`).map(
      describe('count not kept'),
    ),
    ...rows(`SELECT facet, cadres FROM cadre_facet_counts WHERE cadres <> 0
             EXCEPT SELECT facet, COUNT(*) FROM cadre_facets GROUP BY facet`).map(
      describe('count of no rows'),
    ),
  ];
}
