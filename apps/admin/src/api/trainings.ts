import type { TrainingSessionsQuery } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { commandSender } from './command-sender.js';
import { toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

/** The township's training sessions (内挖潜力、外学先进): scheduled, then held with their attendees. */

const SESSIONS = graphql(`
  query TrainingSessions($first: Int) {
    trainings(first: $first, reverse: true) {
      totalCount
      edges { node { id townshipId topic kind date place heldOn attendeeCount } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type TrainingSession = TrainingSessionsQuery['trainings']['edges'][number]['node'];

/** The latest sessions, the latest planned first (a township's year and more). */
export async function fetchTrainingSessions(): Promise<TrainingSession[]> {
  return toPage((await graphqlRequest(SESSIONS, { first: 200 })).trainings).rows;
}

/** 安排培训 */
export const scheduleTraining = commandSender(
  graphql(`
    mutation ScheduleTraining($commandId: ID!, $reason: String, $input: ScheduleTrainingInput!) {
      scheduleTraining(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 培训举办 */
export const recordTrainingHeld = commandSender(
  graphql(`
    mutation RecordTrainingHeld($commandId: ID!, $reason: String, $input: RecordTrainingHeldInput!) {
      recordTrainingHeld(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);
