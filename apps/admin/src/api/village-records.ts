import { graphql } from '../generated/gql/index.js';
import { commandSender } from './command-sender.js';

/** The commands that write on a village's file: committee reviews and their early warnings. */

/** 班子运行情况分析研判 */
export const recordCommitteeReview = commandSender(
  graphql(`
    mutation RecordCommitteeReview($commandId: ID!, $reason: String, $input: RecordCommitteeReviewInput!) {
      recordCommitteeReview(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 整改销号 */
export const resolveEarlyWarning = commandSender(
  graphql(`
    mutation ResolveEarlyWarning($commandId: ID!, $reason: String, $input: ResolveEarlyWarningInput!) {
      resolveEarlyWarning(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);
