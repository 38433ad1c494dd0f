import { onMounted, type Ref, ref, type ShallowRef, shallowRef, type WatchSource, watch } from 'vue';
import { errorMessage } from '../utils/errors.js';

export interface RemoteDataOptions {
  /** Load again when any of these change. */
  reloadOn?: WatchSource[];
  /** Load on mount (default true). */
  immediate?: boolean;
}

export interface RemoteData<T> {
  data: ShallowRef<T | null>;
  loading: Ref<boolean>;
  /** The failure's message, '' when the last read succeeded. */
  error: Ref<string>;
  reload(): Promise<void>;
}

/**
 * One read from the server with its loading and error states. Only the latest request's answer is kept,
 * so a slow earlier answer never overwrites a newer one.
 */
export function useRemoteData<T>(load: () => Promise<T>, options: RemoteDataOptions = {}): RemoteData<T> {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = ref('');
  let latest = 0;

  async function reload(): Promise<void> {
    const request = ++latest;
    loading.value = true;
    error.value = '';
    try {
      const result = await load();
      if (request === latest) data.value = result;
    } catch (caught) {
      if (request === latest) error.value = errorMessage(caught);
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  if (options.reloadOn) watch(options.reloadOn, reload);
  if (options.immediate !== false) onMounted(reload);
  return { data, loading, error, reload };
}
