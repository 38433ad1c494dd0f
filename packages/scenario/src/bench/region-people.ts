import type { EducationLevel } from '@cadre/domain';
import { demoIdNumber } from '../id-numbers.js';
import type { DemoPerson, DemoSeat } from '../zhouwang/people.js';
import { demoProfile } from '../zhouwang/profiles.js';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = '建国志强立新德胜海峰国庆永刚文斌晓东振华俊杰春生秀梅春华丽娟桂英晓燕玉兰雪梅慧敏红霞';
const EDUCATION: EducationLevel[] = ['SENIOR_HIGH', 'JUNIOR_COLLEGE', 'JUNIOR_COLLEGE', 'BACHELOR'];
export interface Cohort {
  /** The ID numbers' area code: one per cohort, so two cohorts never share an ID number. */
  areaCode: string;
  bornFrom: number;
  years: number;
}
export const COMMITTEE_MEMBERS: Cohort = { areaCode: '340121', bornFrom: 1962, years: 30 };
export const RESERVES: Cohort = { areaCode: '340181', bornFrom: 1986, years: 14 };

/**
 * The n-th person of a cohort: birth dates one a day over the cohort's years (7919 is prime, so n ↦ day is
 * a bijection on each block of days) and an ID-number sequence per block, so no two people of a region share
 * an ID number; with an appointment-form profile like the demo's.
 */
export function regionPerson(n: number, cohort: Cohort, partyMember: boolean) {
  const birthDays = cohort.years * 365;
  const gender = n % 3 === 1 ? 'FEMALE' : 'MALE';
  const day = (n * 7919) % birthDays;
  const birthDate = new Date(Date.UTC(cohort.bornFrom, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const person: DemoPerson = {
    serial: n,
    name: `${SURNAMES[n % SURNAMES.length]}${GIVEN.slice((n * 2) % GIVEN.length, ((n * 2) % GIVEN.length) + 2)}`,
    gender,
    birthDate,
    educationLevel: EDUCATION[n % EDUCATION.length]!,
    politicalStatus: partyMember || n % 9 !== 5 ? 'CPC_MEMBER' : 'MASSES',
  };
  const sequence = Math.floor(n / birthDays);
  return { ...demoProfile(person), idNumber: demoIdNumber(cohort.areaCode, birthDate, sequence, gender) };
}

/** The seats of a village's i-th committee member: the secretary first (一肩挑 in every other village). */
export function regionSeats(i: number, secretaryChairs: boolean): DemoSeat[] {
  if (i === 0)
    return secretaryChairs
      ? [
          { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' },
          { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' },
        ]
      : [{ committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' }];
  if (i === 1 && !secretaryChairs) return [{ committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' }];
  if (i === 2) return [{ committee: 'PARTY_COMMITTEE', position: 'DEPUTY_SECRETARY' }];
  if (i === 3) return [{ committee: 'RESIDENTS_COMMITTEE', position: 'VICE_CHAIR' }];
  return [{ committee: i % 2 === 0 ? 'PARTY_COMMITTEE' : 'RESIDENTS_COMMITTEE', position: 'MEMBER' }];
}
