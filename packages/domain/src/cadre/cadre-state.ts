import type { Aggregate } from '../aggregate.js';
import { isHigherEducation } from '../shared/schemas.js';
import { isSameSeatRef } from '../village/seat.js';
import type { CadreEvent, CadreEventOf, CadreRecord } from './cadre-events.js';
import type { Post } from './posts/post.js';
import type { CadreProfile } from './profile/cadre-profile.js';
import { erasedFields } from './profile/personal-fields.js';

/** A post held: the seat, how and since when, and the approved review it rests on (none before 凡进必审). */
export type HeldPost = Post & Pick<CadreRecord<'CadreAppointed'>, 'qualificationReviewId'>;

export type FormerPost = HeldPost & CadreRecord<'CadreLeftPost'>;

/** A programme completed, with the day it was enrolled in when the file recorded the enrolment. */
export type CompletedProgramme = CadreRecord<'EducationCompleted'> & { enrolledOn?: string };

export interface ReserveStanding extends CadreRecord<'ReserveCadreEnlisted'> {
  mentors?: CadreRecord<'MentorsAssigned'>;
}

export type DepartmentVerdict = Omit<CadreRecord<'DepartmentVerdictRecorded'>, 'reviewId'>;

/** A 部门联审: the departments asked, their verdicts so far, and its conclusion once drawn. */
export interface QualificationReview extends CadreRecord<'QualificationReviewOpened'> {
  verdicts: DepartmentVerdict[];
  conclusion?: Pick<CadreRecord<'QualificationReviewConcluded'>, 'outcome' | 'concludedOn'>;
}

export interface Pledge extends CadreRecord<'PledgeMade'> {
  progress: Omit<CadreRecord<'PledgeProgressReported'>, 'year'>[];
  evaluation?: Omit<CadreRecord<'PledgeEvaluated'>, 'year'>;
}

/**
 * A cadre's file (一人一档) as folded from their stream. Time travel folds it up to a date, so it keeps
 * the whole dossier, not only what `decide` needs.
 */
export interface CadreState {
  registered: boolean;
  cadreId?: string;
  /** When the cadre's file was opened (business date). */
  registeredOn?: string;
  /** When the person's identifying data was erased (PIPL Art. 47), if it was. */
  erasedOn?: string;
  /** The village the file belongs to: the one named at registration, then that of the latest appointment. */
  villageId?: string;
  profile?: CadreProfile;
  corrections: Omit<CadreRecord<'CadreProfileCorrected'>, 'changes'>[];
  currentPosts: HeldPost[];
  formerPosts: FormerPost[];
  reserve?: ReserveStanding;
  qualificationReviews: QualificationReview[];
  trainings: CadreRecord<'CadreTrained'>[];
  /** The programme the cadre is studying for now, if any. */
  enrolment?: CadreRecord<'EducationEnrolled'>;
  educationCompleted: CompletedProgramme[];
  interviews: CadreRecord<'CadreInterviewed'>[];
  /** An open early warning: an admonishment talk is due. */
  admonishmentDue?: CadreRecord<'AdmonishmentRequired'>;
  portrait?: CadreRecord<'PoliticalPortraitUpdated'>;
  pledges: Pledge[];
  honors: CadreRecord<'CadreHonored'>[];
  assessments: CadreRecord<'AnnualAssessmentRecorded'>[];
  benefits: CadreRecord<'BenefitGranted'>[];
  /** The appointment form's own entries, as last prepared. */
  appointmentForm?: CadreRecord<'AppointmentFormPrepared'>;
}

const initialState: CadreState = {
  registered: false,
  corrections: [],
  currentPosts: [],
  formerPosts: [],
  qualificationReviews: [],
  trainings: [],
  educationCompleted: [],
  interviews: [],
  pledges: [],
  honors: [],
  assessments: [],
  benefits: [],
};

const withoutCadreId = <Data extends { cadreId: string }>({ cadreId: _cadreId, ...rest }: Data) => rest;

function updateReview(
  state: CadreState,
  reviewId: string,
  change: (review: QualificationReview) => QualificationReview,
): CadreState {
  const qualificationReviews = state.qualificationReviews.map((r) =>
    r.reviewId === reviewId ? change(r) : r,
  );
  return { ...state, qualificationReviews };
}

function updatePledge(state: CadreState, year: number, change: (pledge: Pledge) => Pledge): CadreState {
  return { ...state, pledges: state.pledges.map((p) => (p.year === year ? change(p) : p)) };
}

function leavePost(state: CadreState, data: CadreEventOf<'CadreLeftPost'>['data']): CadreState {
  const held = state.currentPosts.find((p) => p.villageId === data.villageId && isSameSeatRef(p, data));
  if (!held) return state;
  return {
    ...state,
    currentPosts: state.currentPosts.filter((p) => p !== held),
    formerPosts: [...state.formerPosts, { ...held, ...withoutCadreId(data) }],
  };
}

