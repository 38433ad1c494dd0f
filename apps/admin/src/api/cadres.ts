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
}

export interface CadrePage {
  totalCount: number;
  rows: CadreRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const ROSTER = `query Roster($first: Int, $after: String) {
  cadres(first: $first, after: $after) {
    totalCount
    edges { node { id name gender birthDate idNumber educationLevel politicalStatus posts { villageId committee position appointedOn } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export async function fetchRoster(first: number, after?: string | null): Promise<CadrePage> {
  const data = await graphqlRequest<{
    cadres: {
      totalCount: number;
      edges: { node: CadreRow }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(ROSTER, { first, after: after ?? null });
  return {
    totalCount: data.cadres.totalCount,
    rows: data.cadres.edges.map((e) => e.node),
    endCursor: data.cadres.pageInfo.endCursor,
    hasNextPage: data.cadres.pageInfo.hasNextPage,
  };
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
