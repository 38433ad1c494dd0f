import type { RouteRecordRaw } from 'vue-router';

/** 系统: the township's settings and the audit views. */
export const systemRoutes: RouteRecordRaw[] = [
  {
    path: '/townships',
    name: 'townships',
    component: () => import('../pages/TownshipsPage.vue'),
    meta: { title: '镇设置', icon: 'Setting', menuGroup: '系统', requires: ['townships'] },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('../pages/AuditPage.vue'),
    meta: { title: '审计', icon: 'DocumentChecked', menuGroup: '系统', requires: ['eventLog'] },
  },
];
