import { filteredList } from '../boards/filtered-list.js';
import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { type BoardPlace, PLACE_CONDITIONS, placeConditions } from './board-places.js';

/** A pledge's stage: 年初承诺 made, 年中践诺 progress reported, 年终评诺 evaluated. */
const PLEDGE_STATUS = `(CASE WHEN p.evaluated_on IS NOT NULL THEN 'EVALUATED'
  WHEN p.progress_on IS NOT NULL THEN 'PROGRESS_REPORTED' ELSE 'MADE' END)`;

/** A pledge's cadre and the village they belong to (their post's, else their reserve place). */
const PLEDGES_WITH_PLACE = `pledges p JOIN cadres c ON c.cadre_id = p.cadre_id
  JOIN villages v ON v.village_id = COALESCE(c.village_id, c.reserve_village_id)`;

export type PledgeBoardSort = 'MADE_ON' | 'NAME' | 'VILLAGE' | 'STAGE';

/** 一诺双评 board: a year's pledges with their cadre, village and stage. */
export const listPledgeBoard = filteredList<
  { year?: number; status?: string; villageId?: string; townshipId?: string; search?: string },
  PledgeBoardSort
>({
  from: PLEDGES_WITH_PLACE,
  select: `p.cadre_id, c.name AS cadre_name, v.village_id, v.name AS village_name, p.year, p.items, p.item_count,
    p.made_on, p.progress, p.progress_on, p.residents_rating, p.organization_rating, p.evaluated_on,
    ${PLEDGE_STATUS} AS status`,
  sorts: {
    MADE_ON: 'p.made_on',
    NAME: 'c.name',
    VILLAGE: 'v.seq',
    STAGE: `(CASE ${PLEDGE_STATUS} WHEN 'MADE' THEN 0 WHEN 'PROGRESS_REPORTED' THEN 1 ELSE 2 END)`,
  },
  defaultSort: 'VILLAGE',
  tiebreak: 'c.seq',
  jsonColumns: ['items'],
  conditions: {
    ...PLACE_CONDITIONS,
    year: 'p.year = @year',
    status: `${PLEDGE_STATUS} = @status`,
    search: 'instr(c.name, @search) > 0',
  },
});

export interface PledgeStageCounts {
  made: number;
  progressReported: number;
  evaluated: number;
}

/** How many of a year's pledges are at each stage (the board's columns), in a village or township. */
export function pledgeStageCounts(
  db: ReadModelDatabase,
  year: number,
  place: BoardPlace = {},
): PledgeStageCounts {
  const where = ['p.year = @year', ...placeConditions(place)];
  const rows = sql(
    db,
    `SELECT ${PLEDGE_STATUS} AS status, COUNT(*) AS n FROM ${PLEDGES_WITH_PLACE}
     WHERE ${where.join(' AND ')} GROUP BY status`,
  ).all({ ...place, year }) as Array<{ status: string; n: number }>;
  const count = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
  return { made: count('MADE'), progressReported: count('PROGRESS_REPORTED'), evaluated: count('EVALUATED') };
}
