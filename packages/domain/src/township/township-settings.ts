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

export const townshipSettings = z.strictObject({
  reviewingDepartments: reviewingDepartmentList.default(DEFAULT_REVIEWING_DEPARTMENTS),
  admonishmentThreshold: admonishmentThreshold.default(DEFAULT_ADMONISHMENT_THRESHOLD),
});
export type TownshipSettings = z.infer<typeof townshipSettings>;
