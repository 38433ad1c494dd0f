import { z } from 'zod';
import { isKnownAreaCode } from './area-codes.js';
import { isRealDate } from './dates.js';
import { areaCodeOfIdNumber, hasIdNumberShape, passesIdNumberCheck } from './id-number.js';

/** Shapes shared by many commands. Each refinement's message is a rule code (see validation.ts). */

export const uuid = z.uuid();

/**
 * Text a person typed: no control characters but line breaks and tabs, no bidirectional overrides (they can
 * make a record read differently from what it says), no lone surrogate halves (not text at all).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it refuses
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isCleanText = (value: string): boolean =>
  !FORBIDDEN_CHARACTERS.test(value) && !LONE_SURROGATE.test(value);

export const requiredText = (max = 200) =>
  z.string().trim().min(1).max(max).refine(isCleanText, 'TEXT_CHARACTERS');

export const optionalText = (max = 2000) =>
  z.string().trim().max(max).refine(isCleanText, 'TEXT_CHARACTERS').optional();

export const calendarDate = z.string().refine(isRealDate, 'INVALID_DATE');

export const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(hasIdNumberShape, { message: 'ID_NUMBER_FORMAT', abort: true })
  .refine(passesIdNumberCheck, { message: 'ID_NUMBER_CHECK_DIGIT', abort: true })
  .refine((value) => isKnownAreaCode(areaCodeOfIdNumber(value)), 'ID_NUMBER_AREA_CODE');

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

export const isHigherEducation = (level: EducationLevel, than: EducationLevel): boolean =>
  EDUCATION_ORDER.indexOf(level) > EDUCATION_ORDER.indexOf(than);

/** A calendar year of yearly records (pledges, assessments, benefits). */
export const year = z.int().min(1949).max(2100);

/** An amount of money in yuan. */
export const yuan = z.number().min(0).max(100_000_000);

/** The fixed scale of pledge evaluations and annual assessments: 优秀, 称职, 基本称职, 不称职. */
export const evaluationGrade = z.enum(['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT']);
export type EvaluationGrade = z.infer<typeof evaluationGrade>;

/** Whether no two items of a list share a key, for refinements that reject duplicates. */
export const distinctBy =
  <T>(key: (item: T) => unknown) =>
  (items: readonly T[]): boolean =>
    new Set(items.map(key)).size === items.length;

/** A list of ids with at least one, none twice. */
export const distinctIds = z.array(uuid).min(1).refine(distinctBy(String), 'DUPLICATE_ENTRY');
