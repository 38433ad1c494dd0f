import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

/**
 * A small integer per cadre, given in the order the cadres first appear in the temporal read models: their
 * rows name a cadre by it, so an answer reads and compares numbers (see CadreRef). Only this file's
 * temporal tables use it; a rebuild gives the keys again.
 */
export const CADRE_KEYS_SCHEMA = `
  CREATE TABLE temporal_cadre_keys (
    cadre_key INTEGER PRIMARY KEY,
    cadre_id  TEXT NOT NULL UNIQUE
  )`;

export const CADRE_KEY_TABLES = ['temporal_cadre_keys'];

/**
 * The cadre's key, given now if the cadre has none. Read from the table every time: a key kept in memory could
 * outlive the transaction that gave it, if that batch is rolled back, and then name two cadres.
 */
export function cadreKeyOf(db: ReadModelDatabase, cadreId: string): number {
  const known = sql(db, 'SELECT cadre_key FROM temporal_cadre_keys WHERE cadre_id = ?')
    .pluck()
    .get(cadreId) as number | undefined;
  if (known !== undefined) return known;
  return Number(
    sql(db, 'INSERT INTO temporal_cadre_keys (cadre_id) VALUES (?)').run(cadreId).lastInsertRowid,
  );
}
