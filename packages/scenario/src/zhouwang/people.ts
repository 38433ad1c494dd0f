import type { EducationLevel } from '@cadre/domain';
import { VILLAGES } from './town.js';

export type Gender = 'MALE' | 'FEMALE';

/** A person of the demo town, before they are entered through commands. */
export interface DemoPerson {
  /** Stable across runs: the person's index in the demo. */
  serial: number;
  name: string;
  gender: Gender;
  birthDate: string;
  educationLevel: EducationLevel;
  politicalStatus: 'CPC_MEMBER' | 'MASSES';
}

export interface DemoSeat {
  committee: 'PARTY_COMMITTEE' | 'RESIDENTS_COMMITTEE';
  position: 'PARTY_SECRETARY' | 'DEPUTY_SECRETARY' | 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';
}

export interface DemoMember extends DemoPerson {
  village: number;
  seats: DemoSeat[];
}

export interface DemoReserve extends DemoPerson {
  village: number;
  source: 'ENTREPRENEUR' | 'RETURNING_GRADUATE' | 'VETERAN';
  tier: 1 | 2 | 3;
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧';
const MALE_NAMES = [
  '建国',
  '志强',
  '立新',
  '德胜',
  '明',
  '海峰',
  '国庆',
  '永刚',
  '伟',
  '军',
  '文斌',
  '晓东',
  '振华',
  '俊杰',
  '涛',
  '春生',
];
const FEMALE_NAMES = [
  '秀梅',
  '春华',
  '丽娟',
  '桂英',
  '晓燕',
  '芳',
  '玉兰',
  '静',
  '雪梅',
  '婷',
  '慧敏',
  '红霞',
];

function person(
  serial: number,
  gender: Gender,
  birthYear: number,
  educationLevel: EducationLevel,
): DemoPerson {
  const given = gender === 'MALE' ? MALE_NAMES : FEMALE_NAMES;
  return {
    serial,
    name: `${SURNAMES[serial % SURNAMES.length]}${given[(serial * 5) % given.length]}`,
    gender,
    birthDate: `${birthYear}-${String((serial % 12) + 1).padStart(2, '0')}-${String(((serial * 3) % 28) + 1).padStart(2, '0')}`,
    educationLevel,
    politicalStatus: serial % 9 === 5 ? 'MASSES' : 'CPC_MEMBER',
  };
}

/** The current committee members number 37: 4 with a bachelor's degree (10.8%), 33 junior college or above (89.2%). */
const BACHELOR = new Set([6, 13, 26, 29]);
const SENIOR_HIGH = new Set([4, 15, 19, 35]);
/** Registered with senior high school, then completed a junior-college programme (学历提升). */
export const UPGRADED_MEMBER = 9;
/** Enrolled in a bachelor's programme at 安徽农业大学, not yet graduated. */
export const STUDYING_MEMBERS = [2, 23];
const FEMALE = new Set([3, 8, 12, 14, 18, 23, 27, 29, 31, 34, 37]);
const SECRETARY_BIRTH_YEARS = [1972, 1980, 1975, 1978, 1983, 1986, 1969];

function educationOf(serial: number): EducationLevel {
  if (BACHELOR.has(serial)) return 'BACHELOR';
  if (SENIOR_HIGH.has(serial) || serial === UPGRADED_MEMBER) return 'SENIOR_HIGH';
  return 'JUNIOR_COLLEGE';
}

function seatsOf(indexInVillage: number, secretaryChairs: boolean): DemoSeat[] {
  if (indexInVillage === 0) {
    const secretary: DemoSeat[] = [{ committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' }];
    return secretaryChairs
      ? [...secretary, { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' }]
      : secretary;
  }
  if (indexInVillage === 1 && !secretaryChairs)
    return [{ committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' }];
  if (indexInVillage === 2) {
    return [
      { committee: 'PARTY_COMMITTEE', position: 'DEPUTY_SECRETARY' },
      { committee: 'RESIDENTS_COMMITTEE', position: 'VICE_CHAIR' },
    ];
  }
  return [
    { committee: indexInVillage % 2 === 0 ? 'PARTY_COMMITTEE' : 'RESIDENTS_COMMITTEE', position: 'MEMBER' },
  ];
}

/** Everyone elected in the 2021 换届 (serials 0..36), village by village, the secretary first. */
export function electedMembers(): DemoMember[] {
  const members: DemoMember[] = [];
  VILLAGES.forEach((village, v) => {
    for (let i = 0; i < village.members; i++) {
      const serial = members.length;
      const gender: Gender = FEMALE.has(serial) ? 'FEMALE' : 'MALE';
      const birthYear = i === 0 ? SECRETARY_BIRTH_YEARS[v]! : 1966 + ((serial * 7) % 30);
      const base = person(serial, gender, birthYear, educationOf(serial));
      // A party secretary is a party member by definition.
      const politicalStatus = i === 0 ? 'CPC_MEMBER' : base.politicalStatus;
      members.push({ ...base, politicalStatus, village: v, seats: seatsOf(i, village.secretaryChairs) });
    }
  });
  return members;
}

/** The member of 杨店村 who resigns this year, and the one chosen in the by-election (补选) for the seat. */
export const RESIGNING_MEMBER = 25;
export function byElectedMember(resigning: DemoMember): DemoMember {
  return {
    ...person(37, 'FEMALE', 1991, 'JUNIOR_COLLEGE'),
    village: resigning.village,
    seats: resigning.seats,
  };
}

const RESERVE_EDUCATION: EducationLevel[] = [
  'BACHELOR',
  'BACHELOR',
  'BACHELOR',
  'BACHELOR',
  'POSTGRADUATE',
  'JUNIOR_COLLEGE',
  'JUNIOR_COLLEGE',
  'JUNIOR_COLLEGE',
  'JUNIOR_COLLEGE',
  'SENIOR_HIGH',
  'SENIOR_HIGH',
];
const RESERVE_SOURCES: DemoReserve['source'][] = [
  'RETURNING_GRADUATE',
  'RETURNING_GRADUATE',
  'ENTREPRENEUR',
  'RETURNING_GRADUATE',
  'RETURNING_GRADUATE',
  'ENTREPRENEUR',
  'ENTREPRENEUR',
  'VETERAN',
  'ENTREPRENEUR',
  'VETERAN',
  'VETERAN',
];

/** 11 后备干部: from 致富能手, 返乡大学生 and 退伍军人; 5 of them (45%) with a bachelor's degree or above. */
export function reserveCadres(): DemoReserve[] {
  const reserves: DemoReserve[] = [];
  VILLAGES.forEach((village, v) => {
    for (let i = 0; i < village.reserves; i++) {
      const n = reserves.length;
      const serial = 40 + n;
      const gender: Gender = n % 3 === 1 ? 'FEMALE' : 'MALE';
      reserves.push({
        ...person(serial, gender, 1990 + ((n * 3) % 11), RESERVE_EDUCATION[n]!),
        politicalStatus: 'CPC_MEMBER',
        village: v,
        source: RESERVE_SOURCES[n]!,
        tier: ((n % 3) + 1) as 1 | 2 | 3,
      });
    }
  });
  return reserves;
}
