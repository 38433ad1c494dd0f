import { defineCommand, domainEvent } from '../../aggregate.js';
import { uuid } from '../../shared/schemas.js';
import { ensureTownshipRegistered } from '../../township/township-rules.js';
import { townshipAggregate } from '../../township/township-state.js';
import { isOnItsCommittee, positionOnItsCommittee } from '../../village/seat.js';
import { ensureVillageRegistered, villageRules } from '../../village/village-rules.js';
import { villageAggregate } from '../../village/village-state.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { openReview } from './qualification-reviews.js';

export const openQualificationReviewInput = cadreEvents.QualificationReviewOpened.omit({ departments: true })
  .extend({ townshipId: uuid })
  .refine(isOnItsCommittee, positionOnItsCommittee);

/** 部门联审: the departments asked are the township's reviewing departments at the time. */
export const openQualificationReview = defineCommand({
  name: 'OpenQualificationReview',
  occurredOn: 'openedOn',
  input: openQualificationReviewInput,
  needs: { cadre: cadreAggregate, village: villageAggregate, township: townshipAggregate },
  streamIds: (input) => ({ cadre: input.cadreId, village: input.villageId, township: input.townshipId }),
  decide(input, { cadre, village, township }) {
    ensureCadreRegistered(cadre);
    ensureTownshipRegistered(township);
    ensureVillageRegistered(village);
    villageRules.ensure(village.townshipId === input.townshipId, 'VILLAGE_NOT_IN_TOWNSHIP', 'villageId');
    cadreRules.ensure(!openReview(cadre), 'REVIEW_ALREADY_OPEN', 'cadreId');
    cadreRules.ensure(
      !cadre.qualificationReviews.some((r) => r.reviewId === input.reviewId),
      'REVIEW_ID_TAKEN',
      'reviewId',
    );
    const { townshipId: _townshipId, ...review } = input;
    const departments = township.settings.reviewingDepartments;
    return { cadre: [domainEvent('QualificationReviewOpened', { ...review, departments })] };
  },
});
