/** A Relay connection as the gateway answers every list. */
export interface Connection<T> {
  totalCount: number;
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of a list, as the pages show it. */
export interface Page<T> {
  totalCount: number;
  rows: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The fields to ask for on a connection of `node`. */
export const connectionFields = (node: string) =>
  `totalCount edges { node { ${node} } } pageInfo { hasNextPage endCursor }`;

export function toPage<T>(connection: Connection<T>): Page<T> {
  return {
    totalCount: connection.totalCount,
    rows: connection.edges.map((edge) => edge.node),
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}
