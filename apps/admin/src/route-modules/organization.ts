import type { RouteRecordRaw } from 'vue-router';

/** 组织建设: villages and communities, 换届, trainings. */
export const organizationRoutes: RouteRecordRaw[] = [
  {
    path: '/villages',
    name: 'villages',
    component: () => import('../pages/VillagesPage.vue'),
    meta: { title: '村（社区）', icon: 'OfficeBuilding', menuGroup: '组织建设', requires: ['villages'] },
  },
  {
    path: '/villages/:id',
    component: () => import('../pages/VillagePage.vue'),
    props: true,
    meta: { title: '村（社区）详情', hideInMenu: true, parent: '/villages', requires: ['village'] },
  },
  {
    path: '/elections',
    name: 'elections',
    component: () => import('../pages/ElectionsPage.vue'),
    meta: {
      title: '换届',
      icon: 'TrendCharts',
      menuGroup: '组织建设',
      requires: ['generalElections', 'startGeneralElection'],
    },
  },
  {
    path: '/trainings',
    name: 'trainings',
    component: () => import('../pages/TrainingsPage.vue'),
    meta: {
      title: '培训',
      icon: 'Reading',
      menuGroup: '组织建设',
      requires: ['trainings', 'trainingCoverage', 'untrainedCadres'],
    },
  },
];
