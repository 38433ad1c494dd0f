import type { Page } from '../../api/connection.js';
import type { BoardRequest, BoardSort, BoardSource } from './board-list.js';

/** The most rows one request may ask for (the gateway's `first` cap). */
const MAX_FIRST = 200;

/** A source whose query takes `offset` (the boards' queries): one request per page. */
export function byOffset<T, F>(fetch: (request: BoardRequest<F>) => Promise<Page<T>>): BoardSource<T, F> {
  return fetch;
}

/**
 * A source over a cursor-only connection (`first`/`after`): a page jump walks forward from the nearest
 * page boundary it knows, up to 200 rows a request, keeping each boundary's cursor for next time. The
 * cursors are forgotten when the filters or the sort change.
 */
export function byCursor<T, F>(
  fetch: (first: number, after: string | null, filters: F, sort: BoardSort | null) => Promise<Page<T>>,
): BoardSource<T, F> {
  let known = new Map<number, string | null>([[0, null]]);
  let key = '';
  return async ({ first, offset, filters, sort }) => {
    const requestKey = JSON.stringify([filters, sort]);
    if (requestKey !== key) {
      known = new Map([[0, null]]);
      key = requestKey;
    }
    let start = Math.max(...[...known.keys()].filter((at) => at <= offset));
    let walked: Page<T> | null = null;
    while (start < offset) {
      const step = Math.min(MAX_FIRST, offset - start);
      walked = await fetch(step, known.get(start) ?? null, filters, sort);
      start += walked.rows.length;
      known.set(start, walked.endCursor);
      if (!walked.hasNextPage) return { ...walked, rows: [] };
    }
    const page = await fetch(first, known.get(offset) ?? null, filters, sort);
    known.set(offset + page.rows.length, page.endCursor);
    return page;
  };
}
