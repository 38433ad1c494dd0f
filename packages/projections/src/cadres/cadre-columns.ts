import type { CadreState } from '@cadre/domain';
import { json } from '../define-projection.js';

/** The `cadres` columns the roster filters, sorts and counts by, and the profile and reserve it shows. */
export const CADRE_COLUMNS = [
  'name',
  'gender',
  'ethnicity',
  'birth_date',
  'id_number',
  'phone',
  'political_status',
  'education_level',
  'profile',
  'village_id',
  'reserve_village_id',
  'reserve_source',
  'reserve_tier',
  'reserve_enlisted_on',
  'mentors',
] as const;

export type CadreColumns = Record<(typeof CADRE_COLUMNS)[number], string | number | null>;

/** The parts of the state the columns are made of: when none of them changed, neither did the columns. */
export const columnsChanged = (before: CadreState, after: CadreState) =>
  before.profile !== after.profile ||
  before.reserve !== after.reserve ||
  before.villageId !== after.villageId;

/** The indexed columns of a registered cadre's row, all from the folded state. */
export function cadreColumns(state: CadreState & Required<Pick<CadreState, 'profile'>>): CadreColumns {
  const { profile, reserve } = state;
  const { mentors } = reserve ?? {};
  return {
    name: profile.name,
    gender: profile.gender,
    ethnicity: profile.ethnicity,
    birth_date: profile.birthDate,
    id_number: profile.idNumber,
    phone: profile.phone ?? null,
    political_status: profile.politicalStatus,
    education_level: profile.educationLevel,
    profile: json(profile),
    village_id: state.villageId ?? null,
    reserve_village_id: reserve?.villageId ?? null,
    reserve_source: reserve?.source ?? null,
    reserve_tier: reserve?.tier ?? null,
    reserve_enlisted_on: reserve?.enlistedOn ?? null,
    mentors: mentors ? json(mentors) : null,
  };
}
