import type { EducationLevel } from '@cadre/domain';

/** A cadre's row as the statistics count it: the `cadres` columns, as each temporal version stores them too. */
export interface CadreRow {
  cadre_id: string;
  village_id: string | null;
  reserve_village_id: string | null;
  gender: 'MALE' | 'FEMALE';
  ethnicity: string;
  birth_date: string;
  education_level: EducationLevel;
  political_status: string;
  reserve_source: string | null;
  reserve_tier: number | null;
}
