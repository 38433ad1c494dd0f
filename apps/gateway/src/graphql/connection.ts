import { endCursorOf, type Page } from '@cadre/projections';

export interface Connection<N> {
  edges: { readonly cursor: string; readonly node: N }[];
  pageInfo: { hasNextPage: boolean; readonly endCursor: string | null };
  totalCount: number;
}

/** An edge whose cursor is encoded only if the query asks for it (a getter on the prototype, not per object). */
class Edge<N> {
  constructor(
    private readonly page: Page<unknown>,
    private readonly index: number,
    readonly node: N,
  ) {}

  get cursor(): string {
    return this.page.cursorAt(this.index);
  }
}

/** A read-model page as a Relay connection. */
export function toConnection<T, N>(page: Page<T>, toNode: (item: T) => N): Connection<N> {
  return {
    edges: page.nodes.map((item, i) => new Edge(page, i, toNode(item))),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      get endCursor() {
        return endCursorOf(page) ?? null;
      },
    },
    totalCount: page.totalCount,
  };
}
