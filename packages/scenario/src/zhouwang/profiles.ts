import { demoIdNumber, demoPhone } from '../id-numbers.js';
import type { DemoPerson } from './people.js';
import { AREA_CODE } from './town.js';

const SCHOOLS: Record<string, string> = {
  SENIOR_HIGH: '肥西县第一中学',
  JUNIOR_COLLEGE: '安徽农业大学（成人教育）',
  BACHELOR: '安徽农业大学',
  POSTGRADUATE: '安徽大学',
};

/** The appointment-form profile (干部任免审批表) of a demo person, consistent with their ID number. */
export function demoProfile(person: DemoPerson) {
  const birthYear = Number(person.birthDate.slice(0, 4));
  const workStart = `${birthYear + 20}-07-01`;
  return {
    name: person.name,
    gender: person.gender,
    ethnicity: person.serial % 17 === 3 ? '回族' : '汉族',
    birthDate: person.birthDate,
    idNumber: demoIdNumber(AREA_CODE, person.birthDate, person.serial + 1, person.gender),
    phone: demoPhone(person.serial + 1),
    nativePlace: '安徽肥西',
    birthplace: '安徽肥西',
    politicalStatus: person.politicalStatus,
    ...(person.politicalStatus === 'CPC_MEMBER' ? { partyJoinDate: `${birthYear + 24}-07-01` } : {}),
    workStartDate: workStart,
    health: '健康',
    educationLevel: person.educationLevel,
    fullTimeEducation: {
      level: person.educationLevel,
      school: SCHOOLS[person.educationLevel] ?? '肥西县第二中学',
    },
    resume: [{ from: workStart, description: '在本村（社区）工作' }],
    familyMembers: [
      {
        relation: person.gender === 'MALE' ? '妻子' : '丈夫',
        name: '（家属）',
        politicalStatus: 'MASSES' as const,
      },
    ],
  };
}
