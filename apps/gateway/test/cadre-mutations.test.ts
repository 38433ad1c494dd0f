import { randomUUID } from 'node:crypto';
import { idNumberCheckChar } from '@cadre/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appointmentFixture, homePlaceOf, profileOf } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const REGISTER = `mutation Register($commandId: ID!, $input: RegisterCadreInput!) {
  registerCadre(commandId: $commandId, input: $input) { commandId duplicate position cadre { id name idNumber } }
}`;
const APPOINT = `mutation Appoint($commandId: ID!, $input: AppointCadreInput!) {
  appointCadre(commandId: $commandId, input: $input) { duplicate cadre { id villageId posts { position committee appointedOn } } }
}`;
const ROSTER = `query Roster($first: Int, $after: String) {
  cadres(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
}`;

const profile = {
  name: '张三',
  gender: 'FEMALE',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002X',
  educationLevel: 'BACHELOR',
};

describe('cadre mutations through the gateway', () => {
  let t: TestGateway;
  let villageId: string;
  /** Where the store stood once the village was set up: a refused command leaves it there. */
  let setUp: bigint;
  /** A registration's input: the person's file, in the village set up for each test. */
  const registration = (file: object) => ({ villageId, profile: file });
  beforeEach(async () => {
    t = await startTestGateway();
    ({ villageId } = await homePlaceOf(commandClient(t)));
    setUp = await t.system.store.headPosition();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('registers a cadre, answers once the roster shows them, and stores the event with its actor', async () => {
    const commandId = randomUUID();
    const { data, errors } = await t.graphql(REGISTER, { commandId, input: registration(profile) });
    expect(errors).toBeUndefined();
    expect(data.registerCadre.duplicate).toBe(false);
    expect(data.registerCadre.cadre.name).toBe('张三');
    const roster = await t.graphql(ROSTER);
    expect(roster.data.cadres.totalCount).toBe(1);
    const events = (await t.system.store.readAll()).filter((e) => e.metadata.commandId === commandId);
    // the ID number's reservation, then the file itself
    expect(events.map((e) => e.type)).toEqual(['IdNumberReserved', 'CadreRegistered']);
    expect(events[1]!.metadata).toMatchObject({
      actor: expect.stringMatching(/^user:/),
      commandId,
      schemaVersion: 2,
    });
  });

  it('writes a retried command (same command id) only once, and says it was a duplicate', async () => {
    const commandId = randomUUID();
    const first = await t.graphql(REGISTER, { commandId, input: registration(profile) });
    const again = await t.graphql(REGISTER, { commandId, input: registration(profile) });
    expect(again.errors).toBeUndefined();
    expect(again.data.registerCadre.duplicate).toBe(true);
    expect(again.data.registerCadre.cadre.id).toBe(first.data.registerCadre.cadre.id);
    expect((await t.system.store.readAll()).filter((e) => e.type === 'CadreRegistered')).toHaveLength(1);
  });

  it('rejects a missing name with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const { errors } = await t.graphql(REGISTER, {
      commandId: randomUUID(),
      input: registration({ ...profile, name: '  ' }),
    });
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'profile.name',
      rule: 'REQUIRED',
    });
    expect(errors![0].message).toBe('姓名不能为空');
    expect(await t.system.store.headPosition()).toBe(setUp);
  });

  it('rejects a malformed ID number in the language the client asks for, and writes nothing', async () => {
    const bad = { ...profile, idNumber: '110105194912310021' };
    const zh = await t.graphql(REGISTER, { commandId: randomUUID(), input: registration(bad) });
    expect(zh.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'profile.idNumber',
      rule: 'ID_NUMBER_CHECK_DIGIT',
    });
    expect(zh.errors![0].message).toContain('身份证号校验码错误');
    const en = await t.graphql(
      REGISTER,
      { commandId: randomUUID(), input: registration(bad) },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(en.errors![0].message).toBe('The ID number fails its check digit (GB 11643)');
    const short = await t.graphql(REGISTER, {
      commandId: randomUUID(),
      input: registration({ ...profile, idNumber: '1234' }),
    });
    expect(short.errors![0].extensions.rule).toBe('ID_NUMBER_FORMAT');
    expect(await t.system.store.headPosition()).toBe(setUp);
  });

  it('rejects a gender that disagrees with the ID number', async () => {
    const { errors } = await t.graphql(REGISTER, {
      commandId: randomUUID(),
      input: registration({ ...profile, gender: 'MALE' }),
    });
    expect(errors![0].extensions).toMatchObject({
      rule: 'ID_NUMBER_GENDER_MISMATCH',
      field: 'profile.gender',
    });
    expect(await t.system.store.headPosition()).toBe(setUp);
  });

  it('appoints a cadre approved by the joint review, and refuses to appoint an unknown one', async () => {
    const { appointment } = await appointmentFixture(commandClient(t));
    const { data, errors } = await t.graphql(APPOINT, { commandId: randomUUID(), input: appointment });
    expect(errors).toBeUndefined();
    expect(data.appointCadre.cadre).toMatchObject({
      villageId: appointment.villageId,
      posts: [{ position: 'PARTY_SECRETARY', appointedOn: appointment.appointedOn }],
    });
    const unknown = await t.graphql(APPOINT, {
      commandId: randomUUID(),
      input: { ...appointment, cadreId: randomUUID() },
    });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'CADRE_NOT_FOUND' });
  });

  it('pages the roster with cursors', async () => {
    for (let i = 0; i < 3; i++) {
      const { errors } = await t.graphql(REGISTER, {
        commandId: randomUUID(),
        input: registration(profileOf(`干部${i}`, 'FEMALE', '1980-05-12', i + 1)),
      });
      expect(errors).toBeUndefined();
    }
    const first = await t.graphql(ROSTER, { first: 2 });
    expect(first.data.cadres.edges.map((e: any) => e.node.name)).toEqual(['干部0', '干部1']);
    expect(first.data.cadres.pageInfo.hasNextPage).toBe(true);
    const second = await t.graphql(ROSTER, { first: 2, after: first.data.cadres.pageInfo.endCursor });
    expect(second.data.cadres.edges.map((e: any) => e.node.name)).toEqual(['干部2']);
    expect(second.data.cadres.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an ID number from no administrative division (GB/T 2260), and writes nothing', async () => {
    const first17 = '34999919800101001';
    const nowhere = {
      ...profileOf('张三', 'MALE', '1980-01-01'),
      idNumber: first17 + idNumberCheckChar(first17),
    };
    const { errors } = await t.graphql(REGISTER, { commandId: randomUUID(), input: registration(nowhere) });
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'ID_NUMBER_AREA_CODE',
      field: 'profile.idNumber',
    });
    expect(errors![0].message).toBe('身份证号前6位不是有效的行政区划代码（GB/T 2260）');
    expect(await t.system.store.headPosition()).toBe(setUp);
    expect((await t.graphql(ROSTER)).data.cadres.totalCount).toBe(0);
  });

  it('refuses a second file for an ID number already in the ledger, and writes nothing', async () => {
    await t.graphql(REGISTER, { commandId: randomUUID(), input: registration(profile) });
    const head = await t.system.store.headPosition();
    const twin = await t.graphql(REGISTER, {
      commandId: randomUUID(),
      input: registration({ ...profile, name: '李四' }),
    });
    expect(twin.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'ID_NUMBER_TAKEN',
      field: 'profile.idNumber',
    });
    expect(twin.errors![0].message).toBe('该身份证号已登记在另一名干部的档案中');
    expect(await t.system.store.headPosition()).toBe(head);
    expect((await t.graphql(ROSTER)).data.cadres.totalCount).toBe(1);
  });

  it('lets one of two concurrent registrations of one ID number through, and refuses the other', async () => {
    const attempts = await Promise.all(
      ['王五', '赵六', '钱七', '孙八'].map((name) =>
        t.graphql(REGISTER, { commandId: randomUUID(), input: registration({ ...profile, name }) }),
      ),
    );
    expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
    for (const refused of attempts.filter((a) => a.errors))
      expect(refused.errors![0].extensions.rule).toBe('ID_NUMBER_TAKEN');
    expect((await t.graphql(ROSTER)).data.cadres.totalCount).toBe(1);
  });

  it('refuses a command id reused for another registration, in zh-CN and en, and writes nothing', async () => {
    const commandId = randomUUID();
    await t.graphql(REGISTER, { commandId, input: registration(profile) });
    const head = await t.system.store.headPosition();
    const other = registration(profileOf('李四', 'MALE', '1985-03-08', 7));
    const zh = await t.graphql(REGISTER, { commandId, input: other });
    expect(zh.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'COMMAND_ID_REUSED' });
    expect(zh.errors![0].message).toContain('命令编号');
    const en = await t.graphql(REGISTER, { commandId, input: other }, { 'accept-language': 'en' });
    expect(en.errors![0].message).toContain('command id');
    expect(await t.system.store.headPosition()).toBe(head);
  });
});
