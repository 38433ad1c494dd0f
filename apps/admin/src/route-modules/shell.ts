import type { RouteRecordRaw } from 'vue-router';

/** The landing pages: sign-in, the dashboard, 待办. */
export const shellRoutes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  { path: '/sign-in', component: () => import('../pages/SignInPage.vue'), meta: { public: true } },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('../pages/DashboardPage.vue'),
    meta: { title: '首页统计', icon: 'DataAnalysis', requires: ['statistics'] },
  },
  {
    path: '/todo',
    name: 'todo',
    component: () => import('../pages/TodoPage.vue'),
    meta: { title: '待办事项', icon: 'Calendar', requires: ['dueItems'] },
  },
];
