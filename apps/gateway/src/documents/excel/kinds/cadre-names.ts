import type { ReadModelDatabase } from '@cadre/projections';

interface CadreNameRow {
  cadre_id: string;
  name: string;
  village_id: string | null;
}

/** Each cadre's name and village (where they hold a post, else their reserve place), for activity lists. */
export function cadreNames(db: ReadModelDatabase): Map<string, { name: string; villageId: string | null }> {
  const rows = db
    .prepare('SELECT cadre_id, name, COALESCE(village_id, reserve_village_id) AS village_id FROM cadres')
    .all() as CadreNameRow[];
  return new Map(rows.map((row) => [row.cadre_id, { name: row.name, villageId: row.village_id }]));
}
