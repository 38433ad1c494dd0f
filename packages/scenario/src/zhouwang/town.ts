/** 周王镇: the township of the source report, its seven villages and communities (demo names). */
export const TOWNSHIP = { name: '周王镇', district: '演示区' };

export const REVIEWING_DEPARTMENTS = [
  { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
  { code: 'PUBLIC_SECURITY', name: '公安' },
  { code: 'JUSTICE', name: '司法' },
  { code: 'PETITIONS', name: '信访' },
];

export interface DemoVillage {
  name: string;
  kind: 'VILLAGE' | 'COMMUNITY';
  /** Committee members, the party secretary first. */
  members: number;
  /** 一肩挑: the secretary also chairs the villagers'/residents' committee. */
  secretaryChairs: boolean;
  reserves: number;
}

export const VILLAGES: DemoVillage[] = [
  { name: '周王村', kind: 'VILLAGE', members: 6, secretaryChairs: true, reserves: 2 },
  { name: '李岗村', kind: 'VILLAGE', members: 5, secretaryChairs: true, reserves: 2 },
  { name: '河湾村', kind: 'VILLAGE', members: 5, secretaryChairs: false, reserves: 1 },
  { name: '新桥村', kind: 'VILLAGE', members: 5, secretaryChairs: true, reserves: 2 },
  { name: '杨店村', kind: 'VILLAGE', members: 5, secretaryChairs: false, reserves: 1 },
  { name: '东风社区', kind: 'COMMUNITY', members: 6, secretaryChairs: true, reserves: 2 },
  { name: '周王社区', kind: 'COMMUNITY', members: 5, secretaryChairs: false, reserves: 1 },
];

export const TRAINING_TOPICS = [
  '和美乡村建设',
  '村级资产管理',
  '矛盾化解',
  '基层治理',
  '产业发展',
  '为民服务',
];

export const AREA_CODE = '340121';
