import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

/** The village and township filters of a board whose rows join `villages v`. */
export const PLACE_CONDITIONS = {
  villageId: 'v.village_id = @villageId',
  townshipId: 'v.township_id = @townshipId',
};

export interface BoardPlace {
  villageId?: string;
  townshipId?: string;
}

/** The conditions of the place filters that are set (bind the place itself as the parameters). */
export const placeConditions = (place: BoardPlace): string[] =>
  Object.entries(PLACE_CONDITIONS)
    .filter(([name]) => place[name as keyof BoardPlace] !== undefined)
    .map(([, condition]) => condition);

/** Cadres holding a post in a village now ("两委"干部), with the village as `village_id`. */
export const SITTING_CADRES = `(SELECT DISTINCT cadre_id, village_id FROM posts WHERE left_on IS NULL)`;

/** The names of the cadres with these ids (ids not found are left out). */
export function cadreNames(db: ReadModelDatabase, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = sql(
    db,
    `SELECT cadre_id, name FROM cadres WHERE cadre_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as Array<{ cadre_id: string; name: string }>;
  return new Map(rows.map((row) => [row.cadre_id, row.name]));
}
