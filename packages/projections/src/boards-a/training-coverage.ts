import { filteredList } from '../boards/filtered-list.js';
import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { toRecord } from '../row-records.js';
import { type BoardPlace, PLACE_CONDITIONS, placeConditions, SITTING_CADRES } from './board-places.js';

/**
 * Whether the cadre `c` was trained in the year bound as @year: a session attended or a course on their
 * file (what the dashboard's coverage counts).
 */
const TRAINED_IN_YEAR = `EXISTS (SELECT 1 FROM cadre_trainings t WHERE t.cadre_id = c.cadre_id
  AND substr(t.trained_on, 1, 4) = @year)`;

export interface VillageTrainingCoverage {
  villageId: string;
  villageName: string;
  townshipId: string;
  /** The village's sitting "两委" cadres. */
  cadreCount: number;
  /** Of them, those trained in the year. */
  trainedCount: number;
}

/** 培训覆盖 per village, in the villages' order: how many of each village's sitting cadres were trained in `year`. */
export function trainingCoverage(
  db: ReadModelDatabase,
  year: number,
  place: BoardPlace = {},
): VillageTrainingCoverage[] {
  const where = placeConditions(place);
  const rows = sql(
    db,
    `SELECT v.village_id, v.name AS village_name, v.township_id,
       COUNT(c.cadre_id) AS cadre_count,
       COALESCE(SUM(CASE WHEN c.cadre_id IS NOT NULL AND ${TRAINED_IN_YEAR} THEN 1 ELSE 0 END), 0) AS trained_count
     FROM villages v
     LEFT JOIN ${SITTING_CADRES} s ON s.village_id = v.village_id
     LEFT JOIN cadres c ON c.cadre_id = s.cadre_id
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     GROUP BY v.village_id ORDER BY v.seq`,
  ).all({ ...place, year: String(year) }) as Record<string, unknown>[];
  return rows.map((row) => toRecord(row) as unknown as VillageTrainingCoverage);
}

export type UntrainedCadreSort = 'NAME' | 'VILLAGE' | 'LAST_TRAINED_ON';

/**
 * The sitting cadres not yet trained in the year bound as @year (pass `{ year }` as `bound`), with the
 * day they were last trained (null: never).
 */
export const listUntrainedCadres = filteredList<
  { villageId?: string; townshipId?: string; search?: string },
  UntrainedCadreSort
>({
  from: `${SITTING_CADRES} s JOIN cadres c ON c.cadre_id = s.cadre_id JOIN villages v ON v.village_id = s.village_id`,
  select: `c.cadre_id, c.name AS cadre_name, v.village_id, v.name AS village_name,
    (SELECT MAX(t.trained_on) FROM cadre_trainings t WHERE t.cadre_id = c.cadre_id) AS last_trained_on`,
  sorts: {
    NAME: 'c.name',
    VILLAGE: 'v.seq',
    LAST_TRAINED_ON: `COALESCE((SELECT MAX(t.trained_on) FROM cadre_trainings t WHERE t.cadre_id = c.cadre_id), '')`,
  },
  defaultSort: 'VILLAGE',
  tiebreak: 'c.seq',
  always: [`NOT ${TRAINED_IN_YEAR}`],
  conditions: { ...PLACE_CONDITIONS, search: 'instr(c.name, @search) > 0' },
});
