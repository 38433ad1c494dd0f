import { z } from 'zod';
import { isRealDate } from './dates.js';
import { hasIdNumberShape, passesIdNumberCheck } from './id-number.js';

/** Shapes shared by many commands. Each refinement's message is a rule code (see validation.ts). */

export const uuid = z.uuid();

export const requiredText = (max = 200) => z.string().trim().min(1).max(max);

export const optionalText = (max = 2000) => z.string().trim().max(max).optional();

export const calendarDate = z.string().refine(isRealDate, 'INVALID_DATE');

export const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(hasIdNumberShape, { message: 'ID_NUMBER_FORMAT', abort: true })
  .refine(passesIdNumberCheck, 'ID_NUMBER_CHECK_DIGIT');

export const mainlandPhone = z
  .string()
  .trim()
  .refine((v) => /^1[3-9]\d{9}$/.test(v), 'PHONE_FORMAT');

export const gender = z.enum(['MALE', 'FEMALE']);

export const educationLevel = z.enum([
  'JUNIOR_HIGH',
  'SENIOR_HIGH',
  'JUNIOR_COLLEGE',
  'BACHELOR',
  'POSTGRADUATE',
]);
export type EducationLevel = z.infer<typeof educationLevel>;

/** Ordered from lowest to highest, for "bachelor and above"-style statistics. */
export const EDUCATION_ORDER: readonly EducationLevel[] = educationLevel.options;

export function atLeast(level: EducationLevel, minimum: EducationLevel): boolean {
  return EDUCATION_ORDER.indexOf(level) >= EDUCATION_ORDER.indexOf(minimum);
}
