import type { Localized } from './localized.js';

/** How users name input fields, so that an error says 「身份证号」 rather than `idNumber`. */
const LABELS: Record<string, Localized> = {
  name: { zh: '姓名', en: 'name' },
  gender: { zh: '性别', en: 'gender' },
  ethnicity: { zh: '民族', en: 'ethnicity' },
  birthDate: { zh: '出生日期', en: 'birth date' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  phone: { zh: '手机号码', en: 'phone number' },
  nativePlace: { zh: '籍贯', en: 'native place' },
  birthplace: { zh: '出生地', en: 'birthplace' },
  politicalStatus: { zh: '政治面貌', en: 'political status' },
  partyJoinDate: { zh: '入党时间', en: 'party-join date' },
  workStartDate: { zh: '参加工作时间', en: 'work-start date' },
  educationLevel: { zh: '学历', en: 'education level' },
  level: { zh: '学历', en: 'education level' },
  villageId: { zh: '村（社区）', en: 'village' },
  cadreId: { zh: '干部', en: 'cadre' },
  committee: { zh: '班子', en: 'committee' },
  position: { zh: '职务', en: 'position' },
  method: { zh: '产生方式', en: 'method' },
  occurredAt: { zh: '发生日期', en: 'date' },
  commandId: { zh: '命令编号', en: 'command id' },
};

export function labelOf(path: string): Localized {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return LABELS[last] ?? { zh: last, en: last };
}
