import type { Page } from '@cadre/projections';

/** A read-model page as a Relay connection. */
export function toConnection<T, N>(page: Page<T>, toNode: (item: T) => N) {
  return {
    edges: page.nodes.map((item, i) => ({ cursor: page.cursors[i]!, node: toNode(item) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
    totalCount: page.totalCount,
  };
}
