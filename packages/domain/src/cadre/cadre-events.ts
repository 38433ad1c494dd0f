import { z } from 'zod';
import type { EventsOf } from '../aggregate.js';
import {
  calendarDate,
  educationLevel,
  evaluationGrade,
  optionalText,
  requiredText,
  uuid,
  year,
  yuan,
} from '../shared/schemas.js';
import { reviewingDepartment } from '../township/township-settings.js';
import { trainingKind } from '../training/training-kind.js';
import { committee, leavingReason, position } from '../village/seat.js';
import { appointmentFormPrepared } from './documents/appointment-form-entries.js';
import { post } from './posts/post.js';
import { cadreProfile, profileChanges } from './profile/cadre-profile.js';
import {
  benefitKind,
  departmentVerdict,
  honorLevel,
  interviewKind,
  portraitBasis,
  reserveSource,
  reserveTier,
  reviewOutcome,
} from './vocabulary.js';

const cadreId = uuid;

/** 民主测评 ballots, by grade. */
export const appraisalVotes = z.strictObject({
  excellent: z.int().min(0),
  competent: z.int().min(0),
  basicallyCompetent: z.int().min(0),
  incompetent: z.int().min(0),
});
export type AppraisalVotes = z.infer<typeof appraisalVotes>;

const educationProgramme = {
  programme: requiredText(100),
  school: requiredText(100),
  level: educationLevel,
};

/** The events of a `cadre-<id>` stream, by type: the schema of each one's current data. */
export const cadreEvents = {
  /** `villageId`: the village whose file it is (absent on registrations from before it was asked). */
  CadreRegistered: z.strictObject({
    cadreId,
    villageId: uuid.optional(),
    profile: cadreProfile,
    registeredOn: calendarDate,
  }),
  /** PIPL Art. 47: the person's identifying data is erased (their key deleted); the file keeps what counts. */
  PersonalDataErased: z.strictObject({ cadreId, erasedOn: calendarDate }),
  CadreProfileCorrected: z.strictObject({
    cadreId,
    changes: profileChanges,
    reason: requiredText(500),
    correctedOn: calendarDate,
  }),

  ReserveCadreEnlisted: z.strictObject({
    cadreId,
    villageId: uuid,
    source: reserveSource,
    tier: reserveTier,
    enlistedOn: calendarDate,
  }),
  ReserveTierChanged: z.strictObject({
    cadreId,
    from: reserveTier,
    to: reserveTier,
    changedOn: calendarDate,
    reason: optionalText(500),
  }),
  /** 退出后备干部库: the cadre leaves the village's reserve pool, with why. */
  ReserveCadreLeft: z.strictObject({
    cadreId,
    villageId: uuid,
    exitedOn: calendarDate,
    reason: requiredText(500),
  }),
  /** 1+1+N: one township leader in charge of the village, one party secretary, N committee members. */
  MentorsAssigned: z.strictObject({
    cadreId,
    townshipLeader: requiredText(50),
    secretaryCadreId: uuid,
    memberCadreIds: z.array(uuid).min(1),
    assignedOn: calendarDate,
  }),

  QualificationReviewOpened: z.strictObject({
    cadreId,
    reviewId: uuid,
    villageId: uuid,
    committee,
    position,
    /** Copied from the township's settings when the review opened. */
    departments: z.array(reviewingDepartment).min(1),
    openedOn: calendarDate,
  }),
  DepartmentVerdictRecorded: z.strictObject({
    cadreId,
    reviewId: uuid,
    department: reviewingDepartment.shape.code,
    verdict: departmentVerdict,
    note: optionalText(1000),
    decidedOn: calendarDate,
  }),
  QualificationReviewConcluded: z.strictObject({
    cadreId,
    reviewId: uuid,
    villageId: uuid,
    outcome: reviewOutcome,
    concludedOn: calendarDate,
  }),

  /** Version 2: names the approved review that admitted the cadre (none before 凡进必审 was enforced). */
  CadreAppointed: z.strictObject({ cadreId, ...post.shape, qualificationReviewId: uuid.nullable() }),
  CadreLeftPost: z.strictObject({
    cadreId,
    villageId: uuid,
    committee,
    position,
    reason: leavingReason,
    leftOn: calendarDate,
  }),

  CadreTrained: z.strictObject({
    cadreId,
    trainingId: uuid.optional(),
    topic: requiredText(100),
    kind: trainingKind,
    trainedOn: calendarDate,
  }),
  EducationEnrolled: z.strictObject({ cadreId, ...educationProgramme, enrolledOn: calendarDate }),
  EducationCompleted: z.strictObject({
    cadreId,
    ...educationProgramme,
    degree: optionalText(50),
    completedOn: calendarDate,
  }),

  CadreInterviewed: z.strictObject({
    cadreId,
    kind: interviewKind,
    interviewer: requiredText(50),
    heldOn: calendarDate,
    findings: requiredText(5000),
    votes: appraisalVotes.optional(),
  }),
  /** An open early warning on the cadre until an admonishment talk (约谈) is held. */
  AdmonishmentRequired: z.strictObject({
    cadreId,
    incompetentShare: z.number().min(0).max(1),
    threshold: z.number().gt(0).max(1),
    requiredOn: calendarDate,
  }),
  PoliticalPortraitUpdated: z.strictObject({
    cadreId,
    text: requiredText(5000),
    basedOn: z.array(portraitBasis).min(1),
    updatedOn: calendarDate,
  }),

  PledgeMade: z.strictObject({
    cadreId,
    year,
    items: z.array(requiredText(200)).min(1).max(50),
    madeOn: calendarDate,
  }),
  PledgeProgressReported: z.strictObject({
    cadreId,
    year,
    progress: requiredText(2000),
    reportedOn: calendarDate,
  }),
  PledgeEvaluated: z.strictObject({
    cadreId,
    year,
    residentsRating: evaluationGrade,
    organizationRating: evaluationGrade,
    evaluatedOn: calendarDate,
  }),

  CadreHonored: z.strictObject({
    cadreId,
    title: requiredText(100),
    level: honorLevel,
    awardingBody: requiredText(100),
    awardedOn: calendarDate,
  }),
  AnnualAssessmentRecorded: z.strictObject({
    cadreId,
    year,
    score: z.number().min(0).max(100),
    grade: evaluationGrade,
    bonus: yuan,
    assessedOn: calendarDate,
  }),
  BenefitGranted: z.strictObject({ cadreId, kind: benefitKind, year, amount: yuan, grantedOn: calendarDate }),
  /** 干部任免审批表: the form's entries the file does not hold (拟任、拟免、任免理由、呈报单位、填表人). */
  AppointmentFormPrepared: appointmentFormPrepared,
};

