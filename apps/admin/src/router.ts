import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/cadres' },
    { path: '/cadres', component: () => import('./pages/CadreRosterPage.vue') },
    { path: '/cadres/new', component: () => import('./pages/RegisterCadrePage.vue') },
  ],
});
