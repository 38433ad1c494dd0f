import { onBeforeUnmount, ref } from 'vue';

/** Phones and narrow windows: the sidebar becomes a drawer below this width. */
export const NARROW_QUERY = '(max-width: 768px)';

export function useNarrowScreen() {
  const query = window.matchMedia(NARROW_QUERY);
  const narrow = ref(query.matches);
  const update = (event: MediaQueryListEvent) => {
    narrow.value = event.matches;
  };
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
