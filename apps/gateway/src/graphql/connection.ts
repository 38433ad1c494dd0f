import { endCursorOf, type Page } from '@cadre/projections';

export interface Connection<N> {
  edges: { readonly cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; readonly endCursor: string | null };
  totalCount: number;
}

/** A read-model page as a Relay connection. Its cursors are encoded only if the query asks for them. */
export function toConnection<T, N>(page: Page<T>, toNode: (item: T) => N): Connection<N> {
  return {
    edges: page.nodes.map((item, i) => ({
      node: toNode(item),
      get cursor() {
        return page.cursorAt(i);
      },
    })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      get endCursor() {
        return endCursorOf(page) ?? null;
      },
    },
    totalCount: page.totalCount,
  };
}
