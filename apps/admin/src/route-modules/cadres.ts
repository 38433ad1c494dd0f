import type { RouteRecordRaw } from 'vue-router';

/** 干部管理: the roster, registering and importing, a cadre's file, its 审批表 and appointment. */
export const cadreRoutes: RouteRecordRaw[] = [
  {
    path: '/cadres',
    name: 'roster',
    component: () => import('../pages/CadreRosterPage.vue'),
    meta: { title: '干部台账', icon: 'Tickets', menuGroup: '干部管理', requires: ['cadres'] },
  },
  {
    path: '/cadres/new',
    name: 'register',
    component: () => import('../pages/RegisterCadrePage.vue'),
    meta: { title: '登记干部', icon: 'Plus', menuGroup: '干部管理', requires: ['registerCadre'] },
  },
  {
    path: '/cadres/import',
    name: 'roster-import',
    component: () => import('../pages/RosterImportPage.vue'),
    meta: {
      title: '花名册导入',
      icon: 'Document',
      menuGroup: '干部管理',
      requires: ['rosterImportTemplate', 'checkRosterImport', 'importRoster', 'rosterImport'],
    },
  },
  {
    path: '/cadres/:id',
    component: () => import('../pages/CadreDossierPage.vue'),
    props: true,
    meta: { title: '干部档案', hideInMenu: true, parent: '/cadres', requires: ['cadre'] },
  },
  {
    path: '/cadres/:id/form',
    component: () => import('../pages/AppointmentFormPage.vue'),
    props: true,
    meta: { title: '干部任免审批表', hideInMenu: true, parent: '/cadres', requires: ['appointmentForm'] },
  },
  {
    path: '/cadres/:id/appointment',
    component: () => import('../pages/AppointmentPage.vue'),
    props: (route) => ({ id: route.params.id, villageId: route.query.villageId ?? '' }),
    meta: {
      title: '任职审批',
      hideInMenu: true,
      parent: '/cadres',
      requires: ['cadre', 'openQualificationReview', 'appointCadre'],
    },
  },
];
