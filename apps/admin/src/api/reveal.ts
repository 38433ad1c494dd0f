import type { RevealableField } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { graphqlRequest } from './graphql-client.js';

const REVEAL = graphql(`
  query RevealPersonalField($cadreId: ID!, $field: RevealableField!) {
    revealPersonalField(cadreId: $cadreId, field: $field)
  }
`);

export type { RevealableField };

/** One cadre's ID number or phone in clear; the gateway logs it as a personal-data read. */
export async function revealPersonalField(cadreId: string, field: RevealableField): Promise<string | null> {
  return (await graphqlRequest(REVEAL, { cadreId, field })).revealPersonalField ?? null;
}
