import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { outcomeOf, pendingDepartments } from './qualification-reviews.js';

export const concludeQualificationReviewInput = cadreEvents.QualificationReviewConcluded.pick({
  cadreId: true,
  reviewId: true,
  concludedOn: true,
});

export const concludeQualificationReview = defineCommand({
  name: 'ConcludeQualificationReview',
  occurredOn: 'concludedOn',
  input: concludeQualificationReviewInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    const review = cadre.qualificationReviews.find((r) => r.reviewId === input.reviewId);
    cadreRules.ensure(review, 'REVIEW_NOT_FOUND', 'reviewId');
    cadreRules.ensure(!review.conclusion, 'REVIEW_ALREADY_CONCLUDED', 'reviewId');
    cadreRules.ensure(pendingDepartments(review).length === 0, 'VERDICTS_MISSING', 'reviewId');
    for (const verdict of review.verdicts)
      ensureNotBefore(input.concludedOn, verdict.decidedOn, 'concludedOn');
    const data = { ...input, villageId: review.villageId, outcome: outcomeOf(review) };
    return { cadre: [domainEvent('QualificationReviewConcluded', data)] };
  },
});
