import type { CadreRole } from '../domain-values.js';
import { type Connection, connectionFields, type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

export interface PostView {
  villageId: string;
  committee: string;
  position: string;
  appointedOn: string;
}

export interface CadreRow {
  id: string;
  name: string;
  gender: string;
  birthDate: string;
  idNumber: string;
  educationLevel: string;
  politicalStatus: string;
  posts: PostView[];
  village: { id: string; name: string } | null;
  reserve: { source: string; tier: number } | null;
}

export interface RosterFilter {
  role: CadreRole;
  search: string;
  villageId: string;
}

const ROSTER = `query Roster($first: Int, $after: String, $role: CadreRole, $search: String, $villageId: ID) {
  cadres(first: $first, after: $after, role: $role, search: $search, villageId: $villageId) {
    ${connectionFields(
      'id name gender birthDate idNumber educationLevel politicalStatus posts { villageId committee position appointedOn } village { id name } reserve { source tier }',
    )}
  }
}`;

export async function fetchRoster(
  first: number,
  after?: string | null,
  filter: Partial<RosterFilter> = {},
): Promise<Page<CadreRow>> {
  const data = await graphqlRequest<{ cadres: Connection<CadreRow> }>(ROSTER, {
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

const REGISTER = `mutation RegisterCadre($commandId: ID!, $input: RegisterCadreInput!) {
  registerCadre(commandId: $commandId, input: $input) { duplicate cadre { id name } }
}`;

export async function registerCadre(
  commandId: string,
  form: RegisterCadreForm,
): Promise<{ id: string; name: string }> {
  const profile = Object.fromEntries(Object.entries(form).filter(([, value]) => value !== ''));
  const data = await graphqlRequest<{ registerCadre: { cadre: { id: string; name: string } } }>(REGISTER, {
    commandId,
    input: { profile },
  });
  return data.registerCadre.cadre;
}
