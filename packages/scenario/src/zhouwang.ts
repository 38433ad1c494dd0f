import { type CommandBus, deterministicUuid } from '@cadre/application';
import type { EducationLevel } from '@cadre/domain';
import { demoIdNumber, demoPhone } from './id-numbers.js';

/** 周王镇 Zhouwang Town's seven villages and communities (names of the demo, not of the real town). */
export const ZHOUWANG_VILLAGES = [
  '周王村',
  '李岗村',
  '河湾村',
  '新桥村',
  '杨店村',
  '东风社区',
  '周王社区',
] as const;

export const villageId = (name: string) => deterministicUuid('zhouwang', 'village', name);

const SECRETARIES: Array<{
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  education: EducationLevel;
}> = [
  { name: '王建国', gender: 'MALE', birthDate: '1972-04-18', education: 'JUNIOR_COLLEGE' },
  { name: '李秀梅', gender: 'FEMALE', birthDate: '1980-09-02', education: 'BACHELOR' },
  { name: '张志强', gender: 'MALE', birthDate: '1975-01-23', education: 'JUNIOR_COLLEGE' },
  { name: '陈立新', gender: 'MALE', birthDate: '1978-06-30', education: 'JUNIOR_COLLEGE' },
  { name: '刘春华', gender: 'FEMALE', birthDate: '1983-11-11', education: 'JUNIOR_COLLEGE' },
  { name: '赵明', gender: 'MALE', birthDate: '1986-03-07', education: 'BACHELOR' },
  { name: '孙德胜', gender: 'MALE', birthDate: '1969-12-25', education: 'SENIOR_HIGH' },
];

const AREA = '340121';

/** Loads the demo through domain commands only, as a township clerk would have entered it. */
export async function loadZhouwangScenario(bus: CommandBus): Promise<{ commands: number; position: bigint }> {
  const actor = 'system:demo';
  let position = 0n;
  let commands = 0;
  for (const [i, secretary] of SECRETARIES.entries()) {
    const village = ZHOUWANG_VILLAGES[i]!;
    const cadreId = deterministicUuid('zhouwang', 'cadre', secretary.name);
    const register = await bus.execute(
      'RegisterCadre',
      {
        cadreId,
        profile: {
          name: secretary.name,
          gender: secretary.gender,
          birthDate: secretary.birthDate,
          idNumber: demoIdNumber(AREA, secretary.birthDate, i + 1, secretary.gender),
          phone: demoPhone(i + 1),
          educationLevel: secretary.education,
        },
      },
      { commandId: deterministicUuid('zhouwang', 'register', cadreId), actor },
    );
    const appoint = await bus.execute(
      'AppointCadre',
      {
        cadreId,
        villageId: villageId(village),
        committee: 'PARTY_COMMITTEE',
        position: 'PARTY_SECRETARY',
        method: 'ELECTION',
        appointedOn: '2021-10-15',
      },
      { commandId: deterministicUuid('zhouwang', 'appoint', cadreId), actor },
    );
    commands += 2;
    position = appoint.position > register.position ? appoint.position : register.position;
  }
  return { commands, position };
}
