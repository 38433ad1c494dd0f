import { graphql } from '../generated/gql/index.js';
import { commandSender } from './command-sender.js';

/** The commands that write on one cadre's file (一人一档), as the dossier's actions send them. */

/** 更正档案 */
export const correctCadreProfile = commandSender(
  graphql(`
    mutation CorrectCadreProfile($commandId: ID!, $reason: String, $input: CorrectCadreProfileInput!) {
      correctCadreProfile(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 删除个人信息 (PIPL Art. 47) */
export const erasePersonalData = commandSender(
  graphql(`
    mutation ErasePersonalData($commandId: ID!, $reason: String, $input: ErasePersonalDataInput!) {
      erasePersonalData(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 离任 */
export const leavePost = commandSender(
  graphql(`
    mutation LeavePost($commandId: ID!, $reason: String, $input: LeavePostInput!) {
      leavePost(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 纳入后备干部 */
export const enlistReserveCadre = commandSender(
  graphql(`
    mutation EnlistReserveCadre($commandId: ID!, $reason: String, $input: EnlistReserveCadreInput!) {
      enlistReserveCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 梯队调整 */
export const changeReserveTier = commandSender(
  graphql(`
    mutation ChangeReserveTier($commandId: ID!, $reason: String, $input: ChangeReserveTierInput!) {
      changeReserveTier(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 1+1+N 导师帮带 */
export const assignMentors = commandSender(
  graphql(`
    mutation AssignMentors($commandId: ID!, $reason: String, $input: AssignMentorsInput!) {
      assignMentors(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 培训记录 */
export const recordTraining = commandSender(
  graphql(`
    mutation RecordTraining($commandId: ID!, $reason: String, $input: RecordTrainingInput!) {
      recordTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 谈心谈话、实地走访、民主测评、约谈 */
export const recordInterview = commandSender(
  graphql(`
    mutation RecordInterview($commandId: ID!, $reason: String, $input: RecordInterviewInput!) {
      recordInterview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 政治画像 */
export const updatePoliticalPortrait = commandSender(
  graphql(`
    mutation UpdatePoliticalPortrait($commandId: ID!, $reason: String, $input: UpdatePoliticalPortraitInput!) {
      updatePoliticalPortrait(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 学历提升入学 */
export const enrollEducation = commandSender(
  graphql(`
    mutation EnrollEducation($commandId: ID!, $reason: String, $input: EnrollEducationInput!) {
      enrollEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 学历提升毕业 */
export const completeEducation = commandSender(
  graphql(`
    mutation CompleteEducation($commandId: ID!, $reason: String, $input: CompleteEducationInput!) {
      completeEducation(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 年初承诺 */
export const makePledge = commandSender(
  graphql(`
    mutation MakePledge($commandId: ID!, $reason: String, $input: MakePledgeInput!) {
      makePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 年中践诺 */
export const reportPledgeProgress = commandSender(
  graphql(`
    mutation ReportPledgeProgress($commandId: ID!, $reason: String, $input: ReportPledgeProgressInput!) {
      reportPledgeProgress(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 年终评诺 */
export const evaluatePledge = commandSender(
  graphql(`
    mutation EvaluatePledge($commandId: ID!, $reason: String, $input: EvaluatePledgeInput!) {
      evaluatePledge(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 荣誉 */
export const honorCadre = commandSender(
  graphql(`
    mutation HonorCadre($commandId: ID!, $reason: String, $input: HonorCadreInput!) {
      honorCadre(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 综合考评 */
export const recordAnnualAssessment = commandSender(
  graphql(`
    mutation RecordAnnualAssessment($commandId: ID!, $reason: String, $input: RecordAnnualAssessmentInput!) {
      recordAnnualAssessment(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 关爱保障 */
export const grantBenefit = commandSender(
  graphql(`
    mutation GrantBenefit($commandId: ID!, $reason: String, $input: GrantBenefitInput!) {
      grantBenefit(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);
