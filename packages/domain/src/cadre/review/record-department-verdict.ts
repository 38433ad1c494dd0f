import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

/** A rejection is posted publicly, so it states its grounds. */
export const recordDepartmentVerdictInput = cadreEvents.DepartmentVerdictRecorded.refine(
  (v) => v.verdict === 'APPROVED' || v.note !== undefined,
  { message: 'REJECTION_NEEDS_NOTE', path: ['note'] },
);

export const recordDepartmentVerdict = defineCommand({
  name: 'RecordDepartmentVerdict',
  occurredOn: 'decidedOn',
  input: recordDepartmentVerdictInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    const review = cadre.qualificationReviews.find((r) => r.reviewId === input.reviewId);
    cadreRules.ensure(review, 'REVIEW_NOT_FOUND', 'reviewId');
    cadreRules.ensure(!review.conclusion, 'REVIEW_ALREADY_CONCLUDED', 'reviewId');
    cadreRules.ensure(
      review.departments.some((d) => d.code === input.department),
      'DEPARTMENT_NOT_IN_REVIEW',
      'department',
    );
    cadreRules.ensure(
      !review.verdicts.some((v) => v.department === input.department),
      'VERDICT_ALREADY_RECORDED',
      'department',
    );
    ensureNotBefore(input.decidedOn, review.openedOn, 'decidedOn');
    return { cadre: [domainEvent('DepartmentVerdictRecorded', input)] };
  },
});
