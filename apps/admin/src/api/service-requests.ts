import type { VillageServiceRequestsQuery } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { commandSender } from './command-sender.js';
import { toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

/** 三单 (群众点单、组织派单、党员接单): a village's residents' requests and the commands that carry them through. */

const VILLAGE_REQUESTS = graphql(`
  query VillageServiceRequests($villageId: ID!, $first: Int) {
    serviceRequests(villageId: $villageId, first: $first) {
      totalCount
      edges {
        node {
          id villageId description raisedOn status cadreId dispatchedOn acceptedOn resolution resolvedOn rating
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type ServiceRequest = VillageServiceRequestsQuery['serviceRequests']['edges'][number]['node'];

/** A village's requests, newest first (the latest 100: a village's year). */
export async function fetchVillageServiceRequests(villageId: string): Promise<ServiceRequest[]> {
  const data = await graphqlRequest(VILLAGE_REQUESTS, { villageId, first: 100 });
  return toPage(data.serviceRequests).rows;
}

/** 群众点单 */
export const raiseServiceRequest = commandSender(
  graphql(`
    mutation RaiseServiceRequest($commandId: ID!, $reason: String, $input: RaiseServiceRequestInput!) {
      raiseServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 组织派单 */
export const dispatchServiceRequest = commandSender(
  graphql(`
    mutation DispatchServiceRequest($commandId: ID!, $reason: String, $input: DispatchServiceRequestInput!) {
      dispatchServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 党员接单 */
export const acceptServiceRequest = commandSender(
  graphql(`
    mutation AcceptServiceRequest($commandId: ID!, $reason: String, $input: AcceptServiceRequestInput!) {
      acceptServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 办结 */
export const resolveServiceRequest = commandSender(
  graphql(`
    mutation ResolveServiceRequest($commandId: ID!, $reason: String, $input: ResolveServiceRequestInput!) {
      resolveServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 评价 */
export const rateServiceRequest = commandSender(
  graphql(`
    mutation RateServiceRequest($commandId: ID!, $reason: String, $input: RateServiceRequestInput!) {
      rateServiceRequest(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);
