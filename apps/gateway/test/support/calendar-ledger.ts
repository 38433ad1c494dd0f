import { randomUUID } from 'node:crypto';
import type { CommandName } from '@cadre/domain';
import type { System } from '../../src/system.js';
import { DEPARTMENTS, profileOf, SECRETARY_SEAT } from './appointment-fixture.js';

/** A clock a test moves by hand: noon, China time, of the day it is set to. */
export function movableClock(day: string) {
  let current = day;
  return {
    now: () => new Date(`${current}T12:00:00+08:00`),
    set(next: string) {
      current = next;
    },
    get day() {
      return current;
    },
  };
}

/**
 * A township whose calendar has something of every rule falling due in 2026, entered on 1 January 2026
 * (the system's clock must stand there): what each cadre, village and request is for is in `DUE_IN_2026`.
 */
export async function calendarLedger(system: System) {
  const townshipId = randomUUID();
  const villageId = randomUUID();
  const otherVillageId = randomUUID();
  const run = async (name: CommandName, input: object) => {
    const result = await system.bus.execute(name, input, { commandId: randomUUID(), actor: 'system:test' });
    await system.runner.waitFor(result.position);
    return result;
  };
  const on = '2026-01-01';
  await run('RegisterTownship', {
    townshipId,
    name: '周王镇',
    district: '长丰县',
    settings: { reviewingDepartments: DEPARTMENTS },
    registeredOn: on,
  });
  await run('RegisterVillage', { villageId, townshipId, name: '周王村', kind: 'VILLAGE' });
  await run('RegisterVillage', { villageId: otherVillageId, townshipId, name: '桥头村', kind: 'VILLAGE' });
  // 换届 every five years: this term ends on 1 July 2026, so 6 months before is today
  await run('RecordCommitteeTerm', { villageId, startedOn: '2021-07-01' });

  const register = async (name: string, birthDate: string, serial: number) => {
    const cadreId = randomUUID();
    await run('RegisterCadre', {
      cadreId,
      villageId,
      profile: profileOf(name, 'MALE', birthDate, serial),
      registeredOn: on,
    });
    return cadreId;
  };
  const openReview = async (cadreId: string) => {
    const reviewId = randomUUID();
    await run('OpenQualificationReview', {
      cadreId,
      reviewId,
      townshipId,
      villageId,
      ...SECRETARY_SEAT,
      openedOn: on,
    });
    return reviewId;
  };

  // the secretary turns 60 on 20 May, and has pledged for 2026
  const secretary = await register('王书记', '1966-05-20', 1);
  const reviewId = await openReview(secretary);
  for (const { code } of DEPARTMENTS)
    await run('RecordDepartmentVerdict', {
      cadreId: secretary,
      reviewId,
      department: code,
      verdict: 'APPROVED',
      decidedOn: on,
    });
  await run('ConcludeQualificationReview', { cadreId: secretary, reviewId, concludedOn: on });
  await run('AppointCadre', {
    cadreId: secretary,
    villageId,
    ...SECRETARY_SEAT,
    method: 'ELECTION',
    appointedOn: on,
  });
  await run('MakePledge', { cadreId: secretary, year: 2026, items: ['修通村道'], madeOn: on });
  // a democratic appraisal with 40% "incompetent": an admonishment is due today
  await run('RecordInterview', {
    cadreId: secretary,
    townshipId,
    kind: 'DEMOCRATIC_APPRAISAL',
    interviewer: '镇党委',
    heldOn: on,
    findings: '群众意见较大',
    votes: { excellent: 1, competent: 2, basicallyCompetent: 3, incompetent: 4 },
  });

  // a reserve cadre who turns 35 on 30 September
  const reserve = await register('李后备', '1991-09-30', 2);
  await run('EnlistReserveCadre', {
    cadreId: reserve,
    villageId,
    source: 'VETERAN',
    tier: 1,
    enlistedOn: on,
  });

  // a candidate whose review stays open: overdue after 30 days
  const candidate = await register('赵候选', '1990-03-03', 3);
  await openReview(candidate);

  const requestId = randomUUID();
  await run('RaiseServiceRequest', {
    requestId,
    villageId,
    description: '修路灯',
    raisedBy: '村民甲',
    raisedOn: on,
  });
  await run('RecordCommitteeReview', {
    villageId,
    period: '2025年度',
    reviewedOn: on,
    findings: '班子运行总体良好',
    earlyWarnings: [{ issueId: randomUUID(), description: '村务公开不及时' }],
  });
  return { townshipId, villageId, otherVillageId, secretary, reserve, candidate, requestId };
}

/** What `calendarLedger` makes due in 2026 and on 1 January 2027, by rule and due date. */
export const DUE_BY_2027 = [
  'ADMONISHMENT_NOT_HELD@2026-01-01',
  'EARLY_WARNING_OPEN@2026-01-01',
  'TERM_ENDING@2026-01-01',
  'QUALIFICATION_REVIEW_OVERDUE@2026-01-31',
  'SERVICE_REQUEST_OVERDUE@2026-01-31',
  'TERM_ENDING@2026-04-01',
  'COMMITTEE_MEMBER_AGE@2026-05-20',
  'PLEDGE_PROGRESS_MISSING@2026-07-01',
  'RESERVE_CADRE_AGE@2026-09-30',
  'PLEDGE_EVALUATION_MISSING@2027-01-01',
].sort();

/** Every day from one date to another, both included. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (
    let day = new Date(`${first}T00:00:00Z`);
    day.toISOString().slice(0, 10) <= last;
    day.setUTCDate(day.getUTCDate() + 1)
  )
    days.push(day.toISOString().slice(0, 10));
  return days;
}