export type CadreEvent = EventsOf<typeof cadreEvents>;
export type CadreEventType = CadreEvent['type'];
export type CadreEventOf<Type extends CadreEventType> = Extract<CadreEvent, { type: Type }>;

export type CadreRegistered = CadreEventOf<'CadreRegistered'>;
export type CadreProfileCorrected = CadreEventOf<'CadreProfileCorrected'>;
export type PersonalDataErased = CadreEventOf<'PersonalDataErased'>;
export type ReserveCadreEnlisted = CadreEventOf<'ReserveCadreEnlisted'>;
export type ReserveTierChanged = CadreEventOf<'ReserveTierChanged'>;
export type ReserveCadreLeft = CadreEventOf<'ReserveCadreLeft'>;
export type MentorsAssigned = CadreEventOf<'MentorsAssigned'>;
export type QualificationReviewOpened = CadreEventOf<'QualificationReviewOpened'>;
export type DepartmentVerdictRecorded = CadreEventOf<'DepartmentVerdictRecorded'>;
export type QualificationReviewConcluded = CadreEventOf<'QualificationReviewConcluded'>;
export type CadreAppointed = CadreEventOf<'CadreAppointed'>;
export type CadreLeftPost = CadreEventOf<'CadreLeftPost'>;
export type CadreTrained = CadreEventOf<'CadreTrained'>;
export type EducationEnrolled = CadreEventOf<'EducationEnrolled'>;
export type EducationCompleted = CadreEventOf<'EducationCompleted'>;
export type CadreInterviewed = CadreEventOf<'CadreInterviewed'>;
export type AdmonishmentRequired = CadreEventOf<'AdmonishmentRequired'>;
export type PoliticalPortraitUpdated = CadreEventOf<'PoliticalPortraitUpdated'>;
export type PledgeMade = CadreEventOf<'PledgeMade'>;
export type PledgeProgressReported = CadreEventOf<'PledgeProgressReported'>;
export type PledgeEvaluated = CadreEventOf<'PledgeEvaluated'>;
export type CadreHonored = CadreEventOf<'CadreHonored'>;
export type AnnualAssessmentRecorded = CadreEventOf<'AnnualAssessmentRecorded'>;
export type BenefitGranted = CadreEventOf<'BenefitGranted'>;
export type AppointmentFormPrepared = CadreEventOf<'AppointmentFormPrepared'>;

/** An event's data without the id of the stream it belongs to: how the state keeps a record. */
export type CadreRecord<Type extends CadreEventType> = Omit<CadreEventOf<Type>['data'], 'cadreId'>;
