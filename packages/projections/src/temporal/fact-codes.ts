import type { StatisticsFacts } from '../statistics/statistics-facts.js';

/**
 * What a dated item on a cadre's file is, as the temporal rows store it: one small integer, its index here, so
 * a read turns no text into a string. Only what a figure counts is coded (of the talks, admonishments): an item
 * with no code is not stored. Codes are only ever added at the end; one that changes meaning needs a new temporal
 * version (the test compares these lists with the domain's).
 */
export const ITEM_CODES = [
  ['TRAINING', 'INTERNAL'],
  ['TRAINING', 'EXTERNAL'],
  ['HONOR', 'TOWNSHIP'],
  ['HONOR', 'DISTRICT'],
  ['HONOR', 'CITY'],
  ['HONOR', 'PROVINCE'],
  ['HONOR', 'NATIONAL'],
  ['BENEFIT', 'HEALTH_CHECKUP'],
  ['BENEFIT', 'PENSION_SUBSIDY'],
  ['BENEFIT', 'ACCIDENT_INSURANCE'],
  ['INTERVIEW', 'ADMONISHMENT'],
] as const satisfies ReadonlyArray<
  | readonly ['TRAINING', StatisticsFacts['cadreTrainings'][number]['kind']]
  | readonly ['HONOR', StatisticsFacts['honors'][number]['level']]
  | readonly ['BENEFIT', StatisticsFacts['benefits'][number]['kind']]
  | readonly ['INTERVIEW', string]
>;

export type CadreItem = (typeof ITEM_CODES)[number][0];

const itemCodes = new Map<string, number>(ITEM_CODES.map(([item, kind], code) => [`${item} ${kind}`, code]));

/** The code of an item of a kind, undefined for a talk no figure counts. */
export function itemCodeOf(item: CadreItem, kind: string): number | undefined {
  const code = itemCodes.get(`${item} ${kind}`);
  if (code === undefined && item !== 'INTERVIEW')
    throw new Error(`no code for ${item} ${kind}: add it at the end of ITEM_CODES`);
  return code;
}

/** A pledge evaluation's grades, by their index (the same rule as ITEM_CODES). */
export const GRADE_CODES = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] as const;

const gradeCodes = new Map<string, number>(GRADE_CODES.map((grade, code) => [grade, code]));

export function gradeCodeOf(grade: string): number {
  const code = gradeCodes.get(grade);
  if (code === undefined) throw new Error(`no code for the grade ${grade}: add it at the end of GRADE_CODES`);
  return code;
}
