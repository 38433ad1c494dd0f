import { z } from 'zod';
import {
  calendarDate,
  educationLevel,
  gender,
  idNumber,
  mainlandPhone,
  optionalText,
  requiredText,
} from '../../shared/schemas.js';

export const politicalStatus = z.enum([
  'CPC_MEMBER',
  'CPC_PROBATIONARY',
  'CYL_MEMBER',
  'MASSES',
  'OTHER_PARTY',
]);

/** One education on the appointment form: 全日制 or 在职, each with level, degree, school and major. */
export const educationRecord = z.strictObject({
  level: educationLevel,
  degree: optionalText(50),
  school: optionalText(100),
  major: optionalText(100),
});
export type EducationRecord = z.infer<typeof educationRecord>;

/** A line of the résumé (简历); the current line has no end. */
export const resumeEntry = z.strictObject({
  from: calendarDate,
  to: calendarDate.optional(),
  description: requiredText(500),
});

export const familyMember = z.strictObject({
  relation: requiredText(20),
  name: requiredText(50),
  birthDate: calendarDate.optional(),
  politicalStatus: politicalStatus.optional(),
  employerAndPost: optionalText(200),
});

const photoUrl = z
  .string()
  .trim()
  .max(500)
  .refine((url) => /^(https?:\/\/\S+|\/\S*)$/.test(url), 'PHOTO_URL_FORMAT');

/** Every field of the personal file (一人一档), as on the cadre appointment form, with no defaults. */
const profileFields = {
  name: requiredText(50),
  gender,
  ethnicity: requiredText(20),
  birthDate: calendarDate,
  idNumber,
  phone: mainlandPhone.optional(),
  nativePlace: optionalText(100),
  birthplace: optionalText(100),
  politicalStatus,
  partyJoinDate: calendarDate.optional(),
  probationaryMembershipDate: calendarDate.optional(),
  fullMembershipDate: calendarDate.optional(),
  workStartDate: calendarDate.optional(),
  health: optionalText(50),
  professionalTitle: optionalText(50),
  speciality: optionalText(200),
  photoUrl: photoUrl.optional(),
  /** The highest level reached (最高学历), whichever way; the statistics count this one. */
  educationLevel,
  fullTimeEducation: educationRecord.optional(),
  onTheJobEducation: educationRecord.optional(),
  resume: z.array(resumeEntry).max(100).optional(),
  rewardsAndPenalties: optionalText(2000),
  familyMembers: z.array(familyMember).max(30).optional(),
  notes: optionalText(),
};

/** The personal file as registered: ethnicity and political status have the common defaults. */
export const cadreProfile = z.strictObject({
  ...profileFields,
  ethnicity: profileFields.ethnicity.default('汉族'),
  politicalStatus: profileFields.politicalStatus.default('CPC_MEMBER'),
});
export type CadreProfile = z.infer<typeof cadreProfile>;

/** Some fields of the file, as a correction names them; no defaults sneak in. */
export const profileChanges = z.strictObject(profileFields).partial();
export type ProfileChanges = z.infer<typeof profileChanges>;

export const isPartyMember = (profile: Pick<CadreProfile, 'politicalStatus'>): boolean =>
  profile.politicalStatus === 'CPC_MEMBER' || profile.politicalStatus === 'CPC_PROBATIONARY';
