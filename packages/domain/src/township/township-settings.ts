import { z } from 'zod';
import { distinctBy, requiredText } from '../shared/schemas.js';

/** A department that gives a verdict in the joint qualification review (部门联审). */
export const reviewingDepartment = z.strictObject({
  code: z
    .string()
    .trim()
    .refine((code) => /^[A-Z][A-Z_]{1,39}$/.test(code), 'DEPARTMENT_CODE_FORMAT'),
  name: requiredText(50),
});
export type ReviewingDepartment = z.infer<typeof reviewingDepartment>;

/** The departments the source report names: 纪检监察 and 公安; a township adds its others. */
export const DEFAULT_REVIEWING_DEPARTMENTS: ReviewingDepartment[] = [
  { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
  { code: 'PUBLIC_SECURITY', name: '公安' },
];

/** The common rule: 30% or more "incompetent" votes in a democratic appraisal calls for an admonishment. */
export const DEFAULT_ADMONISHMENT_THRESHOLD = 0.3;

export const reviewingDepartmentList = z
  .array(reviewingDepartment)
  .min(1)
  .refine(
    distinctBy((d: ReviewingDepartment) => d.code),
    'DUPLICATE_ENTRY',
  );

/** The share of "incompetent" votes, in (0, 1], from which an admonishment is due. */
export const admonishmentThreshold = z.number().gt(0).max(1);

/** The township's calendar (what becomes due when), read by the to-do list and its reminders. */
export const calendarSettings = {
  /** A qualification review open this many days or longer is overdue. */
  reviewOpenTooLongDays: z.int().min(1).max(365),
  /** A service request still unresolved this many days after it was raised is overdue. */
  serviceRequestUnresolvedDays: z.int().min(1).max(365),
  /** A reserve cadre at or over this age leaves the age band the pool is meant for (常见 35 岁). */
  reserveCadreAgeThreshold: z.int().min(18).max(70),
  /** A committee member at or over this age is flagged for the next 换届 (常见 60 岁). */
  committeeMemberAgeThreshold: z.int().min(18).max(80),
  /** How many months before a term's planned end a reminder is due, e.g. [6, 3]. */
  termReminderMonths: z
    .array(z.int().min(1).max(24))
    .min(1)
    .max(6)
    .refine(
      distinctBy((months: number) => months),
      'DUPLICATE_ENTRY',
    ),
};

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  reviewOpenTooLongDays: 30,
  serviceRequestUnresolvedDays: 30,
  reserveCadreAgeThreshold: 35,
  committeeMemberAgeThreshold: 60,
  termReminderMonths: [6, 3],
};

export const calendarSettingsSchema = z.strictObject(calendarSettings);
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const townshipSettings = z.strictObject({
  reviewingDepartments: reviewingDepartmentList.default(DEFAULT_REVIEWING_DEPARTMENTS),
  admonishmentThreshold: admonishmentThreshold.default(DEFAULT_ADMONISHMENT_THRESHOLD),
  reviewOpenTooLongDays: calendarSettings.reviewOpenTooLongDays.default(
    DEFAULT_CALENDAR_SETTINGS.reviewOpenTooLongDays,
  ),
  serviceRequestUnresolvedDays: calendarSettings.serviceRequestUnresolvedDays.default(
    DEFAULT_CALENDAR_SETTINGS.serviceRequestUnresolvedDays,
  ),
  reserveCadreAgeThreshold: calendarSettings.reserveCadreAgeThreshold.default(
    DEFAULT_CALENDAR_SETTINGS.reserveCadreAgeThreshold,
  ),
  committeeMemberAgeThreshold: calendarSettings.committeeMemberAgeThreshold.default(
    DEFAULT_CALENDAR_SETTINGS.committeeMemberAgeThreshold,
  ),
  termReminderMonths: calendarSettings.termReminderMonths.default(
    DEFAULT_CALENDAR_SETTINGS.termReminderMonths,
  ),
});
/**
 * What a township has set: the joint review's departments, the admonishment threshold and the calendar.
 * Events written before the calendar settings existed are lifted to the defaults (`calendar-settings-v2.ts`).
 */
export type TownshipSettings = z.infer<typeof townshipSettings>;
