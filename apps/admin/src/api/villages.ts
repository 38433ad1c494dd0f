import { type Connection, connectionFields, type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

export interface Seat {
  committee: string;
  position: string;
  cadreId: string;
  cadreName: string;
  appointedOn: string;
}

export interface EarlyWarning {
  issueId: string;
  source: string;
  villageId: string | null;
  cadreId: string | null;
  description: string;
  raisedOn: string;
  resolvedOn: string | null;
  correctiveAction: string | null;
}

export interface ReserveCadre {
  id: string;
  name: string;
  gender: string;
  birthDate: string;
  educationLevel: string;
  reserve: { source: string; tier: number; enlistedOn: string } | null;
}

export interface VillageRow {
  id: string;
  townshipId: string;
  name: string;
  kind: string;
  seats: Seat[];
  reserveCadres: Array<{ id: string }>;
  openWarnings: Array<{ issueId: string }>;
}

export interface VillageDetail {
  id: string;
  townshipId: string;
  name: string;
  kind: string;
  seats: Seat[];
  reserveCadres: ReserveCadre[];
  openWarnings: EarlyWarning[];
}

export interface VillageOption {
  id: string;
  name: string;
  kind: string;
  townshipId: string;
}

export interface ReviewingDepartment {
  code: string;
  name: string;
}

export interface Township {
  id: string;
  name: string;
  district: string;
  reviewingDepartments: ReviewingDepartment[];
}

const SEAT_FIELDS = 'committee position cadreId cadreName appointedOn';
export const WARNING_FIELDS =
  'issueId source villageId cadreId description raisedOn resolvedOn correctiveAction';

const VILLAGE_PAGE = `query Villages($first: Int, $after: String) {
  villages(first: $first, after: $after) {
    ${connectionFields(`id townshipId name kind seats { ${SEAT_FIELDS} } reserveCadres { id } openWarnings { issueId }`)}
  }
}`;

export async function fetchVillagePage(first: number, after: string | null): Promise<Page<VillageRow>> {
  const data = await graphqlRequest<{ villages: Connection<VillageRow> }>(VILLAGE_PAGE, { first, after });
  return toPage(data.villages);
}

/** The API's largest page: a township has far fewer villages, so one page lists them all. */
const ALL = 200;

const VILLAGE_OPTIONS = `query VillageOptions($first: Int) {
  villages(first: $first) { ${connectionFields('id name kind townshipId')} }
}`;

export async function fetchVillageOptions(): Promise<VillageOption[]> {
  const data = await graphqlRequest<{ villages: Connection<VillageOption> }>(VILLAGE_OPTIONS, { first: ALL });
  return toPage(data.villages).rows;
}

const VILLAGE = `query Village($id: ID!) {
  village(id: $id) {
    id townshipId name kind
    seats { ${SEAT_FIELDS} }
    reserveCadres { id name gender birthDate educationLevel reserve { source tier enlistedOn } }
    openWarnings { ${WARNING_FIELDS} }
  }
}`;

export async function fetchVillage(id: string): Promise<VillageDetail | null> {
  const data = await graphqlRequest<{ village: VillageDetail | null }>(VILLAGE, { id });
  return data.village;
}

const TOWNSHIPS = `query Townships { townships { id name district reviewingDepartments { code name } } }`;

export async function fetchTownships(): Promise<Township[]> {
  const data = await graphqlRequest<{ townships: Township[] }>(TOWNSHIPS);
  return data.townships;
}
