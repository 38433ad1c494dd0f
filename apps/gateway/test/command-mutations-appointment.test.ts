import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appointmentFixture,
  DATES,
  DEPARTMENTS,
  profileOf,
  registerPerson,
  reviewCadre,
  SECRETARY_SEAT,
  townshipWithVillage,
} from './support/appointment-fixture.js';
import { type CommandClient, commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

describe('凡进必审: appointing a cadre through the command mutations', () => {
  let t: TestGateway;
  let client: CommandClient;
  beforeAll(async () => {
    t = await startTestGateway();
    client = commandClient(t);
  });
  afterAll(() => t.stop());

  it('registers a township, a village and a person, runs the joint review and appoints', async () => {
    const township = await client.run('RegisterTownship', {
      name: '周王镇',
      district: '长丰县',
      settings: { reviewingDepartments: DEPARTMENTS },
    });
    expect(township.duplicate).toBe(false);
    const townshipId = township.derivedIds[0].id;
    expect(township.derivedIds).toEqual([{ field: 'townshipId', id: townshipId }]);
    expect(township.ids).toEqual([{ category: 'township', id: townshipId, role: 'township' }]);

    const village = await client.run('RegisterVillage', { townshipId, name: '周王村', kind: 'VILLAGE' });
    const villageId = village.derivedIds[0].id;
    expect(village.ids).toEqual([
      { category: 'village', id: villageId, role: 'village' },
      { category: 'township', id: townshipId, role: 'township' },
    ]);

    const cadreId = await registerPerson(client);
    const opened = await client.run('OpenQualificationReview', {
      cadreId,
      townshipId,
      villageId,
      ...SECRETARY_SEAT,
      openedOn: DATES.opened,
    });
    const reviewId = opened.derivedIds[0].id;
    expect(opened.derivedIds).toEqual([{ field: 'reviewId', id: reviewId }]);
    expect(opened.ids.map((ref: any) => ref.category)).toEqual(['cadre', 'village', 'township']);

    for (const { code } of DEPARTMENTS) {
      await client.run('RecordDepartmentVerdict', {
        cadreId,
        reviewId,
        department: code,
        verdict: 'APPROVED',
        decidedOn: DATES.decided,
      });
    }
    await client.run('ConcludeQualificationReview', { cadreId, reviewId, concludedOn: DATES.concluded });
    const appointed = await client.run('AppointCadre', {
      cadreId,
      villageId,
      ...SECRETARY_SEAT,
      method: 'ELECTION',
      appointedOn: DATES.appointed,
    });

    expect(appointed.cadre).toMatchObject({
      id: cadreId,
      villageId,
      posts: [{ villageId, ...SECRETARY_SEAT }],
    });
    expect(await client.typesIn(`cadre-${cadreId}`)).toEqual([
      'CadreRegistered',
      'QualificationReviewOpened',
      ...DEPARTMENTS.map(() => 'DepartmentVerdictRecorded'),
      'QualificationReviewConcluded',
      'CadreAppointed',
    ]);
    expect(await client.typesIn(`village-${villageId}`)).toEqual(['VillageRegistered', 'SeatFilled']);
  });

  it('refuses to appoint before a review is concluded: QUALIFICATION_REVIEW_REQUIRED', async () => {
    const { appointment, ...place } = await appointmentFixture(client);
    const unreviewed = await registerPerson(client, profileOf('李四', 'MALE', '1985-03-08'));
    const { errors } = await client.send('AppointCadre', { ...appointment, cadreId: unreviewed });
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'QUALIFICATION_REVIEW_REQUIRED',
      field: 'cadreId',
    });
    expect(await client.typesIn(`village-${place.villageId}`)).toEqual(['VillageRegistered']);
  });

  it('refuses to appoint when one department rejected: QUALIFICATION_REVIEW_REJECTED', async () => {
    const place = await townshipWithVillage(client);
    const cadreId = await registerPerson(client);
    await reviewCadre(client, place, cadreId, (department) =>
      department === 'PUBLIC_SECURITY' ? 'REJECTED' : 'APPROVED',
    );
    const concluded = (await t.system.store.readStream(`cadre-${cadreId}`)).at(-1)!;
    expect(concluded.data).toMatchObject({ outcome: 'REJECTED' });

    const { errors } = await client.send('AppointCadre', {
      cadreId,
      villageId: place.villageId,
      ...SECRETARY_SEAT,
      method: 'ELECTION',
      appointedOn: DATES.appointed,
    });
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'QUALIFICATION_REVIEW_REJECTED',
    });
    expect(errors![0].message).toBe('该干部最近一次资格审查未通过');
  });

  it('refuses an appointment to a seat the review was not for: QUALIFICATION_REVIEW_FOR_OTHER_SEAT', async () => {
    const { appointment } = await appointmentFixture(client);
    const chair = { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' };
    const { errors } = await client.send('AppointCadre', { ...appointment, ...chair });
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'QUALIFICATION_REVIEW_FOR_OTHER_SEAT',
      field: 'position',
      messages: { en: expect.stringContaining('another seat') },
    });
    expect(errors![0].message).toContain('另一个职务');
    expect(await client.typesIn(`cadre-${appointment.cadreId}`)).not.toContain('CadreAppointed');
    expect(await client.typesIn(`village-${appointment.villageId}`)).toEqual(['VillageRegistered']);
  });

  it('refuses a second party secretary for the village: SEAT_TAKEN, in the language asked for', async () => {
    const { appointment, ...place } = await appointmentFixture(client);
    await client.run('AppointCadre', appointment);
    const rival = await registerPerson(client, profileOf('王五', 'MALE', '1979-11-30'));
    await reviewCadre(client, place, rival);
    const second = { ...appointment, cadreId: rival };

    const { errors } = await client.send('AppointCadre', second, { headers: { 'accept-language': 'en' } });
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'SEAT_TAKEN', field: 'position' });
    expect(errors![0].message).toBe('Someone already holds this seat; record their departure first');
    expect(await client.typesIn(`cadre-${rival}`)).not.toContain('CadreAppointed');
  });

  it('writes a retried command once and answers it as a duplicate with the same derived ids', async () => {
    const place = await townshipWithVillage(client);
    const cadreId = await registerPerson(client);
    const commandId = randomUUID();
    const input = { cadreId, ...place, ...SECRETARY_SEAT, openedOn: DATES.opened };
    const first = await client.run('OpenQualificationReview', input, { commandId });
    const head = await t.system.store.headPosition();

    const again = await client.run('OpenQualificationReview', input, { commandId });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await t.system.store.headPosition()).toBe(head);
  });

  type Fixture = { townshipId: string; villageId: string; cadreId: string };
  const reviewFor = (f: Fixture) => ({ ...f, ...SECRETARY_SEAT, openedOn: DATES.opened });
  const committeeReviewOf = (f: Fixture) => ({
    villageId: f.villageId,
    period: '2024年届中',
    reviewedOn: '2024-06-30',
    findings: '班子运转正常',
  });

  it.each([
    {
      case: 'a position not on the chosen committee',
      command: 'OpenQualificationReview' as const,
      input: (f: Fixture) => ({ ...reviewFor(f), committee: 'RESIDENTS_COMMITTEE' }),
      rule: 'POSITION_NOT_ON_COMMITTEE',
      field: 'position',
    },
    {
      case: 'a date that is not a real date',
      command: 'OpenQualificationReview' as const,
      input: (f: Fixture) => ({ ...reviewFor(f), openedOn: '2021-02-30' }),
      rule: 'INVALID_DATE',
      field: 'openedOn',
    },
    {
      case: 'an empty description in a list',
      command: 'RecordCommitteeReview' as const,
      input: (f: Fixture) => ({ ...committeeReviewOf(f), earlyWarnings: [{ description: '  ' }] }),
      rule: 'REQUIRED',
      field: 'earlyWarnings.0.description',
    },
  ])('answers $case with BAD_USER_INPUT, the rule and the field path, and writes nothing', async (bad) => {
    const fixture = { ...(await townshipWithVillage(client)), cadreId: await registerPerson(client) };
    const head = await t.system.store.headPosition();
    const { errors } = await client.send(bad.command, bad.input(fixture));
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: bad.rule, field: bad.field });
    expect(await t.system.store.headPosition()).toBe(head);
  });

  it('answers a value outside a GraphQL enum with BAD_USER_INPUT before any command runs', async () => {
    const head = await t.system.store.headPosition();
    const { errors } = await client.send('RegisterVillage', {
      townshipId: randomUUID(),
      name: '河湾村',
      kind: 'HAMLET',
    });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await t.system.store.headPosition()).toBe(head);
  });

  it('keeps the reason in the metadata of every event the command writes', async () => {
    const { appointment } = await appointmentFixture(client);
    const reason = '村党组织换届选举结果报镇党委备案';
    const commandId = randomUUID();
    await client.run('AppointCadre', appointment, { commandId, reason });
    const written = (await t.system.store.readAll()).filter((e) => e.metadata.commandId === commandId);
    expect(written.map((e) => e.type).sort()).toEqual(['CadreAppointed', 'SeatFilled']);
    for (const event of written)
      expect(event.metadata).toMatchObject({ reason, actor: expect.stringMatching(/^user:/) });
  });
});
