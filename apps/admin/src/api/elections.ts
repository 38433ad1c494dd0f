import type { ElectionBoardQuery, VillageTermQuery } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { commandSender } from './command-sender.js';
import { graphqlRequest } from './graphql-client.js';

/** 换届 and terms: the board of the township's general elections, a village's term, the election commands. */

const ELECTION_BOARD = graphql(`
  query ElectionBoard($townshipId: ID) {
    townships { id name }
    generalElections(townshipId: $townshipId) {
      id townshipId startedOn closedOn status
      villages {
        villageId name closedOn
        candidates { cadreId cadreName committee position reviewId registeredOn reviewStatus elected votedOn }
      }
    }
    villages(first: 200) {
      edges { node { id name townshipId seats { cadreId cadreName committee position } } }
    }
  }
`);

export type ElectionBoard = ElectionBoardQuery;
export type GeneralElection = ElectionBoardQuery['generalElections'][number];
export type ElectionVillage = GeneralElection['villages'][number];
export type ElectionCandidate = ElectionVillage['candidates'][number];
export type BoardVillage = ElectionBoardQuery['villages']['edges'][number]['node'];

export const fetchElectionBoard = (): Promise<ElectionBoardQuery> => graphqlRequest(ELECTION_BOARD, {});

const VILLAGE_TERM = graphql(`
  query VillageTerm($id: ID!) {
    village(id: $id) {
      id
      term { startedOn plannedEndOn daysLeft }
      election { electionId status startedOn closedOn }
    }
  }
`);

export type VillageTerm = NonNullable<VillageTermQuery['village']>;

export async function fetchVillageTerm(id: string): Promise<VillageTerm | null> {
  return (await graphqlRequest(VILLAGE_TERM, { id })).village ?? null;
}

/** 启动换届 */
export const startGeneralElection = commandSender(
  graphql(`
    mutation StartGeneralElection($commandId: ID!, $reason: String, $input: StartGeneralElectionInput!) {
      startGeneralElection(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 登记候选人 (opens the candidate's joint review for the seat) */
export const registerElectionCandidate = commandSender(
  graphql(`
    mutation RegisterElectionCandidate($commandId: ID!, $reason: String, $input: RegisterElectionCandidateInput!) {
      registerElectionCandidate(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 登记选举结果 */
export const recordElectionResult = commandSender(
  graphql(`
    mutation RecordElectionResult($commandId: ID!, $reason: String, $input: RecordElectionResultInput!) {
      recordElectionResult(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 完成村换届 */
export const concludeVillageElection = commandSender(
  graphql(`
    mutation ConcludeVillageElection($commandId: ID!, $reason: String, $input: ConcludeVillageElectionInput!) {
      concludeVillageElection(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);
