import { createRouter, createWebHistory } from 'vue-router';
import { mayOpen } from './access.js';
import { routes } from './routes.js';
import { useSessionStore, watchSessionEnd } from './stores/session.js';

export const router = createRouter({ history: createWebHistory(), routes });

/** The sign-in page, coming back to `next` afterwards; `expired` shows the expiry notice. */
export function signInRoute(next: string, expired: boolean) {
  return { path: '/sign-in', query: { next, ...(expired ? { expired: '1' } : {}) } };
}

/**
 * Every page but the sign-in page needs a session, and the permissions for the root fields its route
 * `requires` (a page typed into the address bar too: 无权访问). After signing in, the user comes back.
 */
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const store = useSessionStore();
  if (!store.session) return signInRoute(to.fullPath, store.expired);
  try {
    await store.ensurePermissions();
  } catch {
    // the gateway cannot be reached: the page says so when it loads; its guard decides once it can
  }
  if (!store.session) return signInRoute(to.fullPath, store.expired);
  if (!mayOpen(to)) return { path: '/forbidden', query: { from: to.fullPath } };
  return true;
});

/** A session the gateway stopped taking: sign in again and come back to the page that was open. */
export function installSessionExpiry(): void {
  const store = useSessionStore();
  watchSessionEnd(store, () => {
    const here = router.currentRoute.value;
    // Before the first page is shown, the guard that asked sends the user to sign in itself.
    if (here.matched.length > 0 && !here.meta.public) void router.push(signInRoute(here.fullPath, true));
  });
}
