/** The list-page kit's messages (components/board), under `board`. */
export const boardKitZhCN = {
  query: '查询',
  reset: '重置',
  refresh: '刷新',
  columns: '列设置',
  restoreColumns: '恢复默认',
  actions: '操作',
};

export const boardKitEn: typeof boardKitZhCN = {
  query: 'Search',
  reset: 'Reset',
  refresh: 'Refresh',
  columns: 'Columns',
  restoreColumns: 'Restore defaults',
  actions: 'Actions',
};
