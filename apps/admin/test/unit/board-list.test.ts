import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/api/connection.js';
import { useBoardList } from '../../src/components/board/board-list.js';
import { byCursor } from '../../src/components/board/board-sources.js';

/** 25 rows served by a cursor-only connection; the cursor is the index of the last row sent. */
function cursorServer() {
  const requests: Array<{ first: number; after: string | null }> = [];
  const rows = Array.from({ length: 25 }, (_, i) => i);
  const fetch = async (
    first: number,
    after: string | null,
    filters: { min: number },
  ): Promise<Page<number>> => {
    requests.push({ first, after });
    const matching = rows.filter((row) => row >= filters.min);
    const start = after === null ? 0 : matching.indexOf(Number(after)) + 1;
    const page = matching.slice(start, start + first);
    return {
      rows: page,
      totalCount: matching.length,
      endCursor: page.length ? String(page[page.length - 1]) : null,
      hasNextPage: start + first < matching.length,
    };
  };
  return { requests, fetch };
}

describe('useBoardList over a cursor-only connection', () => {
  it('jumps to a page by walking forward from the nearest boundary it knows', async () => {
    const server = cursorServer();
    const list = useBoardList(byCursor(server.fetch), {
      filters: { min: 0 },
      pageSize: 10,
      immediate: false,
    });
    await list.goTo(3);
    expect(list.rows.value).toEqual([20, 21, 22, 23, 24]);
    expect(list.total.value).toBe(25);
    expect(list.pageCount.value).toBe(3);
    expect(list.rowNumber(0)).toBe(21);
    await list.goTo(2);
    expect(list.rows.value).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(server.requests).toEqual([
      { first: 20, after: null },
      { first: 10, after: '19' },
      { first: 10, after: null },
      { first: 10, after: '9' },
    ]);
    await list.goTo(3);
    expect(server.requests.at(-1)).toEqual({ first: 10, after: '19' });
  });

  it('searches with the form’s values only on 查询, and 重置 brings the initial ones back', async () => {
    const server = cursorServer();
    const list = useBoardList(byCursor(server.fetch), {
      filters: { min: 0 },
      pageSize: 10,
      immediate: false,
    });
    await list.goTo(2);
    list.form.min = 20;
    expect(list.applied.value.min).toBe(0);
    await list.search();
    expect(list.page.value).toBe(1);
    expect(list.rows.value).toEqual([20, 21, 22, 23, 24]);
    await list.reset();
    expect(list.form.min).toBe(0);
    expect(list.total.value).toBe(25);
  });

  it('starts again from page 1 with a new page size', async () => {
    const server = cursorServer();
    const list = useBoardList(byCursor(server.fetch), {
      filters: { min: 0 },
      pageSize: 10,
      immediate: false,
    });
    await list.goTo(3);
    await list.setPageSize(20);
    expect(list.page.value).toBe(1);
    expect(list.rows.value).toHaveLength(20);
  });
});
