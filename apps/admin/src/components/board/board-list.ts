import {
  type ComputedRef,
  computed,
  onMounted,
  type Ref,
  reactive,
  ref,
  type ShallowRef,
  shallowRef,
} from 'vue';
import type { Page } from '../../api/connection.js';
import { useLiveRefresh } from '../../composables/useLiveRefresh.js';
import { errorMessage } from '../../utils/errors.js';

/** The sort a board asks for: a column's sort key and its direction; `null` is the list's natural order. */
export interface BoardSort {
  by: string;
  descending: boolean;
}

/** What a board asks its source for: a page of `first` rows starting `offset` rows in. */
export interface BoardRequest<F> {
  first: number;
  offset: number;
  filters: F;
  sort: BoardSort | null;
}

/** A board's rows: one page for a request (the gateway's connections, see `byCursor` and `byOffset`). */
export type BoardSource<T, F> = (request: BoardRequest<F>) => Promise<Page<T>>;

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface BoardListOptions<F> {
  /** The search form's empty values (what 重置 brings back). */
  filters: F;
  pageSize?: number;
  sort?: BoardSort | null;
  /** Load page 1 on mount (default true). */
  immediate?: boolean;
}

/** One board's state and what its search form, table bar and pager do with it (see useBoardList). */
export interface BoardList<T, F extends object = object> {
  /** What the search form edits. */
  form: F;
  /** What the rows were searched by (查询 applies `form`). */
  applied: ShallowRef<F>;
  sort: ShallowRef<BoardSort | null>;
  pageSize: Ref<number>;
  page: Ref<number>;
  rows: ShallowRef<T[]>;
  total: Ref<number>;
  loading: Ref<boolean>;
  error: Ref<string>;
  search(): Promise<void>;
  reset(): Promise<void>;
  /** The same page again (after an action changed the rows). */
  reload(): Promise<void>;
  goTo(page: number): Promise<void>;
  setPageSize(size: number): Promise<void>;
  sortBy(sort: BoardSort | null): Promise<void>;
  pageCount: ComputedRef<number>;
  /** The row number of a row on the current page, counting from 1 over all pages. */
  rowNumber(index: number): number;
}

/**
 * The state of one board: the search form's values (`form`, edited freely) and the ones applied by
 * 查询 (`applied`), the sort, the page size and the page, the rows with their loading and error states.
 * Only the latest request's answer is kept.
 */
export function useBoardList<T, F extends object>(
  source: BoardSource<T, F>,
  options: BoardListOptions<F>,
): BoardList<T, F> {
  // Filters are plain JSON values (strings, numbers, lists of ids): a JSON copy detaches them from the form.
  const copy = (filters: F) => JSON.parse(JSON.stringify(filters)) as F;
  const initial = () => copy(options.filters);
  const form = reactive(initial()) as F;
  const applied: ShallowRef<F> = shallowRef(initial()) as ShallowRef<F>;
  const sort = shallowRef<BoardSort | null>(options.sort ?? null);
  const pageSize = ref(options.pageSize ?? 20);
  const page = ref(1);
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref('');
  let latest = 0;

  async function load(target: number): Promise<void> {
    const request = ++latest;
    loading.value = true;
    error.value = '';
    try {
      const result = await source({
        first: pageSize.value,
        offset: (target - 1) * pageSize.value,
        filters: applied.value,
        sort: sort.value,
      });
      if (request !== latest) return;
      rows.value = result.rows;
      total.value = result.totalCount;
      page.value = target;
    } catch (caught) {
      if (request === latest) error.value = errorMessage(caught);
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  /** 查询: apply the form's values, from page 1. */
  function search(): Promise<void> {
    applied.value = copy(form);
    return load(1);
  }

  /** 重置: the form's empty values, applied, from page 1. */
  function reset(): Promise<void> {
    Object.assign(form, initial());
    return search();
  }

  if (options.immediate !== false) onMounted(() => load(1));
  // another user's change shows on the open board without a reload (the page shown, read again)
  useLiveRefresh(() => load(page.value));

  return {
    form,
    applied,
    sort,
    pageSize,
    page,
    rows,
    total,
    loading,
    error,
    search,
    reset,
    reload: () => load(page.value),
    goTo: (target: number) => load(target),
    setPageSize: (size: number) => {
      pageSize.value = size;
      return load(1);
    },
    sortBy: (next: BoardSort | null) => {
      sort.value = next;
      return load(1);
    },
    pageCount: computed(() => Math.max(1, Math.ceil(total.value / pageSize.value))),
    rowNumber: (index: number) => (page.value - 1) * pageSize.value + index + 1,
  };
}
