import type { AnyCommandDefinition } from './aggregate.js';
import { completeEducation } from './cadre/development/complete-education.js';
import { enrollEducation } from './cadre/development/enroll-education.js';
import { recordTraining } from './cadre/development/record-training.js';
import { changeCadrePhoto } from './cadre/documents/change-cadre-photo.js';
import { prepareAppointmentForm } from './cadre/documents/prepare-appointment-form.js';
import { evaluatePledge } from './cadre/pledge/evaluate-pledge.js';
import { makePledge } from './cadre/pledge/make-pledge.js';
import { reportPledgeProgress } from './cadre/pledge/report-pledge-progress.js';
import { appointCadre } from './cadre/posts/appoint-cadre.js';
import { leavePost } from './cadre/posts/leave-post.js';
import { correctCadreProfile } from './cadre/profile/correct-cadre-profile.js';
import { erasePersonalData } from './cadre/profile/erase-personal-data.js';
import { registerCadre } from './cadre/profile/register-cadre.js';
import { grantBenefit } from './cadre/recognition/grant-benefit.js';
import { honorCadre } from './cadre/recognition/honor-cadre.js';
import { recordAnnualAssessment } from './cadre/recognition/record-annual-assessment.js';
import { assignMentors } from './cadre/reserve/assign-mentors.js';
import { changeReserveTier } from './cadre/reserve/change-reserve-tier.js';
import { enlistReserveCadre } from './cadre/reserve/enlist-reserve-cadre.js';
import { leaveReservePool } from './cadre/reserve/leave-reserve-pool.js';
import { concludeQualificationReview } from './cadre/review/conclude-qualification-review.js';
import { openQualificationReview } from './cadre/review/open-qualification-review.js';
import { recordDepartmentVerdict } from './cadre/review/record-department-verdict.js';
import { recordInterview } from './cadre/supervision/record-interview.js';
import { updatePoliticalPortrait } from './cadre/supervision/update-political-portrait.js';
import { concludeVillageElection } from './election/conclude-village-election.js';
import { recordElectionResult } from './election/record-election-result.js';
import { registerElectionCandidate } from './election/register-election-candidate.js';
import { startGeneralElection } from './election/start-general-election.js';
import { acknowledgeReminder } from './reminder/acknowledge-reminder.js';
import { issueReminder } from './reminder/issue-reminder.js';
import { acceptServiceRequest } from './request/accept-service-request.js';
import { dispatchServiceRequest } from './request/dispatch-service-request.js';
import { raiseServiceRequest } from './request/raise-service-request.js';
import { rateServiceRequest } from './request/rate-service-request.js';
import { resolveServiceRequest } from './request/resolve-service-request.js';
import { changeTownshipSettings } from './township/change-township-settings.js';
import { registerTownship } from './township/register-township.js';
import { recordTrainingHeld } from './training/record-training-held.js';
import { scheduleTraining } from './training/schedule-training.js';
import { recordCommitteeReview } from './village/record-committee-review.js';
import { recordCommitteeTerm } from './village/record-committee-term.js';
import { registerVillage } from './village/register-village.js';
import { resolveEarlyWarning } from './village/resolve-early-warning.js';

/**
 * Every command the ledger accepts, by name. The first stream a command needs is the one it is about:
 * the command bus writes it last and finds retries there.
 */
export const COMMANDS = {
  RegisterTownship: registerTownship,
  ChangeTownshipSettings: changeTownshipSettings,

  RegisterVillage: registerVillage,
  RecordCommitteeReview: recordCommitteeReview,
  ResolveEarlyWarning: resolveEarlyWarning,
  RecordCommitteeTerm: recordCommitteeTerm,

  StartGeneralElection: startGeneralElection,
  RegisterElectionCandidate: registerElectionCandidate,
  RecordElectionResult: recordElectionResult,
  ConcludeVillageElection: concludeVillageElection,

  RegisterCadre: registerCadre,
  CorrectCadreProfile: correctCadreProfile,
  ErasePersonalData: erasePersonalData,
  EnlistReserveCadre: enlistReserveCadre,
  ChangeReserveTier: changeReserveTier,
  LeaveReservePool: leaveReservePool,
  AssignMentors: assignMentors,
  OpenQualificationReview: openQualificationReview,
  RecordDepartmentVerdict: recordDepartmentVerdict,
  ConcludeQualificationReview: concludeQualificationReview,
  AppointCadre: appointCadre,
  LeavePost: leavePost,
  RecordTraining: recordTraining,
  RecordInterview: recordInterview,
  UpdatePoliticalPortrait: updatePoliticalPortrait,
  EnrollEducation: enrollEducation,
  CompleteEducation: completeEducation,
  MakePledge: makePledge,
  ReportPledgeProgress: reportPledgeProgress,
  EvaluatePledge: evaluatePledge,
  HonorCadre: honorCadre,
  RecordAnnualAssessment: recordAnnualAssessment,
  GrantBenefit: grantBenefit,
  ChangeCadrePhoto: changeCadrePhoto,
  PrepareAppointmentForm: prepareAppointmentForm,

  ScheduleTraining: scheduleTraining,
  RecordTrainingHeld: recordTrainingHeld,

  RaiseServiceRequest: raiseServiceRequest,
  DispatchServiceRequest: dispatchServiceRequest,
  AcceptServiceRequest: acceptServiceRequest,
  ResolveServiceRequest: resolveServiceRequest,
  RateServiceRequest: rateServiceRequest,

  IssueReminder: issueReminder,
  AcknowledgeReminder: acknowledgeReminder,
} as const satisfies Record<string, AnyCommandDefinition>;

export type CommandName = keyof typeof COMMANDS;
