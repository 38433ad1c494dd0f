import type { z } from 'zod';
import { isSameSeatRef, type SeatRef } from '../../village/seat.js';
import type { CadreState, QualificationReview } from '../cadre-state.js';
import type { reviewOutcome } from '../vocabulary.js';

export type ConcludedReview = QualificationReview & Required<Pick<QualificationReview, 'conclusion'>>;

export const openReview = (cadre: CadreState): QualificationReview | undefined =>
  cadre.qualificationReviews.find((r) => !r.conclusion);

export const concludedReviews = (cadre: CadreState): ConcludedReview[] =>
  cadre.qualificationReviews.filter((r): r is ConcludedReview => r.conclusion !== undefined);

/** The review an appointment to a seat rests on: the one for that seat of that village concluded last. */
export const latestReviewForSeat = (
  cadre: CadreState,
  seat: SeatRef & { villageId: string },
): ConcludedReview | undefined =>
  concludedReviews(cadre)
    .filter((r) => r.villageId === seat.villageId && isSameSeatRef(r, seat))
    .at(-1);

/** One rejection blocks the appointment; approval needs every department. */
export const outcomeOf = (review: QualificationReview): z.infer<typeof reviewOutcome> =>
  review.verdicts.every((v) => v.verdict === 'APPROVED') ? 'APPROVED' : 'REJECTED';

export const pendingDepartments = (review: QualificationReview): string[] =>
  review.departments.map((d) => d.code).filter((code) => !review.verdicts.some((v) => v.department === code));
