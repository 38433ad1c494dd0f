import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import type { Page } from '../../src/api/connection.js';
import { usePaginatedList } from '../../src/composables/usePaginatedList.js';

/** A list of 5 rows served 2 at a time; the cursor is the index of the last row sent. */
function fakeServer() {
  const requests: Array<{ first: number; after: string | null; filter: string }> = [];
  const filter = ref('');
  const fetchPage = async (first: number, after: string | null): Promise<Page<number>> => {
    requests.push({ first, after, filter: filter.value });
    const start = after === null ? 0 : Number(after) + 1;
    const rows = [0, 1, 2, 3, 4].slice(start, start + first);
    return {
      rows,
      totalCount: 5,
      endCursor: String(start + rows.length - 1),
      hasNextPage: start + first < 5,
    };
  };
  return { requests, filter, fetchPage };
}

describe('usePaginatedList: cursor pagination', () => {
  it('goes forward with each page’s end cursor and back with the cursor it remembered', async () => {
    const server = fakeServer();
    const list = usePaginatedList(server.fetchPage, { pageSize: 2, immediate: false });
    await list.reload();
    expect(list.rows.value).toEqual([0, 1]);
    expect(list.hasPreviousPage.value).toBe(false);
    await list.next();
    await list.next();
    expect(list.rows.value).toEqual([4]);
    expect(list.page.value).toBe(3);
    expect(list.hasNextPage.value).toBe(false);
    expect(list.rowNumber(0)).toBe(5);
    await list.previous();
    expect(list.rows.value).toEqual([2, 3]);
    expect(server.requests.map((r) => r.after)).toEqual([null, '1', '3', '1']);
  });

  it('goes back to page 1 when a filter changes', async () => {
    const server = fakeServer();
    const list = usePaginatedList(server.fetchPage, {
      pageSize: 2,
      immediate: false,
      resetOn: [server.filter],
    });
    await list.reload();
    await list.next();
    server.filter.value = '书记';
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(list.page.value).toBe(1);
    expect(server.requests.at(-1)).toEqual({ first: 2, after: null, filter: '书记' });
  });

  it('keeps the error message and the rows of the last good page when a request fails', async () => {
    let fail = false;
    const list = usePaginatedList(
      async (): Promise<Page<string>> => {
        if (fail) throw new Error('无法连接服务器');
        return { rows: ['a'], totalCount: 1, endCursor: '0', hasNextPage: true };
      },
      { immediate: false },
    );
    await list.reload();
    fail = true;
    await list.next();
    expect(list.error.value).toBe('无法连接服务器');
    expect(list.rows.value).toEqual(['a']);
    expect(list.page.value).toBe(1);
    expect(list.loading.value).toBe(false);
  });
});
