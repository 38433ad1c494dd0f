import type { z } from 'zod';
import type { CadreState, QualificationReview } from '../cadre-state.js';
import type { reviewOutcome } from '../vocabulary.js';

export type ConcludedReview = QualificationReview & Required<Pick<QualificationReview, 'conclusion'>>;

export const openReview = (cadre: CadreState): QualificationReview | undefined =>
  cadre.qualificationReviews.find((r) => !r.conclusion);

/** The review an appointment rests on: the one concluded last. */
export const latestConcludedReview = (cadre: CadreState): ConcludedReview | undefined =>
  cadre.qualificationReviews.filter((r): r is ConcludedReview => r.conclusion !== undefined).at(-1);

/** One rejection blocks the appointment; approval needs every department. */
export const outcomeOf = (review: QualificationReview): z.infer<typeof reviewOutcome> =>
  review.verdicts.every((v) => v.verdict === 'APPROVED') ? 'APPROVED' : 'REJECTED';

export const pendingDepartments = (review: QualificationReview): string[] =>
  review.departments.map((d) => d.code).filter((code) => !review.verdicts.some((v) => v.department === code));
