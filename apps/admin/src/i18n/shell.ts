/** The shell's messages: layout, user menu, session expiry, 404, masked values, live updates. */
export const shellZh = {
  home: '首页',
  collapse: '收起菜单',
  expand: '展开菜单',
  openMenu: '打开菜单',
  darkMode: '深色模式',
  lightMode: '浅色模式',
  userMenu: '用户菜单',
  role: '角色',
  village: '所属村（社区）',
  township: '全镇',
  groups: { 干部管理: '干部管理', 组织建设: '组织建设', boards: '工作台账', 系统: '系统' } as Record<
    string,
    string
  >,
  expired: '登录已过期，请重新登录；登录后将回到刚才的页面。',
  notFound: { title: '页面不存在', hint: '地址 {path} 没有对应的页面', home: '返回首页' },
  noAccess: '无权查看',
  reveal: '查看',
  revealHint: '查看完整信息（将记入个人信息查阅记录）',
  audit: {
    typeFilter: '事件类型（可输入中文查找）',
    readerFilter: '查阅人',
    cadreFilter: '干部姓名',
    dateFrom: '开始日期',
    dateTo: '结束日期',
    readsHint:
      '依《个人信息保护法》第五十一条，记录每一次查看未脱敏个人信息的人员、对象、字段和时间（最近 1000 条中筛选）',
    readsTotal: '共 {n} 条',
    system: '系统',
  },
};

export const shellEn: typeof shellZh = {
  home: 'Home',
  collapse: 'Collapse the menu',
  expand: 'Expand the menu',
  openMenu: 'Open the menu',
  darkMode: 'Dark mode',
  lightMode: 'Light mode',
  userMenu: 'User menu',
  role: 'Role',
  village: 'Village',
  township: 'The whole township',
  groups: { 干部管理: 'Cadres', 组织建设: 'Organization', boards: 'Boards', 系统: 'System' },
  expired: 'Your session has expired. Sign in again to return to the page you were on.',
  notFound: { title: 'Page not found', hint: 'There is no page at {path}', home: 'Back to the dashboard' },
  noAccess: 'Not visible to your role',
  reveal: 'Show',
  revealHint: 'Show in full (logged as a personal-data read)',
  audit: {
    typeFilter: 'Event type (type to search)',
    readerFilter: 'Reader',
    cadreFilter: 'Cadre name',
    dateFrom: 'From',
    dateTo: 'To',
    readsHint:
      'Under PIPL Art. 51, every view of unmasked personal data: who, whose, which fields, when (filtered from the latest 1,000)',
    readsTotal: '{n} in all',
    system: 'System',
  },
};
