import { randomUUID } from 'node:crypto';
import { chinaDate } from '@cadre/domain';
import { demoIdNumber, loadZhouwangScenario } from '@cadre/scenario';
import type { AdminUnderTest } from './admin-under-test.js';

/** Domain commands straight through the bus, as the back office would, then wait for the read models. */
type CommandName = Parameters<AdminUnderTest['system']['bus']['execute']>[0];

export async function runCommands(
  admin: AdminUnderTest,
  commands: Array<[CommandName, Record<string, unknown>]>,
): Promise<void> {
  for (const [name, input] of commands) {
    await admin.system.bus.execute(name, input, { commandId: randomUUID(), actor: 'system:e2e' });
  }
  await admin.system.runner.catchUp();
}

/** 周王镇 as the report describes it, this year's activities up to the system's today; answers this year. */
export async function loadZhouwang(admin: AdminUnderTest): Promise<number> {
  const today = chinaDate(admin.system.now());
  await loadZhouwangScenario(admin.system.bus, { today });
  await admin.system.runner.catchUp();
  return Number(today.slice(0, 4));
}

export interface Department {
  code: string;
  name: string;
}

export const DEPARTMENTS: Department[] = [
  { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
  { code: 'PUBLIC_SECURITY', name: '公安' },
  { code: 'JUSTICE', name: '司法' },
];

/** A township whose joint review asks `departments`, with one village. */
export async function registerTownAndVillage(
  admin: AdminUnderTest,
  villageName: string,
  departments: Department[] = DEPARTMENTS,
): Promise<{ townshipId: string; villageId: string }> {
  const townshipId = randomUUID();
  const villageId = randomUUID();
  await runCommands(admin, [
    [
      'RegisterTownship',
      { townshipId, name: '测试镇', district: '测试区', settings: { reviewingDepartments: departments } },
    ],
    ['RegisterVillage', { villageId, townshipId, name: villageName, kind: 'VILLAGE' }],
  ]);
  return { townshipId, villageId };
}

export interface Person {
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  /** Makes the ID number unique among test people. */
  serial: number;
}

export const idNumberOf = (person: Person) =>
  demoIdNumber('340121', person.birthDate, person.serial, person.gender);

export async function registerCadre(
  admin: AdminUnderTest,
  person: Person,
  villageId: string,
): Promise<string> {
  const cadreId = randomUUID();
  const { serial: _serial, ...profile } = person;
  await runCommands(admin, [
    [
      'RegisterCadre',
      {
        cadreId,
        villageId,
        profile: { ...profile, idNumber: idNumberOf(person), educationLevel: 'BACHELOR' },
      },
    ],
  ]);
  return cadreId;
}

export interface Seat {
  committee: 'PARTY_COMMITTEE' | 'RESIDENTS_COMMITTEE';
  position: string;
}

/** 凡进必审 through the bus: a review for `seat` that every department approves, concluded today. */
export async function approveThroughBus(
  admin: AdminUnderTest,
  at: { cadreId: string; townshipId: string; villageId: string },
  seat: Seat,
  departments: Department[] = DEPARTMENTS,
): Promise<void> {
  const reviewId = randomUUID();
  const today = chinaDate(admin.system.now());
  const { cadreId } = at;
  await runCommands(admin, [
    ['OpenQualificationReview', { ...at, reviewId, ...seat, openedOn: today }],
    ...departments.map((d): [CommandName, Record<string, unknown>] => [
      'RecordDepartmentVerdict',
      { cadreId, reviewId, department: d.code, verdict: 'APPROVED', decidedOn: today },
    ]),
    ['ConcludeQualificationReview', { cadreId, reviewId, concludedOn: today }],
  ]);
}
