import { graphql } from '../generated/gql/index.js';

/** What every connection's `pageInfo` is asked for: `pageInfo { ...PageInfoFields }`. */
export const PAGE_INFO_FIELDS = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** A Relay connection as the gateway answers every list (the shape of the generated result types). */
export interface Connection<T> {
  totalCount: number;
  edges: ReadonlyArray<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** One page of a list, as the pages show it. */
export interface Page<T> {
  totalCount: number;
  rows: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export function toPage<T>(connection: Connection<T>): Page<T> {
  return {
    totalCount: connection.totalCount,
    rows: connection.edges.map((edge) => edge.node),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}
