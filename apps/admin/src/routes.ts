import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown without signing in, and without the menu. */
    public?: boolean;
    /**
     * The roles that may open the page (the gateway's policy for what the page sends); others are shown
     * the no-access page. Every signed-in role when left out.
     */
    roles?: readonly string[];
  }
}

/** What only the township office does: registering, 凡进必审. */
const OFFICE = ['ADMIN'] as const;
/** The event log and the integrity check: audit reads. */
const AUDIT = ['ADMIN', 'AUDITOR'] as const;

/** Every page of the client (the route test opens each of them for every role). */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  { path: '/sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true } },
  { path: '/dashboard', component: () => import('./pages/DashboardPage.vue') },
  { path: '/todo', component: () => import('./pages/TodoPage.vue') },
  { path: '/cadres', component: () => import('./pages/CadreRosterPage.vue') },
  { path: '/cadres/new', component: () => import('./pages/RegisterCadrePage.vue'), meta: { roles: OFFICE } },
  {
    path: '/cadres/import',
    component: () => import('./pages/RosterImportPage.vue'),
    meta: { roles: OFFICE },
  },
  { path: '/cadres/:id', component: () => import('./pages/CadreDossierPage.vue'), props: true },
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
    meta: { roles: OFFICE },
  },
  { path: '/villages', component: () => import('./pages/VillagesPage.vue') },
  { path: '/villages/:id', component: () => import('./pages/VillagePage.vue'), props: true },
  { path: '/trainings', component: () => import('./pages/TrainingsPage.vue') },
  { path: '/elections', component: () => import('./pages/ElectionsPage.vue') },
  { path: '/townships', component: () => import('./pages/TownshipsPage.vue') },
  { path: '/audit', component: () => import('./pages/AuditPage.vue'), meta: { roles: AUDIT } },
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
  { path: '/forbidden', component: () => import('./pages/ForbiddenPage.vue') },
];
