import type { CadreProfile, CadreRecord, CadreState } from '@cadre/domain';
import { admonishmentWarning, type EarlyWarningRecord } from './admonishment-warning.js';
import {
  currentPostRecords,
  type EducationProgrammeRecord,
  educationProgrammes,
  type PledgeRecord,
  type PostRecord,
  pledgeRecord,
  postHistory,
  type QualificationReviewRecord,
  qualificationReviewRecord,
  type ReserveStatus,
  reserveStatus,
  sortedBy,
  villageOf,
} from './cadre-records.js';

/** What a roster row shows of a cadre. */
export interface CadreSummary {
  cadreId: string;
  profile: CadreProfile;
  /** The village the file belongs to, else the cadre's reserve place. */
  villageId: string | null;
  currentPosts: PostRecord[];
  reserve: ReserveStatus | null;
  registeredAt: string;
}

/** A training on the file: a session attended (trainingId set) or a course recorded on the cadre's stream. */
export interface CadreTrainingRecord {
  trainingId: string | null;
  topic: string;
  kind: string;
  trainedOn: string;
}

/** 一人一档: everything the ledger holds about one cadre, lists oldest first. */
export interface CadreDossier extends CadreSummary {
  portrait: CadreRecord<'PoliticalPortraitUpdated'> | null;
  postHistory: PostRecord[];
  qualificationReviews: QualificationReviewRecord[];
  trainings: CadreTrainingRecord[];
  interviews: CadreRecord<'CadreInterviewed'>[];
  education: EducationProgrammeRecord[];
  pledges: PledgeRecord[];
  honors: Array<CadreRecord<'CadreHonored'> & { cadreId: string }>;
  assessments: CadreRecord<'AnnualAssessmentRecorded'>[];
  benefits: CadreRecord<'BenefitGranted'>[];
  openWarnings: EarlyWarningRecord[];
}

/** What a dossier shows that the cadre's own stream does not hold. */
export interface BeyondTheStream {
  /** When the registration happened (the event's business time). */
  registeredAt: string;
  /** The township's sessions the cadre attended (each training's own stream records them). */
  sessionsAttended: readonly CadreTrainingRecord[];
}

/** A registered cadre's state: what the dossier is made of. */
export type RegisteredCadre = CadreState & Required<Pick<CadreState, 'cadreId' | 'profile'>>;

export const isRegistered = (state: CadreState): state is RegisteredCadre =>
  state.registered && state.cadreId !== undefined && state.profile !== undefined;

/** Sessions attended and courses on the file, by day; a session the file records too counts once. */
export function trainingsOf(
  state: CadreState,
  sessions: readonly CadreTrainingRecord[],
): CadreTrainingRecord[] {
  const onFile = state.trainings.map(({ trainingId, topic, kind, trainedOn }) => ({
    trainingId: trainingId ?? null,
    topic,
    kind,
    trainedOn,
  }));
  const recorded = new Set(onFile.map((t) => t.trainingId).filter((id) => id !== null));
  const attended = sessions.filter((s) => s.trainingId === null || !recorded.has(s.trainingId));
  return sortedBy([...attended, ...onFile], (t) => t.trainedOn);
}

/**
 * The dossier of a cadre from their folded state: the read model's document answers today's, the
 * time-travel fold a past one's, through this one function.
 */
export function cadreDossier(state: RegisteredCadre, beyond: BeyondTheStream): CadreDossier {
  const { cadreId, profile } = state;
  const reserve = reserveStatus(state.reserve);
  const villageId = villageOf(state);
  return {
    cadreId,
    profile,
    villageId,
    currentPosts: currentPostRecords(state),
    reserve,
    registeredAt: beyond.registeredAt,
    portrait: state.portrait ?? null,
    postHistory: postHistory(state),
    qualificationReviews: sortedBy(state.qualificationReviews, (r) => r.openedOn).map(
      qualificationReviewRecord,
    ),
    trainings: trainingsOf(state, beyond.sessionsAttended),
    interviews: sortedBy(state.interviews, (i) => i.heldOn),
    education: educationProgrammes(state),
    pledges: sortedBy(state.pledges, (p) => p.year).map((pledge) => pledgeRecord(cadreId, pledge)),
    honors: sortedBy(state.honors, (h) => h.awardedOn).map((honor) => ({ cadreId, ...honor })),
    assessments: sortedBy(state.assessments, (a) => a.year),
    benefits: sortedBy(
      state.benefits,
      (b) => b.year,
      (b) => b.kind,
    ),
    openWarnings: state.admonishmentDue
      ? [admonishmentWarning(cadreId, villageId, state.admonishmentDue)]
      : [],
  };
}
