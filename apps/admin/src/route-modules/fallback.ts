import type { RouteRecordRaw } from 'vue-router';

/** The shell's own pages: no access, and every unknown path (kept last). */
export const fallbackRoutes: RouteRecordRaw[] = [
  {
    path: '/forbidden',
    component: () => import('../pages/ForbiddenPage.vue'),
    meta: { title: '无权访问', hideInMenu: true },
  },
  {
    path: '/:unknown(.*)*',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { title: '页面不存在', hideInMenu: true },
  },
];
