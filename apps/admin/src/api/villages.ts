import type {
  SeatFieldsFragment,
  TownshipsQuery,
  VillageOptionsQuery,
  VillageQuery,
  VillagesQuery,
  WarningFieldsFragment,
} from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

export const SEAT_FIELDS = graphql(`
  fragment SeatFields on Seat {
    committee
    position
    cadreId
    cadreName
    appointedOn
  }
`);

export const WARNING_FIELDS = graphql(`
  fragment WarningFields on EarlyWarning {
    issueId
    source
    villageId
    cadreId
    description
    raisedOn
    resolvedOn
    correctiveAction
  }
`);

export type Seat = SeatFieldsFragment;
export type EarlyWarning = WarningFieldsFragment;

const VILLAGE_PAGE = graphql(`
  query Villages($first: Int, $after: String) {
    villages(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id townshipId name kind
          seats { ...SeatFields }
          reserveCadres { id }
          openWarnings { issueId }
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type VillageRow = VillagesQuery['villages']['edges'][number]['node'];

export async function fetchVillagePage(first: number, after: string | null): Promise<Page<VillageRow>> {
  const data = await graphqlRequest(VILLAGE_PAGE, { first, after });
  return toPage(data.villages);
}

/** The API's largest page: a township has far fewer villages, so one page lists them all. */
const ALL = 200;

const VILLAGE_OPTIONS = graphql(`
  query VillageOptions($first: Int) {
    villages(first: $first) {
      totalCount
      edges { node { id name kind townshipId } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type VillageOption = VillageOptionsQuery['villages']['edges'][number]['node'];

export async function fetchVillageOptions(): Promise<VillageOption[]> {
  const data = await graphqlRequest(VILLAGE_OPTIONS, { first: ALL });
  return toPage(data.villages).rows;
}

const VILLAGE = graphql(`
  query Village($id: ID!) {
    village(id: $id) {
      id townshipId name kind
      seats { ...SeatFields }
      reserveCadres { id name gender birthDate educationLevel reserve { source tier enlistedOn } }
      openWarnings { ...WarningFields }
    }
  }
`);

export type VillageDetail = NonNullable<VillageQuery['village']>;
export type ReserveCadre = NonNullable<VillageDetail['reserveCadres']>[number];

export async function fetchVillage(id: string): Promise<VillageDetail | null> {
  const data = await graphqlRequest(VILLAGE, { id });
  return data.village ?? null;
}

const TOWNSHIPS = graphql(`
  query Townships {
    townships {
      id name district reviewingDepartments { code name } admonishmentThreshold
      reviewOpenTooLongDays serviceRequestUnresolvedDays reserveCadreAgeThreshold committeeMemberAgeThreshold
      termReminderMonths
    }
  }
`);

export type Township = TownshipsQuery['townships'][number];
export type ReviewingDepartment = Township['reviewingDepartments'][number];

export async function fetchTownships(): Promise<Township[]> {
  const data = await graphqlRequest(TOWNSHIPS);
  return data.townships;
}
