import { defineCommand, domainEvent } from '../aggregate.js';
import { distinctBy } from '../shared/schemas.js';
import { villageEvents } from './village-events.js';
import { ensureVillageRegistered, villageRules } from './village-rules.js';
import { villageAggregate } from './village-state.js';

export const recordCommitteeReviewInput = villageEvents.CommitteeReviewRecorded.refine(
  (review) => distinctBy((w: { issueId: string }) => w.issueId)(review.earlyWarnings),
  { message: 'DUPLICATE_ENTRY', path: ['earlyWarnings'] },
);

export const recordCommitteeReview = defineCommand({
  name: 'RecordCommitteeReview',
  occurredOn: 'reviewedOn',
  input: recordCommitteeReviewInput,
  needs: { village: villageAggregate },
  streamIds: (input) => ({ village: input.villageId }),
  decide(input, { village }) {
    ensureVillageRegistered(village);
    villageRules.ensure(
      !village.committeeReviews.some((r) => r.period === input.period),
      'COMMITTEE_REVIEW_ALREADY_RECORDED',
      'period',
    );
    for (const [index, warning] of input.earlyWarnings.entries()) {
      villageRules.ensure(
        !village.earlyWarnings.some((w) => w.issueId === warning.issueId),
        'EARLY_WARNING_ALREADY_RECORDED',
        `earlyWarnings.${index}.issueId`,
      );
    }
    return { village: [domainEvent('CommitteeReviewRecorded', input)] };
  },
});
