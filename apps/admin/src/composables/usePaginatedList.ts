import { computed, onMounted, ref, shallowRef, type WatchSource, watch } from 'vue';
import type { Page } from '../api/connection.js';
import { errorMessage } from '../utils/errors.js';

export interface PaginatedListOptions {
  pageSize?: number;
  /** Go back to page 1 when any of these change (the list's filters). */
  resetOn?: WatchSource[];
  /** Load page 1 on mount (default true). */
  immediate?: boolean;
}

/**
 * A cursor-paginated list (Relay connections): previous/next through the pages visited, remembering the
 * `after` cursor of each, with loading and error states. Only the latest request's answer is kept.
 */
export function usePaginatedList<T>(
  fetchPage: (first: number, after: string | null) => Promise<Page<T>>,
  options: PaginatedListOptions = {},
) {
  const pageSize = options.pageSize ?? 20;
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const page = ref(1);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const error = ref('');
  /** The `after` cursor that starts each page: page 1 starts at null. */
  let pageCursors: Array<string | null> = [null];
  let latest = 0;

  async function load(target: number): Promise<void> {
    const request = ++latest;
    loading.value = true;
    error.value = '';
    try {
      const result = await fetchPage(pageSize, pageCursors[target - 1] ?? null);
      if (request !== latest) return;
      rows.value = result.rows;
      total.value = result.totalCount;
      hasNextPage.value = result.hasNextPage;
      pageCursors[target] = result.endCursor;
      page.value = target;
    } catch (caught) {
      if (request === latest) error.value = errorMessage(caught);
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  /** Page 1 again, forgetting the cursors (the filter changed, or the list did). */
  function reload(): Promise<void> {
    pageCursors = [null];
    return load(1);
  }

  /** The page shown, read again (another user changed the list). */
  function refresh(): Promise<void> {
    return load(page.value);
  }

  if (options.resetOn) watch(options.resetOn, reload);
  if (options.immediate !== false) onMounted(reload);

  return {
    rows,
    total,
    page,
    pageSize,
    hasNextPage,
    hasPreviousPage: computed(() => page.value > 1),
    loading,
    error,
    next: () => load(page.value + 1),
    previous: () => load(page.value - 1),
    /** The row number of a row on the current page, counting from 1 over all pages. */
    rowNumber: (index: number) => (page.value - 1) * pageSize + index + 1,
    reload,
    refresh,
  };
}
