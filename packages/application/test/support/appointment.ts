import { randomUUID } from 'node:crypto';
import type { CommandBus } from '../../src/index.js';

export const profile = {
  name: '李四',
  gender: 'FEMALE',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002X',
  educationLevel: 'BACHELOR',
};
const actor = 'user:clerk';

/** A township with one village and one cadre whose review for the party secretary's seat is approved. */
export async function approvedForSecretary(bus: CommandBus, villageId: string, cadreId: string) {
  const townshipId = randomUUID();
  const run = (name: Parameters<CommandBus['execute']>[0], input: Record<string, unknown>) =>
    bus.execute(name, input, { commandId: randomUUID(), actor });
  await run('RegisterTownship', {
    townshipId,
    name: '周王镇',
    district: '包河区',
    registeredOn: '2021-01-05',
    settings: { reviewingDepartments: [{ code: 'PUBLIC_SECURITY', name: '公安' }] },
  });
  await run('RegisterVillage', {
    villageId,
    townshipId,
    name: '河湾村',
    kind: 'VILLAGE',
    registeredOn: '2021-01-06',
  });
  const reviewId = randomUUID();
  await run('RegisterCadre', { cadreId, villageId, profile, registeredOn: '2021-08-01' });
  const seat = { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' };
  await run('OpenQualificationReview', {
    cadreId,
    reviewId,
    villageId,
    townshipId,
    ...seat,
    openedOn: '2021-09-01',
  });
  await run('RecordDepartmentVerdict', {
    cadreId,
    reviewId,
    department: 'PUBLIC_SECURITY',
    verdict: 'APPROVED',
    decidedOn: '2021-09-10',
  });
  await run('ConcludeQualificationReview', { cadreId, reviewId, concludedOn: '2021-09-20' });
  return seat;
}
