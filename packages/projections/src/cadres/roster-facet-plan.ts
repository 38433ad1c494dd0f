import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { EVERY_CADRE, likeCharacters, nameFacet, roleFacet, villageFacet } from './cadre-facets.js';
import type { CadreFilter } from './cadre-queries.js';

/** How a roster filter reads `cadre_facets f`: one facet's range, the others checked per row. */
export interface FacetPlan {
  where: string[];
  params: Record<string, unknown>;
  /** The total, when the range is the whole answer: its facet's kept count. */
  keptCount?: number;
}

const COUNTS = 'SELECT facet, cadres FROM cadre_facet_counts WHERE facet IN (SELECT value FROM json_each(?))';
/** One facet's count, the roster's most common question: a key lookup at half the cost of json_each under load. */
const COUNT = 'SELECT facet, cadres FROM cadre_facet_counts WHERE facet = ?';
/** The text as a LIKE pattern matches it literally (with `ESCAPE '\\'`). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The facets a filter needs (its village, its role, one character of the searched text) and the one with
 * the fewest cadres to range over: every filter and sort is then a range of one index, bounded by the
 * smallest facet, and a filter of one facet is counted by its kept count. A text of several characters is
 * still matched with LIKE on the rows of its rarest character, so the answer is LIKE's.
 */
export function facetPlan(db: ReadModelDatabase, filter: CadreFilter): FacetPlan {
  const required: string[] = [];
  if (filter.villageId) required.push(villageFacet(filter.villageId));
  if (filter.role) required.push(roleFacet(filter.role));
  const characters = filter.search ? likeCharacters(filter.search).map(nameFacet) : [];
  const asked = [...required, ...characters];
  if (asked.length === 0) asked.push(EVERY_CADRE);
  const rows = asked.length === 1 ? sql(db, COUNT).all(asked[0]) : sql(db, COUNTS).all(JSON.stringify(asked));
  const counts = new Map((rows as { facet: string; cadres: number }[]).map((row) => [row.facet, row.cadres]));
  const countOf = (facet: string) => counts.get(facet) ?? 0;
  const rarestCharacter = characters.reduce<string | undefined>(
    (rarest, facet) => (rarest === undefined || countOf(facet) < countOf(rarest) ? facet : rarest),
    undefined,
  );
  const facets = rarestCharacter ? [...required, rarestCharacter] : asked;
  const [range, ...checked] = [...facets].sort((a, b) => countOf(a) - countOf(b));
  const where = ['f.facet = @facet'];
  const params: Record<string, unknown> = { facet: range };
  checked.forEach((facet, i) => {
    where.push(`EXISTS (SELECT 1 FROM cadre_facets g WHERE g.facet = @also${i} AND g.seq = f.seq)`);
    params[`also${i}`] = facet;
  });
  // one character is its facet exactly; more (even one repeated) are matched as the text they make
  if (filter.search && Array.from(filter.search).length > 1) {
    where.push(`f.name LIKE @search ESCAPE '\\'`);
    params.search = `%${escapeLike(filter.search!)}%`;
  }
  return where.length === 1 ? { where, params, keptCount: countOf(range!) } : { where, params };
}
