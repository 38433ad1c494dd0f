import { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { uuid } from '../../shared/schemas.js';
import {
  isOnItsCommittee,
  isSameSeatRef,
  isSingleHolderSeat,
  positionOnItsCommittee,
} from '../../village/seat.js';
import { ensureVillageRegistered, villageRules } from '../../village/village-rules.js';
import { villageAggregate } from '../../village/village-state.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { concludedReviews, latestReviewForSeat } from '../review/qualification-reviews.js';
import { post, sameSeat } from './post.js';

export const appointCadreInput = z
  .strictObject({ cadreId: uuid, ...post.shape })
  .refine(isOnItsCommittee, positionOnItsCommittee);

/**
 * 凡进必审、凡动必报: an approved review for the seat admits the cadre to it (a cadre taking two seats, as
 * in 一肩挑, is reviewed for each), and the appointment is on both streams.
 */
export const appointCadre = defineCommand({
  name: 'AppointCadre',
  occurredOn: 'appointedOn',
  input: appointCadreInput,
  needs: { cadre: cadreAggregate, village: villageAggregate },
  streamIds: (input) => ({ cadre: input.cadreId, village: input.villageId }),
  decide(input, { cadre, village }) {
    ensureCadreRegistered(cadre);
    ensureVillageRegistered(village);
    const concluded = concludedReviews(cadre);
    cadreRules.ensure(concluded.length > 0, 'QUALIFICATION_REVIEW_REQUIRED', 'cadreId');
    cadreRules.ensure(
      concluded.some((r) => r.villageId === input.villageId),
      'QUALIFICATION_REVIEW_FOR_OTHER_VILLAGE',
      'villageId',
    );
    const review = latestReviewForSeat(cadre, input);
    cadreRules.ensure(review, 'QUALIFICATION_REVIEW_FOR_OTHER_SEAT', 'position');
    cadreRules.ensure(review.conclusion.outcome === 'APPROVED', 'QUALIFICATION_REVIEW_REJECTED', 'cadreId');
    ensureNotBefore(input.appointedOn, review.conclusion.concludedOn, 'appointedOn');
    cadreRules.ensure(
      cadre.currentPosts.every((p) => p.villageId === input.villageId),
      'POSTS_IN_ONE_VILLAGE',
      'villageId',
    );
    cadreRules.ensure(!cadre.currentPosts.some((p) => sameSeat(p, input)), 'ALREADY_HOLDS_POST', 'position');
    villageRules.ensure(
      !isSingleHolderSeat(input) || !village.seats.some((s) => isSameSeatRef(s, input)),
      'SEAT_TAKEN',
      'position',
    );
    const { cadreId, villageId, committee, position, method, appointedOn } = input;
    return {
      cadre: [domainEvent('CadreAppointed', { ...input, qualificationReviewId: review.reviewId })],
      village: [
        domainEvent('SeatFilled', { villageId, cadreId, committee, position, method, filledOn: appointedOn }),
      ],
    };
  },
});
