import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown without signing in, and without the menu. */
    public?: boolean;
    /** The page's name in the menu, the breadcrumbs and the tab title (zh-CN). */
    title?: string;
    /** An icon of layout/menu-icons.ts for the menu. */
    icon?: string;
    /** The menu group the page is listed under (a top-level entry when left out). */
    menuGroup?: string;
    /**
     * The gateway root fields the page needs: it is listed and opened only for a caller whose permissions
     * (`me.permissions`, the gateway's policy) include every one; others are shown 无权访问.
     */
    requires?: readonly string[];
    /** Not listed in the menu (a detail page, a page of the shell). */
    hideInMenu?: boolean;
    /** The list page a detail page belongs to, for the breadcrumbs and the menu's highlight. */
    parent?: string;
    /** @deprecated ignored: `requires` and the gateway's permissions decide who opens a page. */
    roles?: readonly string[];
  }
}

/** Every page of the client (the route test opens each of them for every role). */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  { path: '/sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true } },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('./pages/DashboardPage.vue'),
    meta: { title: '首页统计', icon: 'DataAnalysis', requires: ['statistics'] },
  },
  {
    path: '/todo',
    name: 'todo',
    component: () => import('./pages/TodoPage.vue'),
    meta: { title: '待办事项', icon: 'Calendar', requires: ['dueItems'] },
  },
  {
    path: '/cadres',
    name: 'roster',
    component: () => import('./pages/CadreRosterPage.vue'),
    meta: { title: '干部台账', icon: 'Tickets', menuGroup: '干部管理', requires: ['cadres'] },
  },
  {
    path: '/cadres/new',
    name: 'register',
    component: () => import('./pages/RegisterCadrePage.vue'),
    meta: { title: '登记干部', icon: 'Plus', menuGroup: '干部管理', requires: ['registerCadre'] },
  },
  {
    path: '/cadres/import',
    name: 'roster-import',
    component: () => import('./pages/RosterImportPage.vue'),
    meta: {
      title: '花名册导入',
      icon: 'Document',
      menuGroup: '干部管理',
      requires: ['rosterImportTemplate', 'checkRosterImport', 'importRoster', 'rosterImport'],
    },
  },
  {
    path: '/cadres/:id',
    component: () => import('./pages/CadreDossierPage.vue'),
    props: true,
    meta: { title: '干部档案', hideInMenu: true, parent: '/cadres', requires: ['cadre'] },
  },
  {
    path: '/cadres/:id/form',
    component: () => import('./pages/AppointmentFormPage.vue'),
    props: true,
    meta: { title: '干部任免审批表', hideInMenu: true, parent: '/cadres', requires: ['appointmentForm'] },
  },
  {
    path: '/cadres/:id/appointment',
    component: () => import('./pages/AppointmentPage.vue'),
    props: (route) => ({ id: route.params.id, villageId: route.query.villageId ?? '' }),
    meta: {
      title: '任职审批',
      hideInMenu: true,
      parent: '/cadres',
      requires: ['cadre', 'openQualificationReview', 'appointCadre'],
    },
  },
  {
    path: '/villages',
    name: 'villages',
    component: () => import('./pages/VillagesPage.vue'),
    meta: { title: '村（社区）', icon: 'OfficeBuilding', menuGroup: '组织建设', requires: ['villages'] },
  },
  {
    path: '/villages/:id',
    component: () => import('./pages/VillagePage.vue'),
    props: true,
    meta: { title: '村（社区）详情', hideInMenu: true, parent: '/villages', requires: ['village'] },
  },
  {
    path: '/elections',
    name: 'elections',
    component: () => import('./pages/ElectionsPage.vue'),
    meta: {
      title: '换届',
      icon: 'TrendCharts',
      menuGroup: '组织建设',
      requires: ['generalElections', 'startGeneralElection'],
      roles: ['ADMIN'],
    },
  },
  {
    path: '/trainings',
    name: 'trainings',
    component: () => import('./pages/TrainingsPage.vue'),
    meta: {
      title: '培训',
      icon: 'Reading',
      menuGroup: '组织建设',
      requires: ['trainings', 'trainingCoverage', 'untrainedCadres'],
    },
  },
  {
    path: '/reserve',
    name: 'reserve',
    component: () => import('./pages/ReservePoolPage.vue'),
    meta: {
      title: '后备干部',
      icon: 'User',
      menuGroup: 'boards',
      requires: ['reservePool'],
      roles: ['ADMIN', 'AUDITOR', 'VILLAGE'],
    },
  },
  {
    path: '/pledges',
    name: 'pledges',
    component: () => import('./pages/PledgesBoardPage.vue'),
    meta: {
      title: '一诺双评',
      icon: 'Medal',
      menuGroup: 'boards',
      requires: ['pledgeBoard', 'pledgeStageCounts', 'admonishmentsDue'],
      roles: ['ADMIN', 'AUDITOR', 'VILLAGE'],
    },
  },
  {
    path: '/townships',
    name: 'townships',
    component: () => import('./pages/TownshipsPage.vue'),
    meta: { title: '镇设置', icon: 'Setting', menuGroup: '系统', requires: ['townships'] },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('./pages/AuditPage.vue'),
    meta: { title: '审计', icon: 'DocumentChecked', menuGroup: '系统', requires: ['eventLog'] },
  },
  {
    path: '/talks',
    name: 'talks',
    component: () => import('./pages/TalksBoardPage.vue'),
    meta: {
      title: '谈心谈话与诫勉',
      icon: 'ChatDotRound',
      menuGroup: 'boards',
      requires: ['warningRecords', 'talkRecords'],
      roles: ['ADMIN', 'VILLAGE', 'AUDITOR'],
    },
  },
  {
    path: '/reviews',
    name: 'reviews',
    component: () => import('./pages/ReviewsBoardPage.vue'),
    meta: {
      title: '联审与预警',
      icon: 'Warning',
      menuGroup: 'boards',
      requires: ['warningRecords', 'committeeReviews'],
      roles: ['ADMIN', 'VILLAGE', 'AUDITOR'],
    },
  },
  {
    path: '/service-requests',
    name: 'service-requests',
    component: () => import('./pages/ServiceRequestsBoardPage.vue'),
    meta: { title: '“三单”服务', icon: 'Service', menuGroup: 'boards', requires: ['serviceRequestCards'] },
  },
  {
    path: '/recognition',
    name: 'recognition',
    component: () => import('./pages/RecognitionBoardPage.vue'),
    meta: {
      title: '荣誉·考核·待遇',
      icon: 'Medal',
      menuGroup: 'boards',
      requires: ['honorRecords', 'assessmentRecords'],
      roles: ['ADMIN', 'VILLAGE', 'AUDITOR'],
    },
  },
  {
    path: '/forbidden',
    component: () => import('./pages/ForbiddenPage.vue'),
    meta: { title: '无权访问', hideInMenu: true },
  },
  {
    path: '/:unknown(.*)*',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: '页面不存在', hideInMenu: true },
  },
];
