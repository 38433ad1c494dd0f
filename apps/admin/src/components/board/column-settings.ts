import { computed, type Ref, ref, watch } from 'vue';

const STORAGE_PREFIX = 'cadre.board.columns.';

/** The column keys a user hid on a board, remembered in localStorage under the board's key. */
export function useColumnSettings(storageKey: string, defaultHidden: readonly string[] = []) {
  const key = `${STORAGE_PREFIX}${storageKey}`;
  const hidden: Ref<string[]> = ref(readHidden(key) ?? [...defaultHidden]);
  watch(hidden, (keys) => localStorage.setItem(key, JSON.stringify(keys)), { deep: true });
  return {
    hidden,
    isShown: (column: string) => !hidden.value.includes(column),
    toggle(column: string, shown: boolean) {
      hidden.value = shown ? hidden.value.filter((k) => k !== column) : [...hidden.value, column];
    },
    restore() {
      hidden.value = [...defaultHidden];
    },
    anyHidden: computed(() => hidden.value.length > 0),
  };
}

function readHidden(key: string): string[] | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : null;
  } catch {
    return null;
  }
}