/** A completed programme raises the highest level, and the on-the-job record, when it is higher. */
function completeEducation(state: CadreState, data: CadreEventOf<'EducationCompleted'>['data']): CadreState {
  const { cadreId: _cadreId, ...record } = data;
  const { profile, enrolment } = state;
  if (!profile) return state;
  const enrolled =
    enrolment && enrolment.programme === record.programme && enrolment.school === record.school;
  const completed: CompletedProgramme = enrolled ? { ...record, enrolledOn: enrolment.enrolledOn } : record;
  const { level, degree, school, programme } = completed;
  const onTheJob = profile.onTheJobEducation;
  return {
    ...state,
    enrolment: undefined,
    educationCompleted: [...state.educationCompleted, completed],
    profile: {
      ...profile,
      educationLevel: isHigherEducation(level, profile.educationLevel) ? level : profile.educationLevel,
      onTheJobEducation:
        !onTheJob || isHigherEducation(level, onTheJob.level)
          ? { level, degree, school, major: programme }
          : onTheJob,
    },
  };
}

function evolve(state: CadreState, event: CadreEvent): CadreState {
  switch (event.type) {
    case 'CadreRegistered':
      return {
        ...state,
        registered: true,
        cadreId: event.data.cadreId,
        registeredOn: event.data.registeredOn,
        villageId: event.data.villageId,
        profile: event.data.profile,
      };
    case 'CadreProfileCorrected': {
      const { changes, reason, correctedOn } = event.data;
      const profile = state.profile && { ...state.profile, ...changes };
      return { ...state, profile, corrections: [...state.corrections, { reason, correctedOn }] };
    }
    case 'PersonalDataErased':
      return {
        ...state,
        erasedOn: event.data.erasedOn,
        profile: state.profile && erasedFields(state.profile),
      };
    case 'ReserveCadreEnlisted':
      return { ...state, reserve: withoutCadreId(event.data) };
    case 'ReserveTierChanged':
      return state.reserve ? { ...state, reserve: { ...state.reserve, tier: event.data.to } } : state;
    case 'ReserveCadreLeft': {
      const { reserve: _left, ...rest } = state;
      return rest;
    }
    case 'MentorsAssigned':
      return state.reserve
        ? { ...state, reserve: { ...state.reserve, mentors: withoutCadreId(event.data) } }
        : state;
    case 'QualificationReviewOpened': {
      const review: QualificationReview = { ...withoutCadreId(event.data), verdicts: [] };
      return { ...state, qualificationReviews: [...state.qualificationReviews, review] };
    }
    case 'DepartmentVerdictRecorded': {
      const { cadreId: _cadreId, reviewId, ...verdict } = event.data;
      return updateReview(state, reviewId, (r) => ({ ...r, verdicts: [...r.verdicts, verdict] }));
    }
    case 'QualificationReviewConcluded': {
      const { reviewId, outcome, concludedOn } = event.data;
      return updateReview(state, reviewId, (r) => ({ ...r, conclusion: { outcome, concludedOn } }));
    }
    case 'CadreAppointed': {
      const { cadreId: _cadreId, ...post } = event.data;
      return { ...state, villageId: post.villageId, currentPosts: [...state.currentPosts, post] };
    }
    case 'CadreLeftPost':
      return leavePost(state, event.data);
    case 'CadreTrained':
      return { ...state, trainings: [...state.trainings, withoutCadreId(event.data)] };
    case 'EducationEnrolled':
      return { ...state, enrolment: withoutCadreId(event.data) };
    case 'EducationCompleted':
      return completeEducation(state, event.data);
    case 'CadreInterviewed': {
      const interview = withoutCadreId(event.data);
      const due = state.admonishmentDue;
      const heldAsDue = interview.kind === 'ADMONISHMENT' && due && interview.heldOn >= due.requiredOn;
      return {
        ...state,
        interviews: [...state.interviews, interview],
        admonishmentDue: heldAsDue ? undefined : due,
      };
    }
    case 'AdmonishmentRequired':
      return { ...state, admonishmentDue: withoutCadreId(event.data) };
    case 'PoliticalPortraitUpdated':
      return { ...state, portrait: withoutCadreId(event.data) };
    case 'PledgeMade':
      return { ...state, pledges: [...state.pledges, { ...withoutCadreId(event.data), progress: [] }] };
    case 'PledgeProgressReported': {
      const { cadreId: _cadreId, year, ...report } = event.data;
      return updatePledge(state, year, (p) => ({ ...p, progress: [...p.progress, report] }));
    }
    case 'PledgeEvaluated': {
      const { cadreId: _cadreId, year, ...evaluation } = event.data;
      return updatePledge(state, year, (p) => ({ ...p, evaluation }));
    }
    case 'CadreHonored':
      return { ...state, honors: [...state.honors, withoutCadreId(event.data)] };
    case 'AnnualAssessmentRecorded':
      return { ...state, assessments: [...state.assessments, withoutCadreId(event.data)] };
    case 'BenefitGranted':
      return { ...state, benefits: [...state.benefits, withoutCadreId(event.data)] };
    case 'AppointmentFormPrepared':
      return { ...state, appointmentForm: withoutCadreId(event.data) };
  }
}

export const cadreAggregate: Aggregate<CadreState, CadreEvent> = { category: 'cadre', initialState, evolve };
