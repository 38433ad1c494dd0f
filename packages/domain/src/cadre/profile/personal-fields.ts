import type { CadreProfile } from './cadre-profile.js';

/**
 * The fields of a personal file that identify the person (PIPL): stored encrypted with a key of the person's
 * own, kept outside the event store, and read as erased once that key is deleted. What the statistics count
 * (gender, ethnicity, birth date, political status, education) stays in the clear, so erasing a person
 * changes no figure.
 */
export const SEALED_PROFILE_FIELDS = [
  'name',
  'idNumber',
  'phone',
  'nativePlace',
  'birthplace',
  'health',
  'photoUrl',
  'speciality',
  'resume',
  'rewardsAndPenalties',
  'familyMembers',
  'notes',
] as const satisfies readonly (keyof CadreProfile)[];

export type SealedProfileField = (typeof SEALED_PROFILE_FIELDS)[number];

/** How an erased person's file reads: a name that says so, no ID number, no other personal field. */
export const ERASED_NAME = '（已删除）';
export const ERASED_VALUES: Partial<Record<SealedProfileField, string>> = { name: ERASED_NAME, idNumber: '' };

/** The fields of a profile (or of a correction) as they read once erased. */
export function erasedFields<P extends Partial<CadreProfile>>(fields: P): P {
  const kept: Record<string, unknown> = { ...fields };
  for (const field of SEALED_PROFILE_FIELDS) {
    if (!(field in kept)) continue;
    if (field in ERASED_VALUES) kept[field] = ERASED_VALUES[field];
    else delete kept[field];
  }
  return kept as P;
}
