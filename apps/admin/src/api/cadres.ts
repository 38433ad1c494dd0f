import type { CadreRole } from '../domain-values.js';
import type { RegisterCadreInput, RosterQuery } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

const ROSTER = graphql(`
  query Roster($first: Int, $after: String, $role: CadreRole, $search: String, $villageId: ID) {
    cadres(first: $first, after: $after, role: $role, search: $search, villageId: $villageId) {
      totalCount
      edges {
        node {
          id name gender birthDate maskedIdNumber educationLevel politicalStatus villageId
          posts { villageId committee position appointedOn }
          village { id name }
          reserve { source tier }
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type CadreRow = RosterQuery['cadres']['edges'][number]['node'];
export type PostView = CadreRow['posts'][number];

export interface RosterFilter {
  role: CadreRole;
  search: string;
  villageId: string;
}

export async function fetchRoster(
  first: number,
  after?: string | null,
  filter: Partial<RosterFilter> = {},
): Promise<Page<CadreRow>> {
  const data = await graphqlRequest(ROSTER, {
    first,
    after: after ?? null,
    role: filter.role || null,
    search: filter.search?.trim() || null,
    villageId: filter.villageId || null,
  });
  return toPage(data.cadres);
}

export interface RegisterCadreForm {
  name: string;
  gender: 'MALE' | 'FEMALE' | '';
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  phone: string;
  politicalStatus: string;
  educationLevel: string;
}

const REGISTER = graphql(`
  mutation RegisterCadre($commandId: ID!, $input: RegisterCadreInput!) {
    registerCadre(commandId: $commandId, input: $input) {
      duplicate
      cadre { id name }
    }
  }
`);

/** Where and when a file is opened: the village it belongs to, and the registration date ('' for today). */
export interface RegistrationPlace {
  villageId: string;
  registeredOn: string;
}

/** Registers a cadre; the answer is the cadre as the roster shows them, or null when it does not. */
export async function registerCadre(
  commandId: string,
  form: RegisterCadreForm,
  { villageId, registeredOn }: RegistrationPlace,
): Promise<{ id: string; name: string } | null> {
  // The form's empty fields are left out: a required one missing is the server's BAD_USER_INPUT to show.
  const profile = Object.fromEntries(
    Object.entries(form).filter(([, value]) => value !== ''),
  ) as unknown as RegisterCadreInput['profile'];
  const input = { villageId, profile, ...(registeredOn ? { registeredOn } : {}) };
  const data = await graphqlRequest(REGISTER, { commandId, input });
  return data.registerCadre.cadre ?? null;
}
