import { ensureNotBefore, ensureNotInFuture } from '../../shared/business-date.js';
import { birthDateOfIdNumber, genderOfIdNumber } from '../../shared/id-number.js';
import { atLeast } from '../../shared/schemas.js';
import { cadreRules } from '../cadre-rules.js';
import type { CadreProfile } from './cadre-profile.js';

type Field = keyof CadreProfile;

/** Where a profile came from: `profile` of a registration, or the `changes` of a correction. */
export interface ProfileSource {
  prefix: 'profile' | 'changes';
  /** Whether the input named this field; a broken rule is reported on a field the user touched. */
  named(field: Field): boolean;
}

function datedFields(profile: CadreProfile): [string, string | undefined][] {
  return [
    ['birthDate', profile.birthDate],
    ['partyJoinDate', profile.partyJoinDate],
    ['probationaryMembershipDate', profile.probationaryMembershipDate],
    ['fullMembershipDate', profile.fullMembershipDate],
    ['workStartDate', profile.workStartDate],
    ...(profile.resume ?? []).flatMap((line, i): [string, string | undefined][] => [
      [`resume.${i}.from`, line.from],
      [`resume.${i}.to`, line.to],
    ]),
    ...(profile.familyMembers ?? []).map((m, i): [string, string | undefined] => [
      `familyMembers.${i}.birthDate`,
      m.birthDate,
    ]),
  ];
}

/**
 * The rules a whole file obeys, checked on the file as it would be after registration or correction:
 * no future dates, dates in their natural order, gender and birth date as the ID number says, and a
 * highest education level no lower than the recorded ones.
 */
export function ensureConsistentProfile(profile: CadreProfile, source: ProfileSource, now: Date): void {
  const at = (...candidates: [Field, ...Field[]]) =>
    `${source.prefix}.${candidates.find((f) => source.named(f)) ?? candidates[0]}`;
  for (const [field, date] of datedFields(profile)) ensureNotInFuture(date, `${source.prefix}.${field}`, now);

  for (const field of ['partyJoinDate', 'probationaryMembershipDate', 'workStartDate'] as const)
    ensureNotBefore(profile[field], profile.birthDate, at(field, 'birthDate'));
  ensureNotBefore(
    profile.fullMembershipDate,
    profile.probationaryMembershipDate,
    at('fullMembershipDate', 'probationaryMembershipDate'),
  );
  for (const [i, line] of (profile.resume ?? []).entries())
    ensureNotBefore(line.to, line.from, `${source.prefix}.resume.${i}.to`);

  cadreRules.ensure(
    birthDateOfIdNumber(profile.idNumber) === profile.birthDate,
    'ID_NUMBER_BIRTH_DATE_MISMATCH',
    at('birthDate', 'idNumber'),
  );
  cadreRules.ensure(
    genderOfIdNumber(profile.idNumber) === profile.gender,
    'ID_NUMBER_GENDER_MISMATCH',
    at('gender', 'idNumber'),
  );
  for (const education of [profile.fullTimeEducation, profile.onTheJobEducation]) {
    cadreRules.ensure(
      !education || atLeast(profile.educationLevel, education.level),
      'HIGHEST_EDUCATION_TOO_LOW',
      at('educationLevel', 'fullTimeEducation', 'onTheJobEducation'),
    );
  }
}
