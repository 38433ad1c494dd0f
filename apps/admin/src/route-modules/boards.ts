import type { RouteRecordRaw } from 'vue-router';

/** 工作台账: the office's boards of its yearly cycles. */
export const boardRoutes: RouteRecordRaw[] = [
  {
    path: '/reserve',
    name: 'reserve',
    component: () => import('../pages/ReservePoolPage.vue'),
    meta: {
      title: '后备干部',
      icon: 'User',
      menuGroup: 'boards',
      requires: ['reservePool'],
    },
  },
  {
    path: '/pledges',
    name: 'pledges',
    component: () => import('../pages/PledgesBoardPage.vue'),
    meta: {
      title: '一诺双评',
      icon: 'Medal',
      menuGroup: 'boards',
      requires: ['pledgeBoard', 'pledgeStageCounts', 'admonishmentsDue'],
    },
  },
  {
    path: '/talks',
    name: 'talks',
    component: () => import('../pages/TalksBoardPage.vue'),
    meta: {
      title: '谈心谈话与诫勉',
      icon: 'ChatDotRound',
      menuGroup: 'boards',
      requires: ['warningRecords', 'talkRecords'],
    },
  },
  {
    path: '/reviews',
    name: 'reviews',
    component: () => import('../pages/ReviewsBoardPage.vue'),
    meta: {
      title: '联审与预警',
      icon: 'Warning',
      menuGroup: 'boards',
      requires: ['warningRecords', 'committeeReviews'],
    },
  },
  {
    path: '/service-requests',
    name: 'service-requests',
    component: () => import('../pages/ServiceRequestsBoardPage.vue'),
    meta: { title: '“三单”服务', icon: 'Service', menuGroup: 'boards', requires: ['serviceRequestCards'] },
  },
  {
    path: '/recognition',
    name: 'recognition',
    component: () => import('../pages/RecognitionBoardPage.vue'),
    meta: {
      title: '荣誉·考核·待遇',
      icon: 'Medal',
      menuGroup: 'boards',
      requires: ['honorRecords', 'assessmentRecords'],
    },
  },
];
