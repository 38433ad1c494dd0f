import { ref } from 'vue';
import { fetchDueCount } from './todo-api.js';

/** The number of items due for the caller, shared by the menu's badge and the pages that change it. */
const count = ref<number | null>(null);
let latest = 0;

export function useDueCount() {
  async function refresh(): Promise<void> {
    const request = ++latest;
    try {
      const answer = await fetchDueCount();
      if (request === latest) count.value = answer;
    } catch {
      // the badge is a hint: a failed count leaves the last one shown
    }
  }
  return { count, refresh };
}
