/** The zh-CN words a sheet shows for the ledger's codes (the admin client's enums, as a table prints them). */
export const LABELS = {
  gender: { MALE: '男', FEMALE: '女' },
  educationLevel: {
    JUNIOR_HIGH: '初中',
    SENIOR_HIGH: '高中（中专）',
    JUNIOR_COLLEGE: '大专',
    BACHELOR: '本科',
    POSTGRADUATE: '研究生',
  },
  politicalStatus: {
    CPC_MEMBER: '中共党员',
    CPC_PROBATIONARY: '中共预备党员',
    CYL_MEMBER: '共青团员',
    MASSES: '群众',
    OTHER_PARTY: '民主党派',
  },
  committee: { PARTY_COMMITTEE: '村党组织', RESIDENTS_COMMITTEE: '村（居）委会' },
  position: {
    PARTY_SECRETARY: '书记',
    DEPUTY_SECRETARY: '副书记',
    CHAIR: '主任',
    VICE_CHAIR: '副主任',
    MEMBER: '委员',
  },
  villageKind: { VILLAGE: '村', COMMUNITY: '社区' },
  reserveSource: {
    ENTREPRENEUR: '致富能手',
    RETURNING_GRADUATE: '返乡大学生',
    VETERAN: '退伍军人',
    OTHER: '其他',
  },
  honorLevel: { TOWNSHIP: '镇级', DISTRICT: '区级', CITY: '市级', PROVINCE: '省级', NATIONAL: '国家级' },
  grade: { EXCELLENT: '优秀', COMPETENT: '称职', BASICALLY_COMPETENT: '基本称职', INCOMPETENT: '不称职' },
  trainingKind: { INTERNAL: '定制课程', EXTERNAL: '外出实训' },
} as const satisfies Record<string, Record<string, string>>;

export type LabelSet = keyof typeof LABELS;

/** The label of a code, the code itself when the table has none, empty for no value. */
export function labelOf(set: LabelSet, code: string | null | undefined): string {
  if (code == null) return '';
  return (LABELS[set] as Record<string, string>)[code] ?? code;
}

/** The code a label stands for (an imported sheet's cell), or undefined. Codes themselves are taken too. */
export function codeOf(set: LabelSet, text: string): string | undefined {
  const entries = Object.entries(LABELS[set]) as Array<[string, string]>;
  return entries.find(([code, label]) => label === text || code === text)?.[0];
}

/** 截至2026年12月01日 */
export function asOfTitle(day: string): string {
  const [year, month, date] = day.split('-');
  return `截至${year}年${month}月${date}日`;
}
