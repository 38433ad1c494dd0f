import { createRouter, createWebHistory } from 'vue-router';
import { currentSession } from './api/session.js';
import { routes } from './routes.js';

export const router = createRouter({ history: createWebHistory(), routes });

/**
 * Every page but the sign-in page needs a session, and some a role; after signing in, the user comes back
 * here.
 */
router.beforeEach((to) => {
  if (to.meta.public) return true;
  const session = currentSession();
  if (!session) return { path: '/sign-in', query: { next: to.fullPath } };
  if (to.meta.roles && !to.meta.roles.includes(session.user.role)) {
    return { path: '/forbidden', query: { from: to.fullPath } };
  }
  return true;
});
