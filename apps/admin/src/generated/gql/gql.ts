/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppointmentCandidate($id: ID!) {\n    cadre(id: $id) {\n      id name\n      village { id name townshipId }\n      posts { villageId committee position appointedOn }\n      qualificationReviews { ...ReviewFields }\n    }\n  }\n": typeof types.AppointmentCandidateDocument,
    "\n  fragment CommandPayloadFields on CommandPayload {\n    commandId\n    duplicate\n    derivedIds { field id }\n  }\n": typeof types.CommandPayloadFieldsFragmentDoc,
    "\n  mutation OpenQualificationReview($commandId: ID!, $input: OpenQualificationReviewInput!) {\n    openQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n": typeof types.OpenQualificationReviewDocument,
    "\n  mutation RecordDepartmentVerdict($commandId: ID!, $input: RecordDepartmentVerdictInput!) {\n    recordDepartmentVerdict(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n": typeof types.RecordDepartmentVerdictDocument,
    "\n  mutation ConcludeQualificationReview($commandId: ID!, $input: ConcludeQualificationReviewInput!) {\n    concludeQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n": typeof types.ConcludeQualificationReviewDocument,
    "\n  mutation AppointCadre($commandId: ID!, $input: AppointCadreInput!) {\n    appointCadre(commandId: $commandId, input: $input) {\n      commandId\n      duplicate\n      cadre { id posts { position } }\n    }\n  }\n": typeof types.AppointCadreDocument,
    "\n  query EventLog($first: Int, $after: String, $filter: EventLogFilter) {\n    eventLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { position streamId revision type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.EventLogDocument,
    "\n  query IntegrityCheck {\n    integrityCheck {\n      ok streams events checkedAt\n      firstBroken { fault streamId revision position eventId }\n      ruleViolations { rule streamId position message }\n    }\n  }\n": typeof types.IntegrityCheckDocument,
    "\n  query PersonalDataReads($cadreId: ID, $actor: String) {\n    personalDataReads(cadreId: $cadreId, actor: $actor) { actor role cadreId fields operation readAt }\n  }\n": typeof types.PersonalDataReadsDocument,
    "\n    mutation CorrectCadreProfile($commandId: ID!, $reason: String, $input: CorrectCadreProfileInput!) {\n      correctCadreProfile(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.CorrectCadreProfileDocument,
    "\n    mutation ErasePersonalData($commandId: ID!, $reason: String, $input: ErasePersonalDataInput!) {\n      erasePersonalData(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.ErasePersonalDataDocument,
    "\n    mutation LeavePost($commandId: ID!, $reason: String, $input: LeavePostInput!) {\n      leavePost(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.LeavePostDocument,
    "\n    mutation EnlistReserveCadre($commandId: ID!, $reason: String, $input: EnlistReserveCadreInput!) {\n      enlistReserveCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.EnlistReserveCadreDocument,
    "\n    mutation ChangeReserveTier($commandId: ID!, $reason: String, $input: ChangeReserveTierInput!) {\n      changeReserveTier(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.ChangeReserveTierDocument,
    "\n    mutation AssignMentors($commandId: ID!, $reason: String, $input: AssignMentorsInput!) {\n      assignMentors(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.AssignMentorsDocument,
    "\n    mutation RecordTraining($commandId: ID!, $reason: String, $input: RecordTrainingInput!) {\n      recordTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RecordTrainingDocument,
    "\n    mutation RecordInterview($commandId: ID!, $reason: String, $input: RecordInterviewInput!) {\n      recordInterview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RecordInterviewDocument,
    "\n    mutation UpdatePoliticalPortrait($commandId: ID!, $reason: String, $input: UpdatePoliticalPortraitInput!) {\n      updatePoliticalPortrait(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.UpdatePoliticalPortraitDocument,
    "\n    mutation EnrollEducation($commandId: ID!, $reason: String, $input: EnrollEducationInput!) {\n      enrollEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.EnrollEducationDocument,
    "\n    mutation CompleteEducation($commandId: ID!, $reason: String, $input: CompleteEducationInput!) {\n      completeEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.CompleteEducationDocument,
    "\n    mutation MakePledge($commandId: ID!, $reason: String, $input: MakePledgeInput!) {\n      makePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.MakePledgeDocument,
    "\n    mutation ReportPledgeProgress($commandId: ID!, $reason: String, $input: ReportPledgeProgressInput!) {\n      reportPledgeProgress(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.ReportPledgeProgressDocument,
    "\n    mutation EvaluatePledge($commandId: ID!, $reason: String, $input: EvaluatePledgeInput!) {\n      evaluatePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.EvaluatePledgeDocument,
    "\n    mutation HonorCadre($commandId: ID!, $reason: String, $input: HonorCadreInput!) {\n      honorCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.HonorCadreDocument,
    "\n    mutation RecordAnnualAssessment($commandId: ID!, $reason: String, $input: RecordAnnualAssessmentInput!) {\n      recordAnnualAssessment(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RecordAnnualAssessmentDocument,
    "\n    mutation GrantBenefit($commandId: ID!, $reason: String, $input: GrantBenefitInput!) {\n      grantBenefit(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.GrantBenefitDocument,
    "\n  query Roster($first: Int, $after: String, $role: CadreRole, $search: String, $villageId: ID) {\n    cadres(first: $first, after: $after, role: $role, search: $search, villageId: $villageId) {\n      totalCount\n      edges {\n        node {\n          id name gender birthDate idNumber educationLevel politicalStatus\n          posts { villageId committee position appointedOn }\n          village { id name }\n          reserve { source tier }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation RegisterCadre($commandId: ID!, $input: RegisterCadreInput!) {\n    registerCadre(commandId: $commandId, input: $input) {\n      duplicate\n      cadre { id name }\n    }\n  }\n": typeof types.RegisterCadreDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment EducationRecordFields on EducationRecord {\n    level\n    degree\n    school\n    major\n  }\n": typeof types.EducationRecordFieldsFragmentDoc,
    "\n  fragment ReviewFields on QualificationReview {\n    reviewId\n    villageId\n    committee\n    position\n    departments { code name }\n    verdicts { department verdict note decidedOn }\n    outcome\n    openedOn\n    concludedOn\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  fragment PostFields on Post {\n    villageId\n    committee\n    position\n    method\n    appointedOn\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query Dossier($id: ID!) {\n    cadre(id: $id) {\n      id name gender ethnicity birthDate age idNumber phone politicalStatus educationLevel\n      nativePlace birthplace partyJoinDate workStartDate health professionalTitle speciality\n      fullTimeEducation { ...EducationRecordFields }\n      onTheJobEducation { ...EducationRecordFields }\n      resume { from to description } rewardsAndPenalties\n      familyMembers { relation name birthDate politicalStatus employerAndPost }\n      registeredAt\n      village { id name townshipId seats { ...SeatFields } }\n      posts { ...PostFields }\n      postHistory { villageId committee position method appointedOn reviewId leftOn leavingReason }\n      reserve { villageId source tier enlistedOn mentors { townshipLeader secretaryCadreId memberCadreIds assignedOn } }\n      portrait { text basedOn updatedOn }\n      qualificationReviews { ...ReviewFields }\n      trainings { trainingId topic kind trainedOn }\n      interviews { kind interviewer heldOn findings votes { excellent competent basicallyCompetent incompetent } }\n      education { programme school level enrolledOn completedOn degree }\n      pledges { year items madeOn progress progressOn residentsRating organizationRating evaluatedOn }\n      honors { title level awardingBody awardedOn }\n      assessments { year score grade bonus }\n      benefits { kind year amount }\n      openWarnings { ...WarningFields }\n    }\n  }\n": typeof types.DossierDocument,
    "\n  query CadreName($id: ID!) {\n    cadre(id: $id) { id name }\n  }\n": typeof types.CadreNameDocument,
    "\n  query CadreHistory($id: ID!, $first: Int, $after: String) {\n    cadreHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      edges { node { position type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.CadreHistoryDocument,
    "\n  query CadreAsOf($id: ID!, $asOf: String!, $basis: TimeBasis) {\n    cadreAsOf(id: $id, asOf: $asOf, basis: $basis) {\n      asOf basis eventCount registered name educationLevel politicalStatus\n      posts { ...PostFields }\n    }\n  }\n": typeof types.CadreAsOfDocument,
    "\n  query VillageServiceRequests($villageId: ID!, $first: Int) {\n    serviceRequests(villageId: $villageId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id villageId description raisedOn status cadreId dispatchedOn acceptedOn resolution resolvedOn rating\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.VillageServiceRequestsDocument,
    "\n    mutation RaiseServiceRequest($commandId: ID!, $reason: String, $input: RaiseServiceRequestInput!) {\n      raiseServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RaiseServiceRequestDocument,
    "\n    mutation DispatchServiceRequest($commandId: ID!, $reason: String, $input: DispatchServiceRequestInput!) {\n      dispatchServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.DispatchServiceRequestDocument,
    "\n    mutation AcceptServiceRequest($commandId: ID!, $reason: String, $input: AcceptServiceRequestInput!) {\n      acceptServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.AcceptServiceRequestDocument,
    "\n    mutation ResolveServiceRequest($commandId: ID!, $reason: String, $input: ResolveServiceRequestInput!) {\n      resolveServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.ResolveServiceRequestDocument,
    "\n    mutation RateServiceRequest($commandId: ID!, $reason: String, $input: RateServiceRequestInput!) {\n      rateServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RateServiceRequestDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role villageId }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment EducationStructureFields on EducationStructure {\n    total\n    byLevel { level count }\n    bachelorOrAbove\n    bachelorOrAboveShare\n    juniorCollegeOrAbove\n    juniorCollegeOrAboveShare\n  }\n": typeof types.EducationStructureFieldsFragmentDoc,
    "\n  query Statistics($year: Int, $villageId: ID, $asOf: String) {\n    statistics(year: $year, villageId: $villageId, asOf: $asOf) {\n      asOf year villages communities partySecretaries committeeMembers reserveCadres\n      committeeEducation { ...EducationStructureFields }\n      reserveEducation { ...EducationStructureFields }\n      reserveSources { key count }\n      committeeAge { bands { band count } averageAge under35Share over60Share }\n      committeeGender { male female femaleShare }\n      oneShoulderShare\n      trainingSessions internalTrainingSessions externalTrainingSessions externalTrainingSecretaries trainingCoverage\n      admonishments\n      pledgesMade pledgeItems pledgesEvaluated residentsRatings { key count } organizationRatings { key count }\n      honors honorsDistrictOrAbove honoredDistrictOrAbove honorsByLevel { key count }\n      serviceRequestsResolved\n    }\n  }\n": typeof types.StatisticsDocument,
    "\n    mutation RegisterTownship($commandId: ID!, $reason: String, $input: RegisterTownshipInput!) {\n      registerTownship(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RegisterTownshipDocument,
    "\n    mutation ChangeTownshipSettings($commandId: ID!, $reason: String, $input: ChangeTownshipSettingsInput!) {\n      changeTownshipSettings(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.ChangeTownshipSettingsDocument,
    "\n    mutation RegisterVillage($commandId: ID!, $reason: String, $input: RegisterVillageInput!) {\n      registerVillage(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RegisterVillageDocument,
    "\n  query TrainingSessions($first: Int) {\n    trainings(first: $first, reverse: true) {\n      totalCount\n      edges { node { id townshipId topic kind date place heldOn attendeeCount } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.TrainingSessionsDocument,
    "\n    mutation ScheduleTraining($commandId: ID!, $reason: String, $input: ScheduleTrainingInput!) {\n      scheduleTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.ScheduleTrainingDocument,
    "\n    mutation RecordTrainingHeld($commandId: ID!, $reason: String, $input: RecordTrainingHeldInput!) {\n      recordTrainingHeld(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RecordTrainingHeldDocument,
    "\n    mutation RecordCommitteeReview($commandId: ID!, $reason: String, $input: RecordCommitteeReviewInput!) {\n      recordCommitteeReview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.RecordCommitteeReviewDocument,
    "\n    mutation ResolveEarlyWarning($commandId: ID!, $reason: String, $input: ResolveEarlyWarningInput!) {\n      resolveEarlyWarning(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": typeof types.ResolveEarlyWarningDocument,
    "\n  fragment SeatFields on Seat {\n    committee\n    position\n    cadreId\n    cadreName\n    appointedOn\n  }\n": typeof types.SeatFieldsFragmentDoc,
    "\n  fragment WarningFields on EarlyWarning {\n    issueId\n    source\n    villageId\n    cadreId\n    description\n    raisedOn\n    resolvedOn\n    correctiveAction\n  }\n": typeof types.WarningFieldsFragmentDoc,
    "\n  query Villages($first: Int, $after: String) {\n    villages(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id townshipId name kind\n          seats { ...SeatFields }\n          reserveCadres { id }\n          openWarnings { issueId }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.VillagesDocument,
    "\n  query VillageOptions($first: Int) {\n    villages(first: $first) {\n      totalCount\n      edges { node { id name kind townshipId } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.VillageOptionsDocument,
    "\n  query Village($id: ID!) {\n    village(id: $id) {\n      id townshipId name kind\n      seats { ...SeatFields }\n      reserveCadres { id name gender birthDate educationLevel reserve { source tier enlistedOn } }\n      openWarnings { ...WarningFields }\n    }\n  }\n": typeof types.VillageDocument,
    "\n  query Townships {\n    townships { id name district reviewingDepartments { code name } admonishmentThreshold }\n  }\n": typeof types.TownshipsDocument,
};
const documents: Documents = {
    "\n  query AppointmentCandidate($id: ID!) {\n    cadre(id: $id) {\n      id name\n      village { id name townshipId }\n      posts { villageId committee position appointedOn }\n      qualificationReviews { ...ReviewFields }\n    }\n  }\n": types.AppointmentCandidateDocument,
    "\n  fragment CommandPayloadFields on CommandPayload {\n    commandId\n    duplicate\n    derivedIds { field id }\n  }\n": types.CommandPayloadFieldsFragmentDoc,
    "\n  mutation OpenQualificationReview($commandId: ID!, $input: OpenQualificationReviewInput!) {\n    openQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n": types.OpenQualificationReviewDocument,
    "\n  mutation RecordDepartmentVerdict($commandId: ID!, $input: RecordDepartmentVerdictInput!) {\n    recordDepartmentVerdict(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n": types.RecordDepartmentVerdictDocument,
    "\n  mutation ConcludeQualificationReview($commandId: ID!, $input: ConcludeQualificationReviewInput!) {\n    concludeQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n": types.ConcludeQualificationReviewDocument,
    "\n  mutation AppointCadre($commandId: ID!, $input: AppointCadreInput!) {\n    appointCadre(commandId: $commandId, input: $input) {\n      commandId\n      duplicate\n      cadre { id posts { position } }\n    }\n  }\n": types.AppointCadreDocument,
    "\n  query EventLog($first: Int, $after: String, $filter: EventLogFilter) {\n    eventLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { position streamId revision type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.EventLogDocument,
    "\n  query IntegrityCheck {\n    integrityCheck {\n      ok streams events checkedAt\n      firstBroken { fault streamId revision position eventId }\n      ruleViolations { rule streamId position message }\n    }\n  }\n": types.IntegrityCheckDocument,
    "\n  query PersonalDataReads($cadreId: ID, $actor: String) {\n    personalDataReads(cadreId: $cadreId, actor: $actor) { actor role cadreId fields operation readAt }\n  }\n": types.PersonalDataReadsDocument,
    "\n    mutation CorrectCadreProfile($commandId: ID!, $reason: String, $input: CorrectCadreProfileInput!) {\n      correctCadreProfile(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.CorrectCadreProfileDocument,
    "\n    mutation ErasePersonalData($commandId: ID!, $reason: String, $input: ErasePersonalDataInput!) {\n      erasePersonalData(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.ErasePersonalDataDocument,
    "\n    mutation LeavePost($commandId: ID!, $reason: String, $input: LeavePostInput!) {\n      leavePost(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.LeavePostDocument,
    "\n    mutation EnlistReserveCadre($commandId: ID!, $reason: String, $input: EnlistReserveCadreInput!) {\n      enlistReserveCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.EnlistReserveCadreDocument,
    "\n    mutation ChangeReserveTier($commandId: ID!, $reason: String, $input: ChangeReserveTierInput!) {\n      changeReserveTier(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.ChangeReserveTierDocument,
    "\n    mutation AssignMentors($commandId: ID!, $reason: String, $input: AssignMentorsInput!) {\n      assignMentors(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.AssignMentorsDocument,
    "\n    mutation RecordTraining($commandId: ID!, $reason: String, $input: RecordTrainingInput!) {\n      recordTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RecordTrainingDocument,
    "\n    mutation RecordInterview($commandId: ID!, $reason: String, $input: RecordInterviewInput!) {\n      recordInterview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RecordInterviewDocument,
    "\n    mutation UpdatePoliticalPortrait($commandId: ID!, $reason: String, $input: UpdatePoliticalPortraitInput!) {\n      updatePoliticalPortrait(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.UpdatePoliticalPortraitDocument,
    "\n    mutation EnrollEducation($commandId: ID!, $reason: String, $input: EnrollEducationInput!) {\n      enrollEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.EnrollEducationDocument,
    "\n    mutation CompleteEducation($commandId: ID!, $reason: String, $input: CompleteEducationInput!) {\n      completeEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.CompleteEducationDocument,
    "\n    mutation MakePledge($commandId: ID!, $reason: String, $input: MakePledgeInput!) {\n      makePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.MakePledgeDocument,
    "\n    mutation ReportPledgeProgress($commandId: ID!, $reason: String, $input: ReportPledgeProgressInput!) {\n      reportPledgeProgress(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.ReportPledgeProgressDocument,
    "\n    mutation EvaluatePledge($commandId: ID!, $reason: String, $input: EvaluatePledgeInput!) {\n      evaluatePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.EvaluatePledgeDocument,
    "\n    mutation HonorCadre($commandId: ID!, $reason: String, $input: HonorCadreInput!) {\n      honorCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.HonorCadreDocument,
    "\n    mutation RecordAnnualAssessment($commandId: ID!, $reason: String, $input: RecordAnnualAssessmentInput!) {\n      recordAnnualAssessment(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RecordAnnualAssessmentDocument,
    "\n    mutation GrantBenefit($commandId: ID!, $reason: String, $input: GrantBenefitInput!) {\n      grantBenefit(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.GrantBenefitDocument,
    "\n  query Roster($first: Int, $after: String, $role: CadreRole, $search: String, $villageId: ID) {\n    cadres(first: $first, after: $after, role: $role, search: $search, villageId: $villageId) {\n      totalCount\n      edges {\n        node {\n          id name gender birthDate idNumber educationLevel politicalStatus\n          posts { villageId committee position appointedOn }\n          village { id name }\n          reserve { source tier }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.RosterDocument,
    "\n  mutation RegisterCadre($commandId: ID!, $input: RegisterCadreInput!) {\n    registerCadre(commandId: $commandId, input: $input) {\n      duplicate\n      cadre { id name }\n    }\n  }\n": types.RegisterCadreDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment EducationRecordFields on EducationRecord {\n    level\n    degree\n    school\n    major\n  }\n": types.EducationRecordFieldsFragmentDoc,
    "\n  fragment ReviewFields on QualificationReview {\n    reviewId\n    villageId\n    committee\n    position\n    departments { code name }\n    verdicts { department verdict note decidedOn }\n    outcome\n    openedOn\n    concludedOn\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  fragment PostFields on Post {\n    villageId\n    committee\n    position\n    method\n    appointedOn\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query Dossier($id: ID!) {\n    cadre(id: $id) {\n      id name gender ethnicity birthDate age idNumber phone politicalStatus educationLevel\n      nativePlace birthplace partyJoinDate workStartDate health professionalTitle speciality\n      fullTimeEducation { ...EducationRecordFields }\n      onTheJobEducation { ...EducationRecordFields }\n      resume { from to description } rewardsAndPenalties\n      familyMembers { relation name birthDate politicalStatus employerAndPost }\n      registeredAt\n      village { id name townshipId seats { ...SeatFields } }\n      posts { ...PostFields }\n      postHistory { villageId committee position method appointedOn reviewId leftOn leavingReason }\n      reserve { villageId source tier enlistedOn mentors { townshipLeader secretaryCadreId memberCadreIds assignedOn } }\n      portrait { text basedOn updatedOn }\n      qualificationReviews { ...ReviewFields }\n      trainings { trainingId topic kind trainedOn }\n      interviews { kind interviewer heldOn findings votes { excellent competent basicallyCompetent incompetent } }\n      education { programme school level enrolledOn completedOn degree }\n      pledges { year items madeOn progress progressOn residentsRating organizationRating evaluatedOn }\n      honors { title level awardingBody awardedOn }\n      assessments { year score grade bonus }\n      benefits { kind year amount }\n      openWarnings { ...WarningFields }\n    }\n  }\n": types.DossierDocument,
    "\n  query CadreName($id: ID!) {\n    cadre(id: $id) { id name }\n  }\n": types.CadreNameDocument,
    "\n  query CadreHistory($id: ID!, $first: Int, $after: String) {\n    cadreHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      edges { node { position type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.CadreHistoryDocument,
    "\n  query CadreAsOf($id: ID!, $asOf: String!, $basis: TimeBasis) {\n    cadreAsOf(id: $id, asOf: $asOf, basis: $basis) {\n      asOf basis eventCount registered name educationLevel politicalStatus\n      posts { ...PostFields }\n    }\n  }\n": types.CadreAsOfDocument,
    "\n  query VillageServiceRequests($villageId: ID!, $first: Int) {\n    serviceRequests(villageId: $villageId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id villageId description raisedOn status cadreId dispatchedOn acceptedOn resolution resolvedOn rating\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.VillageServiceRequestsDocument,
    "\n    mutation RaiseServiceRequest($commandId: ID!, $reason: String, $input: RaiseServiceRequestInput!) {\n      raiseServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RaiseServiceRequestDocument,
    "\n    mutation DispatchServiceRequest($commandId: ID!, $reason: String, $input: DispatchServiceRequestInput!) {\n      dispatchServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.DispatchServiceRequestDocument,
    "\n    mutation AcceptServiceRequest($commandId: ID!, $reason: String, $input: AcceptServiceRequestInput!) {\n      acceptServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.AcceptServiceRequestDocument,
    "\n    mutation ResolveServiceRequest($commandId: ID!, $reason: String, $input: ResolveServiceRequestInput!) {\n      resolveServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.ResolveServiceRequestDocument,
    "\n    mutation RateServiceRequest($commandId: ID!, $reason: String, $input: RateServiceRequestInput!) {\n      rateServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RateServiceRequestDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role villageId }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment EducationStructureFields on EducationStructure {\n    total\n    byLevel { level count }\n    bachelorOrAbove\n    bachelorOrAboveShare\n    juniorCollegeOrAbove\n    juniorCollegeOrAboveShare\n  }\n": types.EducationStructureFieldsFragmentDoc,
    "\n  query Statistics($year: Int, $villageId: ID, $asOf: String) {\n    statistics(year: $year, villageId: $villageId, asOf: $asOf) {\n      asOf year villages communities partySecretaries committeeMembers reserveCadres\n      committeeEducation { ...EducationStructureFields }\n      reserveEducation { ...EducationStructureFields }\n      reserveSources { key count }\n      committeeAge { bands { band count } averageAge under35Share over60Share }\n      committeeGender { male female femaleShare }\n      oneShoulderShare\n      trainingSessions internalTrainingSessions externalTrainingSessions externalTrainingSecretaries trainingCoverage\n      admonishments\n      pledgesMade pledgeItems pledgesEvaluated residentsRatings { key count } organizationRatings { key count }\n      honors honorsDistrictOrAbove honoredDistrictOrAbove honorsByLevel { key count }\n      serviceRequestsResolved\n    }\n  }\n": types.StatisticsDocument,
    "\n    mutation RegisterTownship($commandId: ID!, $reason: String, $input: RegisterTownshipInput!) {\n      registerTownship(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RegisterTownshipDocument,
    "\n    mutation ChangeTownshipSettings($commandId: ID!, $reason: String, $input: ChangeTownshipSettingsInput!) {\n      changeTownshipSettings(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.ChangeTownshipSettingsDocument,
    "\n    mutation RegisterVillage($commandId: ID!, $reason: String, $input: RegisterVillageInput!) {\n      registerVillage(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RegisterVillageDocument,
    "\n  query TrainingSessions($first: Int) {\n    trainings(first: $first, reverse: true) {\n      totalCount\n      edges { node { id townshipId topic kind date place heldOn attendeeCount } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.TrainingSessionsDocument,
    "\n    mutation ScheduleTraining($commandId: ID!, $reason: String, $input: ScheduleTrainingInput!) {\n      scheduleTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.ScheduleTrainingDocument,
    "\n    mutation RecordTrainingHeld($commandId: ID!, $reason: String, $input: RecordTrainingHeldInput!) {\n      recordTrainingHeld(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RecordTrainingHeldDocument,
    "\n    mutation RecordCommitteeReview($commandId: ID!, $reason: String, $input: RecordCommitteeReviewInput!) {\n      recordCommitteeReview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.RecordCommitteeReviewDocument,
    "\n    mutation ResolveEarlyWarning($commandId: ID!, $reason: String, $input: ResolveEarlyWarningInput!) {\n      resolveEarlyWarning(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  ": types.ResolveEarlyWarningDocument,
    "\n  fragment SeatFields on Seat {\n    committee\n    position\n    cadreId\n    cadreName\n    appointedOn\n  }\n": types.SeatFieldsFragmentDoc,
    "\n  fragment WarningFields on EarlyWarning {\n    issueId\n    source\n    villageId\n    cadreId\n    description\n    raisedOn\n    resolvedOn\n    correctiveAction\n  }\n": types.WarningFieldsFragmentDoc,
    "\n  query Villages($first: Int, $after: String) {\n    villages(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id townshipId name kind\n          seats { ...SeatFields }\n          reserveCadres { id }\n          openWarnings { issueId }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.VillagesDocument,
    "\n  query VillageOptions($first: Int) {\n    villages(first: $first) {\n      totalCount\n      edges { node { id name kind townshipId } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.VillageOptionsDocument,
    "\n  query Village($id: ID!) {\n    village(id: $id) {\n      id townshipId name kind\n      seats { ...SeatFields }\n      reserveCadres { id name gender birthDate educationLevel reserve { source tier enlistedOn } }\n      openWarnings { ...WarningFields }\n    }\n  }\n": types.VillageDocument,
    "\n  query Townships {\n    townships { id name district reviewingDepartments { code name } admonishmentThreshold }\n  }\n": types.TownshipsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentCandidate($id: ID!) {\n    cadre(id: $id) {\n      id name\n      village { id name townshipId }\n      posts { villageId committee position appointedOn }\n      qualificationReviews { ...ReviewFields }\n    }\n  }\n"): (typeof documents)["\n  query AppointmentCandidate($id: ID!) {\n    cadre(id: $id) {\n      id name\n      village { id name townshipId }\n      posts { villageId committee position appointedOn }\n      qualificationReviews { ...ReviewFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommandPayloadFields on CommandPayload {\n    commandId\n    duplicate\n    derivedIds { field id }\n  }\n"): (typeof documents)["\n  fragment CommandPayloadFields on CommandPayload {\n    commandId\n    duplicate\n    derivedIds { field id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenQualificationReview($commandId: ID!, $input: OpenQualificationReviewInput!) {\n    openQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n"): (typeof documents)["\n  mutation OpenQualificationReview($commandId: ID!, $input: OpenQualificationReviewInput!) {\n    openQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDepartmentVerdict($commandId: ID!, $input: RecordDepartmentVerdictInput!) {\n    recordDepartmentVerdict(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n"): (typeof documents)["\n  mutation RecordDepartmentVerdict($commandId: ID!, $input: RecordDepartmentVerdictInput!) {\n    recordDepartmentVerdict(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeQualificationReview($commandId: ID!, $input: ConcludeQualificationReviewInput!) {\n    concludeQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n"): (typeof documents)["\n  mutation ConcludeQualificationReview($commandId: ID!, $input: ConcludeQualificationReviewInput!) {\n    concludeQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCadre($commandId: ID!, $input: AppointCadreInput!) {\n    appointCadre(commandId: $commandId, input: $input) {\n      commandId\n      duplicate\n      cadre { id posts { position } }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointCadre($commandId: ID!, $input: AppointCadreInput!) {\n    appointCadre(commandId: $commandId, input: $input) {\n      commandId\n      duplicate\n      cadre { id posts { position } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventLog($first: Int, $after: String, $filter: EventLogFilter) {\n    eventLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { position streamId revision type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query EventLog($first: Int, $after: String, $filter: EventLogFilter) {\n    eventLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { position streamId revision type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrityCheck {\n    integrityCheck {\n      ok streams events checkedAt\n      firstBroken { fault streamId revision position eventId }\n      ruleViolations { rule streamId position message }\n    }\n  }\n"): (typeof documents)["\n  query IntegrityCheck {\n    integrityCheck {\n      ok streams events checkedAt\n      firstBroken { fault streamId revision position eventId }\n      ruleViolations { rule streamId position message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataReads($cadreId: ID, $actor: String) {\n    personalDataReads(cadreId: $cadreId, actor: $actor) { actor role cadreId fields operation readAt }\n  }\n"): (typeof documents)["\n  query PersonalDataReads($cadreId: ID, $actor: String) {\n    personalDataReads(cadreId: $cadreId, actor: $actor) { actor role cadreId fields operation readAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CorrectCadreProfile($commandId: ID!, $reason: String, $input: CorrectCadreProfileInput!) {\n      correctCadreProfile(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation CorrectCadreProfile($commandId: ID!, $reason: String, $input: CorrectCadreProfileInput!) {\n      correctCadreProfile(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ErasePersonalData($commandId: ID!, $reason: String, $input: ErasePersonalDataInput!) {\n      erasePersonalData(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation ErasePersonalData($commandId: ID!, $reason: String, $input: ErasePersonalDataInput!) {\n      erasePersonalData(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeavePost($commandId: ID!, $reason: String, $input: LeavePostInput!) {\n      leavePost(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation LeavePost($commandId: ID!, $reason: String, $input: LeavePostInput!) {\n      leavePost(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnlistReserveCadre($commandId: ID!, $reason: String, $input: EnlistReserveCadreInput!) {\n      enlistReserveCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation EnlistReserveCadre($commandId: ID!, $reason: String, $input: EnlistReserveCadreInput!) {\n      enlistReserveCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ChangeReserveTier($commandId: ID!, $reason: String, $input: ChangeReserveTierInput!) {\n      changeReserveTier(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation ChangeReserveTier($commandId: ID!, $reason: String, $input: ChangeReserveTierInput!) {\n      changeReserveTier(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignMentors($commandId: ID!, $reason: String, $input: AssignMentorsInput!) {\n      assignMentors(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation AssignMentors($commandId: ID!, $reason: String, $input: AssignMentorsInput!) {\n      assignMentors(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordTraining($commandId: ID!, $reason: String, $input: RecordTrainingInput!) {\n      recordTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RecordTraining($commandId: ID!, $reason: String, $input: RecordTrainingInput!) {\n      recordTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordInterview($commandId: ID!, $reason: String, $input: RecordInterviewInput!) {\n      recordInterview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RecordInterview($commandId: ID!, $reason: String, $input: RecordInterviewInput!) {\n      recordInterview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdatePoliticalPortrait($commandId: ID!, $reason: String, $input: UpdatePoliticalPortraitInput!) {\n      updatePoliticalPortrait(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation UpdatePoliticalPortrait($commandId: ID!, $reason: String, $input: UpdatePoliticalPortraitInput!) {\n      updatePoliticalPortrait(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnrollEducation($commandId: ID!, $reason: String, $input: EnrollEducationInput!) {\n      enrollEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation EnrollEducation($commandId: ID!, $reason: String, $input: EnrollEducationInput!) {\n      enrollEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CompleteEducation($commandId: ID!, $reason: String, $input: CompleteEducationInput!) {\n      completeEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation CompleteEducation($commandId: ID!, $reason: String, $input: CompleteEducationInput!) {\n      completeEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MakePledge($commandId: ID!, $reason: String, $input: MakePledgeInput!) {\n      makePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation MakePledge($commandId: ID!, $reason: String, $input: MakePledgeInput!) {\n      makePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReportPledgeProgress($commandId: ID!, $reason: String, $input: ReportPledgeProgressInput!) {\n      reportPledgeProgress(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation ReportPledgeProgress($commandId: ID!, $reason: String, $input: ReportPledgeProgressInput!) {\n      reportPledgeProgress(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EvaluatePledge($commandId: ID!, $reason: String, $input: EvaluatePledgeInput!) {\n      evaluatePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation EvaluatePledge($commandId: ID!, $reason: String, $input: EvaluatePledgeInput!) {\n      evaluatePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HonorCadre($commandId: ID!, $reason: String, $input: HonorCadreInput!) {\n      honorCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation HonorCadre($commandId: ID!, $reason: String, $input: HonorCadreInput!) {\n      honorCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordAnnualAssessment($commandId: ID!, $reason: String, $input: RecordAnnualAssessmentInput!) {\n      recordAnnualAssessment(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RecordAnnualAssessment($commandId: ID!, $reason: String, $input: RecordAnnualAssessmentInput!) {\n      recordAnnualAssessment(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GrantBenefit($commandId: ID!, $reason: String, $input: GrantBenefitInput!) {\n      grantBenefit(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation GrantBenefit($commandId: ID!, $reason: String, $input: GrantBenefitInput!) {\n      grantBenefit(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($first: Int, $after: String, $role: CadreRole, $search: String, $villageId: ID) {\n    cadres(first: $first, after: $after, role: $role, search: $search, villageId: $villageId) {\n      totalCount\n      edges {\n        node {\n          id name gender birthDate idNumber educationLevel politicalStatus\n          posts { villageId committee position appointedOn }\n          village { id name }\n          reserve { source tier }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query Roster($first: Int, $after: String, $role: CadreRole, $search: String, $villageId: ID) {\n    cadres(first: $first, after: $after, role: $role, search: $search, villageId: $villageId) {\n      totalCount\n      edges {\n        node {\n          id name gender birthDate idNumber educationLevel politicalStatus\n          posts { villageId committee position appointedOn }\n          village { id name }\n          reserve { source tier }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCadre($commandId: ID!, $input: RegisterCadreInput!) {\n    registerCadre(commandId: $commandId, input: $input) {\n      duplicate\n      cadre { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCadre($commandId: ID!, $input: RegisterCadreInput!) {\n    registerCadre(commandId: $commandId, input: $input) {\n      duplicate\n      cadre { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EducationRecordFields on EducationRecord {\n    level\n    degree\n    school\n    major\n  }\n"): (typeof documents)["\n  fragment EducationRecordFields on EducationRecord {\n    level\n    degree\n    school\n    major\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on QualificationReview {\n    reviewId\n    villageId\n    committee\n    position\n    departments { code name }\n    verdicts { department verdict note decidedOn }\n    outcome\n    openedOn\n    concludedOn\n  }\n"): (typeof documents)["\n  fragment ReviewFields on QualificationReview {\n    reviewId\n    villageId\n    committee\n    position\n    departments { code name }\n    verdicts { department verdict note decidedOn }\n    outcome\n    openedOn\n    concludedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    villageId\n    committee\n    position\n    method\n    appointedOn\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    villageId\n    committee\n    position\n    method\n    appointedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dossier($id: ID!) {\n    cadre(id: $id) {\n      id name gender ethnicity birthDate age idNumber phone politicalStatus educationLevel\n      nativePlace birthplace partyJoinDate workStartDate health professionalTitle speciality\n      fullTimeEducation { ...EducationRecordFields }\n      onTheJobEducation { ...EducationRecordFields }\n      resume { from to description } rewardsAndPenalties\n      familyMembers { relation name birthDate politicalStatus employerAndPost }\n      registeredAt\n      village { id name townshipId seats { ...SeatFields } }\n      posts { ...PostFields }\n      postHistory { villageId committee position method appointedOn reviewId leftOn leavingReason }\n      reserve { villageId source tier enlistedOn mentors { townshipLeader secretaryCadreId memberCadreIds assignedOn } }\n      portrait { text basedOn updatedOn }\n      qualificationReviews { ...ReviewFields }\n      trainings { trainingId topic kind trainedOn }\n      interviews { kind interviewer heldOn findings votes { excellent competent basicallyCompetent incompetent } }\n      education { programme school level enrolledOn completedOn degree }\n      pledges { year items madeOn progress progressOn residentsRating organizationRating evaluatedOn }\n      honors { title level awardingBody awardedOn }\n      assessments { year score grade bonus }\n      benefits { kind year amount }\n      openWarnings { ...WarningFields }\n    }\n  }\n"): (typeof documents)["\n  query Dossier($id: ID!) {\n    cadre(id: $id) {\n      id name gender ethnicity birthDate age idNumber phone politicalStatus educationLevel\n      nativePlace birthplace partyJoinDate workStartDate health professionalTitle speciality\n      fullTimeEducation { ...EducationRecordFields }\n      onTheJobEducation { ...EducationRecordFields }\n      resume { from to description } rewardsAndPenalties\n      familyMembers { relation name birthDate politicalStatus employerAndPost }\n      registeredAt\n      village { id name townshipId seats { ...SeatFields } }\n      posts { ...PostFields }\n      postHistory { villageId committee position method appointedOn reviewId leftOn leavingReason }\n      reserve { villageId source tier enlistedOn mentors { townshipLeader secretaryCadreId memberCadreIds assignedOn } }\n      portrait { text basedOn updatedOn }\n      qualificationReviews { ...ReviewFields }\n      trainings { trainingId topic kind trainedOn }\n      interviews { kind interviewer heldOn findings votes { excellent competent basicallyCompetent incompetent } }\n      education { programme school level enrolledOn completedOn degree }\n      pledges { year items madeOn progress progressOn residentsRating organizationRating evaluatedOn }\n      honors { title level awardingBody awardedOn }\n      assessments { year score grade bonus }\n      benefits { kind year amount }\n      openWarnings { ...WarningFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreName($id: ID!) {\n    cadre(id: $id) { id name }\n  }\n"): (typeof documents)["\n  query CadreName($id: ID!) {\n    cadre(id: $id) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreHistory($id: ID!, $first: Int, $after: String) {\n    cadreHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      edges { node { position type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query CadreHistory($id: ID!, $first: Int, $after: String) {\n    cadreHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      edges { node { position type actor occurredAt recordedAt reason } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreAsOf($id: ID!, $asOf: String!, $basis: TimeBasis) {\n    cadreAsOf(id: $id, asOf: $asOf, basis: $basis) {\n      asOf basis eventCount registered name educationLevel politicalStatus\n      posts { ...PostFields }\n    }\n  }\n"): (typeof documents)["\n  query CadreAsOf($id: ID!, $asOf: String!, $basis: TimeBasis) {\n    cadreAsOf(id: $id, asOf: $asOf, basis: $basis) {\n      asOf basis eventCount registered name educationLevel politicalStatus\n      posts { ...PostFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageServiceRequests($villageId: ID!, $first: Int) {\n    serviceRequests(villageId: $villageId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id villageId description raisedOn status cadreId dispatchedOn acceptedOn resolution resolvedOn rating\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query VillageServiceRequests($villageId: ID!, $first: Int) {\n    serviceRequests(villageId: $villageId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id villageId description raisedOn status cadreId dispatchedOn acceptedOn resolution resolvedOn rating\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RaiseServiceRequest($commandId: ID!, $reason: String, $input: RaiseServiceRequestInput!) {\n      raiseServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RaiseServiceRequest($commandId: ID!, $reason: String, $input: RaiseServiceRequestInput!) {\n      raiseServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DispatchServiceRequest($commandId: ID!, $reason: String, $input: DispatchServiceRequestInput!) {\n      dispatchServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation DispatchServiceRequest($commandId: ID!, $reason: String, $input: DispatchServiceRequestInput!) {\n      dispatchServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AcceptServiceRequest($commandId: ID!, $reason: String, $input: AcceptServiceRequestInput!) {\n      acceptServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation AcceptServiceRequest($commandId: ID!, $reason: String, $input: AcceptServiceRequestInput!) {\n      acceptServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ResolveServiceRequest($commandId: ID!, $reason: String, $input: ResolveServiceRequestInput!) {\n      resolveServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation ResolveServiceRequest($commandId: ID!, $reason: String, $input: ResolveServiceRequestInput!) {\n      resolveServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RateServiceRequest($commandId: ID!, $reason: String, $input: RateServiceRequestInput!) {\n      rateServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RateServiceRequest($commandId: ID!, $reason: String, $input: RateServiceRequestInput!) {\n      rateServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role villageId }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role villageId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EducationStructureFields on EducationStructure {\n    total\n    byLevel { level count }\n    bachelorOrAbove\n    bachelorOrAboveShare\n    juniorCollegeOrAbove\n    juniorCollegeOrAboveShare\n  }\n"): (typeof documents)["\n  fragment EducationStructureFields on EducationStructure {\n    total\n    byLevel { level count }\n    bachelorOrAbove\n    bachelorOrAboveShare\n    juniorCollegeOrAbove\n    juniorCollegeOrAboveShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statistics($year: Int, $villageId: ID, $asOf: String) {\n    statistics(year: $year, villageId: $villageId, asOf: $asOf) {\n      asOf year villages communities partySecretaries committeeMembers reserveCadres\n      committeeEducation { ...EducationStructureFields }\n      reserveEducation { ...EducationStructureFields }\n      reserveSources { key count }\n      committeeAge { bands { band count } averageAge under35Share over60Share }\n      committeeGender { male female femaleShare }\n      oneShoulderShare\n      trainingSessions internalTrainingSessions externalTrainingSessions externalTrainingSecretaries trainingCoverage\n      admonishments\n      pledgesMade pledgeItems pledgesEvaluated residentsRatings { key count } organizationRatings { key count }\n      honors honorsDistrictOrAbove honoredDistrictOrAbove honorsByLevel { key count }\n      serviceRequestsResolved\n    }\n  }\n"): (typeof documents)["\n  query Statistics($year: Int, $villageId: ID, $asOf: String) {\n    statistics(year: $year, villageId: $villageId, asOf: $asOf) {\n      asOf year villages communities partySecretaries committeeMembers reserveCadres\n      committeeEducation { ...EducationStructureFields }\n      reserveEducation { ...EducationStructureFields }\n      reserveSources { key count }\n      committeeAge { bands { band count } averageAge under35Share over60Share }\n      committeeGender { male female femaleShare }\n      oneShoulderShare\n      trainingSessions internalTrainingSessions externalTrainingSessions externalTrainingSecretaries trainingCoverage\n      admonishments\n      pledgesMade pledgeItems pledgesEvaluated residentsRatings { key count } organizationRatings { key count }\n      honors honorsDistrictOrAbove honoredDistrictOrAbove honorsByLevel { key count }\n      serviceRequestsResolved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterTownship($commandId: ID!, $reason: String, $input: RegisterTownshipInput!) {\n      registerTownship(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RegisterTownship($commandId: ID!, $reason: String, $input: RegisterTownshipInput!) {\n      registerTownship(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ChangeTownshipSettings($commandId: ID!, $reason: String, $input: ChangeTownshipSettingsInput!) {\n      changeTownshipSettings(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation ChangeTownshipSettings($commandId: ID!, $reason: String, $input: ChangeTownshipSettingsInput!) {\n      changeTownshipSettings(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterVillage($commandId: ID!, $reason: String, $input: RegisterVillageInput!) {\n      registerVillage(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RegisterVillage($commandId: ID!, $reason: String, $input: RegisterVillageInput!) {\n      registerVillage(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingSessions($first: Int) {\n    trainings(first: $first, reverse: true) {\n      totalCount\n      edges { node { id townshipId topic kind date place heldOn attendeeCount } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query TrainingSessions($first: Int) {\n    trainings(first: $first, reverse: true) {\n      totalCount\n      edges { node { id townshipId topic kind date place heldOn attendeeCount } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ScheduleTraining($commandId: ID!, $reason: String, $input: ScheduleTrainingInput!) {\n      scheduleTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation ScheduleTraining($commandId: ID!, $reason: String, $input: ScheduleTrainingInput!) {\n      scheduleTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordTrainingHeld($commandId: ID!, $reason: String, $input: RecordTrainingHeldInput!) {\n      recordTrainingHeld(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RecordTrainingHeld($commandId: ID!, $reason: String, $input: RecordTrainingHeldInput!) {\n      recordTrainingHeld(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordCommitteeReview($commandId: ID!, $reason: String, $input: RecordCommitteeReviewInput!) {\n      recordCommitteeReview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation RecordCommitteeReview($commandId: ID!, $reason: String, $input: RecordCommitteeReviewInput!) {\n      recordCommitteeReview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ResolveEarlyWarning($commandId: ID!, $reason: String, $input: ResolveEarlyWarningInput!) {\n      resolveEarlyWarning(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "): (typeof documents)["\n    mutation ResolveEarlyWarning($commandId: ID!, $reason: String, $input: ResolveEarlyWarningInput!) {\n      resolveEarlyWarning(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatFields on Seat {\n    committee\n    position\n    cadreId\n    cadreName\n    appointedOn\n  }\n"): (typeof documents)["\n  fragment SeatFields on Seat {\n    committee\n    position\n    cadreId\n    cadreName\n    appointedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningFields on EarlyWarning {\n    issueId\n    source\n    villageId\n    cadreId\n    description\n    raisedOn\n    resolvedOn\n    correctiveAction\n  }\n"): (typeof documents)["\n  fragment WarningFields on EarlyWarning {\n    issueId\n    source\n    villageId\n    cadreId\n    description\n    raisedOn\n    resolvedOn\n    correctiveAction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Villages($first: Int, $after: String) {\n    villages(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id townshipId name kind\n          seats { ...SeatFields }\n          reserveCadres { id }\n          openWarnings { issueId }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query Villages($first: Int, $after: String) {\n    villages(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id townshipId name kind\n          seats { ...SeatFields }\n          reserveCadres { id }\n          openWarnings { issueId }\n        }\n      }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageOptions($first: Int) {\n    villages(first: $first) {\n      totalCount\n      edges { node { id name kind townshipId } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query VillageOptions($first: Int) {\n    villages(first: $first) {\n      totalCount\n      edges { node { id name kind townshipId } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Village($id: ID!) {\n    village(id: $id) {\n      id townshipId name kind\n      seats { ...SeatFields }\n      reserveCadres { id name gender birthDate educationLevel reserve { source tier enlistedOn } }\n      openWarnings { ...WarningFields }\n    }\n  }\n"): (typeof documents)["\n  query Village($id: ID!) {\n    village(id: $id) {\n      id townshipId name kind\n      seats { ...SeatFields }\n      reserveCadres { id name gender birthDate educationLevel reserve { source tier enlistedOn } }\n      openWarnings { ...WarningFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Townships {\n    townships { id name district reviewingDepartments { code name } admonishmentThreshold }\n  }\n"): (typeof documents)["\n  query Townships {\n    townships { id name district reviewingDepartments { code name } admonishmentThreshold }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;