import { idNumberCheckChar } from '@cadre/domain';
import type { CommandClient } from './command-client.js';

/** The township's joint review (部门联审): the two default departments and one the township adds. */
export const DEPARTMENTS = [
  { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
  { code: 'PUBLIC_SECURITY', name: '公安' },
  { code: 'PETITIONS', name: '信访' },
];

export const SECRETARY_SEAT = { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' } as const;

/** The steps of an appointment, in order: review opened, verdicts given, review concluded, appointed. */
export const DATES = {
  opened: '2021-09-01',
  decided: '2021-09-10',
  concluded: '2021-09-20',
  appointed: '2021-10-15',
};

/** A personal file whose ID number agrees with its gender and birth date (serial 1 to 99 tells people apart). */
export function profileOf(name: string, gender: 'MALE' | 'FEMALE', birthDate: string, serial = 1) {
  const sequence = `${String(serial).padStart(2, '0')}${gender === 'MALE' ? 1 : 2}`;
  const first17 = `340121${birthDate.replaceAll('-', '')}${sequence}`;
  return {
    name,
    gender,
    birthDate,
    idNumber: first17 + idNumberCheckChar(first17),
    educationLevel: 'BACHELOR',
  };
}

let people = 0;
/** 张三's file, with an ID number no earlier call gave: one person, one ID number. */
export const nextPerson = () => profileOf('张三', 'FEMALE', '1980-05-12', 1 + (people++ % 99));

export interface Place {
  townshipId: string;
  villageId: string;
}

/** The first place set up through each client: where people are registered unless told otherwise. */
const homePlaces = new WeakMap<CommandClient, Place>();

/** A township with its reviewing departments, and one of its villages. */
export async function townshipWithVillage(client: CommandClient): Promise<Place> {
  const township = await client.run('RegisterTownship', {
    name: '周王镇',
    district: '长丰县',
    settings: { reviewingDepartments: DEPARTMENTS },
  });
  const townshipId = township.ids[0].id;
  const village = await client.run('RegisterVillage', { townshipId, name: '周王村', kind: 'VILLAGE' });
  const place = { townshipId, villageId: village.ids[0].id };
  if (!homePlaces.has(client)) homePlaces.set(client, place);
  return place;
}

/** The client's first place, set up now if it has none. */
export const homePlaceOf = async (client: CommandClient): Promise<Place> =>
  homePlaces.get(client) ?? (await townshipWithVillage(client));

/** Registers a person in a village: the given one, else the client's first place. */
export async function registerPerson(client: CommandClient, profile = nextPerson(), villageId?: string) {
  const village = villageId ?? (await homePlaceOf(client)).villageId;
  const registered = await client.run('RegisterCadre', { villageId: village, profile });
  return registered.cadre.id as string;
}

type Verdict = 'APPROVED' | 'REJECTED';

/** Opens a review of the cadre for a seat, records each department's verdict, and concludes it. */
export async function reviewCadre(
  client: CommandClient,
  { townshipId, villageId }: Place,
  cadreId: string,
  verdictOf: (department: string) => Verdict = () => 'APPROVED',
  seat: { committee: string; position: string } = SECRETARY_SEAT,
): Promise<string> {
  const opened = await client.run('OpenQualificationReview', {
    cadreId,
    townshipId,
    villageId,
    ...seat,
    openedOn: DATES.opened,
  });
  const reviewId = opened.derivedIds[0].id as string;
  for (const { code } of DEPARTMENTS) {
    const verdict = verdictOf(code);
    await client.run('RecordDepartmentVerdict', {
      cadreId,
      reviewId,
      department: code,
      verdict,
      ...(verdict === 'REJECTED' ? { note: '有违纪记录' } : {}),
      decidedOn: DATES.decided,
    });
  }
  await client.run('ConcludeQualificationReview', { cadreId, reviewId, concludedOn: DATES.concluded });
  return reviewId;
}

/** What a village secretary needs before an appointment: a township, a village, a person approved for the seat. */
export async function appointmentFixture(client: CommandClient, profile = nextPerson()) {
  const place = await townshipWithVillage(client);
  const cadreId = await registerPerson(client, profile, place.villageId);
  const reviewId = await reviewCadre(client, place, cadreId);
  const appointment = {
    cadreId,
    villageId: place.villageId,
    ...SECRETARY_SEAT,
    method: 'ELECTION',
    appointedOn: DATES.appointed,
  };
  return { ...place, cadreId, reviewId, appointment };
}

/** A sitting party secretary, for the records that need one (benefits, portraits, mentoring). */
export async function appointedSecretary(client: CommandClient) {
  const fixture = await appointmentFixture(client);
  await client.run('AppointCadre', fixture.appointment);
  return fixture;
}
