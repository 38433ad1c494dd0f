import type { MeQuery } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { graphqlRequest } from './graphql-client.js';

const ME = graphql(`
  query Me {
    me {
      id username displayName role villageId
      permissions { field reach }
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;
export type Permission = Me['permissions'][number];

/** The signed-in user and what the gateway's policy lets their role call; null for no valid session. */
export async function fetchMe(): Promise<Me | null> {
  return (await graphqlRequest(ME)).me ?? null;
}
