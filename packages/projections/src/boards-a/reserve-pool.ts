import { filteredList } from '../boards/filtered-list.js';
import { PLACE_CONDITIONS } from './board-places.js';

export type ReservePoolSort = 'ENLISTED_ON' | 'NAME' | 'TIER' | 'VILLAGE';

/**
 * 后备干部 The reserve pool board: each reserve cadre with their village, source, tier and 1+1+N mentors
 * (`mentors` parsed; null until assigned), filtered by place, tier, source, mentors assigned or not and
 * part of the name.
 */
export const listReservePool = filteredList<
  {
    villageId?: string;
    townshipId?: string;
    tier?: number;
    source?: string;
    mentored?: boolean;
    search?: string;
  },
  ReservePoolSort
>({
  from: 'cadres c JOIN villages v ON v.village_id = c.reserve_village_id',
  select: `c.cadre_id, c.name AS cadre_name, c.gender, c.education_level, v.village_id, v.name AS village_name,
    c.reserve_source AS source, c.reserve_tier AS tier, c.reserve_enlisted_on AS enlisted_on, c.mentors`,
  sorts: { ENLISTED_ON: 'c.reserve_enlisted_on', NAME: 'c.name', TIER: 'c.reserve_tier', VILLAGE: 'v.seq' },
  defaultSort: 'TIER',
  tiebreak: 'c.seq',
  always: ['c.reserve_village_id IS NOT NULL'],
  jsonColumns: ['mentors'],
  conditions: {
    ...PLACE_CONDITIONS,
    tier: 'c.reserve_tier = @tier',
    source: 'c.reserve_source = @source',
    mentored: '(c.mentors IS NOT NULL) = @mentored',
    search: 'instr(c.name, @search) > 0',
  },
});
