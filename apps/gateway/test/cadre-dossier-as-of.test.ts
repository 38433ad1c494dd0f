import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileOf, townshipWithVillage } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { noonOf } from './support/zhouwang-day.js';

const TODAY = '2026-06-01';
const DOSSIER = `id name educationLevel onTheJobEducation { level degree school major }
  education { programme school level enrolledOn completedOn degree } posts { position } trainings { topic } registeredAt`;

/** `cadre` and `cadreAsOf { cadre }`: one dossier, today's from the read model, a past one from the fold. */
describe('the dossier today and as of a past day', () => {
  let t: TestGateway;
  let cadreId: string;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(TODAY) });
    const client = commandClient(t);
    const { villageId } = await townshipWithVillage(client);
    const registered = await client.run('RegisterCadre', {
      villageId,
      profile: { ...profileOf('赵敏', 'FEMALE', '1988-04-02'), educationLevel: 'SENIOR_HIGH' },
      registeredOn: '2018-03-01',
    });
    cadreId = registered.cadre.id;
    await client.run('EnrollEducation', {
      cadreId,
      programme: '学历提升计划',
      school: '安徽农业大学',
      level: 'BACHELOR',
      enrolledOn: '2019-09-01',
    });
    await client.run('CompleteEducation', { cadreId, degree: '学士', completedOn: '2022-07-01' });
  });
  afterAll(() => t.stop());

  it('answers the same dossier for today, with the education completed raising level and on-the-job record', async () => {
    const { data, errors } = await t.graphql(
      `query($id: ID!) { cadre(id: $id) { ${DOSSIER} } asOf: cadreAsOf(id: $id, asOf: "${TODAY}") { cadre { ${DOSSIER} } } }`,
      { id: cadreId },
    );
    expect(errors).toBeUndefined();
    expect(data.cadre).toMatchObject({
      educationLevel: 'BACHELOR',
      onTheJobEducation: { level: 'BACHELOR', degree: '学士', school: '安徽农业大学', major: '学历提升计划' },
      education: [{ level: 'BACHELOR', enrolledOn: '2019-09-01', completedOn: '2022-07-01', degree: '学士' }],
    });
    expect(data.asOf.cadre).toEqual(data.cadre);
  });

  it('answers the dossier as it stood while studying, and none before registration', async () => {
    const { data, errors } = await t.graphql(
      `query($id: ID!) {
        studying: cadreAsOf(id: $id, asOf: "2021-01-01") { educationLevel cadre { ${DOSSIER} } }
        before: cadreAsOf(id: $id, asOf: "2017-01-01") { registered cadre { id } } }`,
      { id: cadreId },
    );
    expect(errors).toBeUndefined();
    expect(data.studying.educationLevel).toBe('SENIOR_HIGH');
    expect(data.studying.cadre).toMatchObject({
      educationLevel: 'SENIOR_HIGH',
      onTheJobEducation: null,
      education: [{ level: 'BACHELOR', enrolledOn: '2019-09-01', completedOn: null, degree: null }],
    });
    expect(data.before).toEqual({ registered: false, cadre: null });
  });

  it('logs an unmasked ID number a past dossier showed, as it does for today', async () => {
    const auditor = await t.signInAs('AUDITOR');
    const past = await t.post(
      `query($id: ID!) { cadreAsOf(id: $id, asOf: "2021-01-01") { cadre { idNumber } } }`,
      { id: cadreId },
      auditor,
    );
    expect(past.data.cadreAsOf.cadre.idNumber).toMatch(/^\d{17}[\dX]$/);
    const log = await t.post(
      'query($id: ID) { personalDataReads(cadreId: $id) { cadreId fields } }',
      { id: cadreId },
      auditor,
    );
    expect(log.data.personalDataReads).toEqual([{ cadreId, fields: ['idNumber'] }]);
  });
});
