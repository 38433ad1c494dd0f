import type { CadreState, HeldPost, Pledge, QualificationReview, ReserveStanding } from '@cadre/domain';

/**
 * The parts of a cadre's file as the read models keep and serve them, each derived from the folded
 * `CadreState` by one function here: the dossier, the indexed columns and the rows of the list tables
 * all read them, so none of them interprets events a second time.
 */

export interface PostRecord {
  villageId: string;
  committee: string;
  position: string;
  method: string;
  appointedOn: string;
  reviewId: string | null;
  leftOn: string | null;
  leavingReason: string | null;
}

export interface ReserveStatus {
  villageId: string;
  source: string;
  tier: number;
  enlistedOn: string;
  mentors: {
    townshipLeader: string;
    secretaryCadreId: string;
    memberCadreIds: string[];
    assignedOn: string;
  } | null;
}

export interface QualificationReviewRecord extends Omit<QualificationReview, 'conclusion'> {
  /** null while the review is open. */
  outcome: string | null;
  concludedOn: string | null;
}

export interface EducationProgrammeRecord {
  programme: string;
  school: string;
  level: string;
  enrolledOn: string | null;
  completedOn: string | null;
  degree: string | null;
}

export interface PledgeRecord {
  cadreId: string;
  year: number;
  items: string[];
  itemCount: number;
  madeOn: string;
  /** The latest progress report. */
  progress: string | null;
  progressOn: string | null;
  residentsRating: string | null;
  organizationRating: string | null;
  evaluatedOn: string | null;
}

const heldPost = (post: HeldPost): PostRecord => ({
  villageId: post.villageId,
  committee: post.committee,
  position: post.position,
  method: post.method,
  appointedOn: post.appointedOn,
  reviewId: post.qualificationReviewId,
  leftOn: null,
  leavingReason: null,
});

/** The posts held, oldest appointment first. */
export const currentPostRecords = (state: CadreState): PostRecord[] =>
  sortedBy(state.currentPosts.map(heldPost), (post) => post.appointedOn);

/** Every post the cadre has held, past ones included, oldest appointment first. */
export function postHistory(state: CadreState): PostRecord[] {
  const former = state.formerPosts.map((post) => ({
    ...heldPost(post),
    leftOn: post.leftOn,
    leavingReason: post.reason,
  }));
  return sortedBy([...former, ...currentPostRecords(state)], (post) => post.appointedOn);
}

/** The village the file belongs to (the domain's: named at registration, then the latest appointment's), else the reserve place's. */
export const villageOf = (state: CadreState): string | null =>
  state.villageId ?? state.reserve?.villageId ?? null;

export function reserveStatus(reserve: ReserveStanding | undefined): ReserveStatus | null {
  if (!reserve) return null;
  const { villageId, source, tier, enlistedOn, mentors } = reserve;
  return { villageId, source, tier, enlistedOn, mentors: mentors ?? null };
}

export const qualificationReviewRecord = ({
  conclusion,
  ...review
}: QualificationReview): QualificationReviewRecord => ({
  ...review,
  outcome: conclusion?.outcome ?? null,
  concludedOn: conclusion?.concludedOn ?? null,
});

/** Programmes completed, then the one studied for now. */
export function educationProgrammes(state: CadreState): EducationProgrammeRecord[] {
  const completed = state.educationCompleted.map(
    ({ programme, school, level, degree, completedOn, enrolledOn }) => ({
      programme,
      school,
      level,
      enrolledOn: enrolledOn ?? null,
      completedOn,
      degree: degree ?? null,
    }),
  );
  const { enrolment } = state;
  if (!enrolment) return completed;
  const { programme, school, level, enrolledOn } = enrolment;
  return [...completed, { programme, school, level, enrolledOn, completedOn: null, degree: null }];
}

export function pledgeRecord(cadreId: string, pledge: Pledge): PledgeRecord {
  const latest = pledge.progress.at(-1);
  return {
    cadreId,
    year: pledge.year,
    items: pledge.items,
    itemCount: pledge.items.length,
    madeOn: pledge.madeOn,
    progress: latest?.progress ?? null,
    progressOn: latest?.reportedOn ?? null,
    residentsRating: pledge.evaluation?.residentsRating ?? null,
    organizationRating: pledge.evaluation?.organizationRating ?? null,
    evaluatedOn: pledge.evaluation?.evaluatedOn ?? null,
  };
}

/** A copy sorted by the keys, in order; items with equal keys keep their order (the order they came in). */
export function sortedBy<T>(items: readonly T[], ...keys: Array<(item: T) => string | number>): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}
