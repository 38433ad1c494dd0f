import { z } from 'zod';

/** Where a reserve cadre was recruited from: 致富能手, 返乡大学生, 退伍军人, or elsewhere. */
export const reserveSource = z.enum(['ENTREPRENEUR', 'RETURNING_GRADUATE', 'VETERAN', 'OTHER']);
/** 梯度培育: reserve cadres are ranked in tiers, 1 the readiest. */
export const reserveTier = z.int().min(1).max(3);

export const departmentVerdict = z.enum(['APPROVED', 'REJECTED']);
export const reviewOutcome = departmentVerdict;

/** 谈心谈话, 实地走访, 民主测评, 约谈. */
export const interviewKind = z.enum([
  'HEART_TO_HEART',
  'FIELD_VISIT',
  'DEMOCRATIC_APPRAISAL',
  'ADMONISHMENT',
]);
export type InterviewKind = z.infer<typeof interviewKind>;
/** A political portrait is drawn from talks, visits and appraisals; an admonishment is no basis. */
export const portraitBasis = interviewKind.exclude(['ADMONISHMENT']);

export const honorLevel = z.enum(['TOWNSHIP', 'DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL']);
export type HonorLevel = z.infer<typeof honorLevel>;

/** "区级以上荣誉": whether an honor is at a level or above it. */
export const honorAtLeast = (level: HonorLevel, minimum: HonorLevel): boolean =>
  honorLevel.options.indexOf(level) >= honorLevel.options.indexOf(minimum);

export const benefitKind = z.enum(['HEALTH_CHECKUP', 'PENSION_SUBSIDY', 'ACCIDENT_INSURANCE']);
