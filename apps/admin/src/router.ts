import { createRouter, createWebHistory } from 'vue-router';
import { currentSession } from './api/session.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown without signing in, and without the menu. */
    public?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/dashboard' },
    { path: '/sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true } },
    { path: '/dashboard', component: () => import('./pages/DashboardPage.vue') },
    { path: '/cadres', component: () => import('./pages/CadreRosterPage.vue') },
    { path: '/cadres/new', component: () => import('./pages/RegisterCadrePage.vue') },
    { path: '/cadres/:id', component: () => import('./pages/CadreDossierPage.vue'), props: true },
    {
      path: '/cadres/:id/appointment',
      component: () => import('./pages/AppointmentPage.vue'),
      props: (route) => ({ id: route.params.id, villageId: route.query.villageId ?? '' }),
    },
    { path: '/villages', component: () => import('./pages/VillagesPage.vue') },
    { path: '/villages/:id', component: () => import('./pages/VillagePage.vue'), props: true },
    { path: '/audit', component: () => import('./pages/AuditPage.vue') },
  ],
});

/** Every page but the sign-in page needs a session; after signing in, the user comes back here. */
router.beforeEach((to) => {
  if (to.meta.public || currentSession()) return true;
  return { path: '/sign-in', query: { next: to.fullPath } };
});
