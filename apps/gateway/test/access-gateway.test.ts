import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const ID_NUMBER = /\d{17}[\dX]/;
const PHONE = /1[3-9]\d{9}/;
const PERSONAL = `cadres(first: 100) { edges { node { id idNumber phone health familyMembers { name } benefits { kind } } } }`;

/** Roles against the real gateway over the Zhouwang data set: who sees and writes what. */
describe('access through the gateway', () => {
  let t: TestGateway;
  let villageA: string;
  let villageB: string;
  let cadreOfB: string;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    const { data } = await t.graphql('{ villages(first: 2) { edges { node { id seats { cadreId } } } } }');
    [villageA, villageB] = data.villages.edges.map((e: any) => e.node.id);
    cadreOfB = data.villages.edges[1].node.seats[0].cadreId;
  });
  afterAll(async () => {
    await t.stop();
  });

  it('never shows an external app an ID number, a phone, health, family or insurance details', async () => {
    const key = t.apiKey();
    const { data, errors } = await t.post(`{ ${PERSONAL} }`, {}, key);
    expect(errors).toBeUndefined();
    expect(data.cadres.edges.length).toBeGreaterThan(40);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(ID_NUMBER);
    expect(text).not.toMatch(PHONE);
    for (const { node } of data.cadres.edges) {
      expect(node.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(node.health ?? null).toBeNull();
      expect(node.familyMembers ?? null).toBeNull();
      expect(node.benefits ?? null).toBeNull();
    }
    const write = await t.post(
      'mutation($id: ID!) { registerVillage(commandId: $id, input: { townshipId: $id, name: "x", kind: VILLAGE }) { commandId } }',
      { id: randomUUID() },
      key,
    );
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('logs every unmasked read of personal data, for auditors only', async () => {
    const { data } = await t.graphql(`query($id: ID!) { cadre(id: $id) { idNumber phone } }`, {
      id: cadreOfB,
    });
    expect(data.cadre.idNumber).toMatch(ID_NUMBER);
    const auditor = await t.signInAs('AUDITOR');
    const log = await t.post(
      `query($id: ID) { personalDataReads(cadreId: $id) { actor cadreId fields operation readAt } }`,
      { id: cadreOfB },
      auditor,
    );
    expect(log.data.personalDataReads[0]).toMatchObject({ cadreId: cadreOfB, operation: 'cadre' });
    expect(log.data.personalDataReads[0].fields).toEqual(expect.arrayContaining(['idNumber', 'phone']));
    const asAdmin = await t.graphql('{ personalDataReads { cadreId } }');
    expect(asAdmin.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("shows a village secretary another village's name only, never its seats, reserve pool or warnings; an external app no warnings", async () => {
    const details =
      '{ villages(first: 20) { edges { node { id name seats { cadreId } reserveCadres { name } openWarnings { issueId } } } } }';
    const secretary = await t.signInAs('VILLAGE', villageA);
    const mine = (await t.post(details, {}, secretary)).data.villages.edges.map((e: any) => e.node);
    for (const village of mine) {
      expect(village.name).toEqual(expect.any(String));
      if (village.id === villageA) expect(village.seats.length).toBeGreaterThan(0);
      else expect([village.seats, village.reserveCadres, village.openWarnings]).toEqual([null, null, null]);
    }
    const one = await t.post(
      'query($id: ID!) { village(id: $id) { seats { cadreId } reserveCadres { name birthDate } } }',
      { id: villageB },
      secretary,
    );
    expect(one.data.village).toEqual({ seats: null, reserveCadres: null });
    const external = (await t.post(details, {}, t.apiKey())).data.villages.edges.map((e: any) => e.node);
    expect(external.every((v: any) => v.openWarnings === null && Array.isArray(v.seats))).toBe(true);
    const admin = (await t.graphql(details)).data.villages.edges.map((e: any) => e.node);
    expect(admin.some((v: any) => v.openWarnings.length > 0)).toBe(true);
  });

  it("refuses a village secretary's write onto another village's cadre even when the input names their own village", async () => {
    const secretary = await t.signInAs('VILLAGE', villageA);
    const before = await t.system.store.headPosition();
    const enlist = `mutation($c: ID!, $v: ID!, $id: ID!) { enlistReserveCadre(commandId: $id, input: { cadreId: $c, villageId: $v, source: VETERAN, tier: 2, enlistedOn: "2026-06-01" }) { duplicate } }`;
    const refused = await t.post(enlist, { c: cadreOfB, v: villageA, id: randomUUID() }, secretary);
    const unknown = await t.post(enlist, { c: randomUUID(), v: villageA, id: randomUUID() }, secretary);
    for (const answer of [refused, unknown]) {
      expect(answer.errors?.[0].extensions.code).toBe('FORBIDDEN');
      // the same words whether the cadre exists elsewhere or not at all: nothing about the other village
      expect(answer.errors?.[0].message).toBe('只能查看和记录本村（社区）的干部');
    }
    expect(await t.system.store.headPosition()).toBe(before);
  });

  it('keeps a village secretary to their own village, for reads and writes', async () => {
    const secretary = await t.signInAs('VILLAGE', villageA);
    const own = await t.post(
      '{ cadres(first: 200) { edges { node { village { id } idNumber } } } }',
      {},
      secretary,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.cadres.edges.every((e: any) => e.node.village.id === villageA)).toBe(true);
    expect(own.data.cadres.edges[0].node.idNumber).toMatch(ID_NUMBER);
    const other = await t.post(
      `query($v: ID) { cadres(villageId: $v) { totalCount } }`,
      { v: villageB },
      secretary,
    );
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const otherCadre = await t.post(
      `query($id: ID!) { cadre(id: $id) { name } }`,
      { id: cadreOfB },
      secretary,
    );
    expect(otherCadre.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const before = await t.system.store.headPosition();
    const training = `mutation($c: ID!, $id: ID!) { recordTraining(commandId: $id, input: { cadreId: $c, topic: "矛盾化解", kind: INTERNAL, trainedOn: "2026-06-01" }) { duplicate } }`;
    const refused = await t.post(training, { c: cadreOfB, id: randomUUID() }, secretary);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.system.store.headPosition()).toBe(before);
    const ownCadre = (
      await t.post('{ cadres(first: 1, role: COMMITTEE_MEMBER) { edges { node { id } } } }', {}, secretary)
    ).data.cadres.edges[0].node.id;
    const allowed = await t.post(training, { c: ownCadre, id: randomUUID() }, secretary);
    expect(allowed.errors).toBeUndefined();
    const [event] = await t.system.store.readAll({ after: before });
    expect(event!.metadata.actor).toMatch(/^user:/);
  });

  it('lets an auditor read the history but write nothing', async () => {
    const auditor = await t.signInAs('AUDITOR');
    const history = await t.post(
      `query($id: ID!) { cadreHistory(id: $id) { totalCount } }`,
      { id: cadreOfB },
      auditor,
    );
    expect(history.data.cadreHistory.totalCount).toBeGreaterThan(5);
    const write = await t.post(
      `mutation($c: ID!, $id: ID!) { honorCadre(commandId: $id, input: { cadreId: $c, title: "x", level: TOWNSHIP, awardingBody: "x", awardedOn: "2026-06-01" }) { duplicate } }`,
      { c: cadreOfB, id: randomUUID() },
      auditor,
    );
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('asks anonymous callers to sign in, and signs in with a password', async () => {
    const anonymous = await t.post('{ cadres { totalCount } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await t.system.accounts.createUser({
      username: 'clerk',
      password: 'correct horse battery',
      role: 'ADMIN',
    });
    const wrong = await t.post('mutation { signIn(username: "clerk", password: "nope") { token } }');
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const { data } = await t.post(
      'mutation { signIn(username: "clerk", password: "correct horse battery") { token user { role } } }',
    );
    expect(data.signIn.user.role).toBe('ADMIN');
    const me = await t.post('{ me { username } }', {}, { authorization: `Bearer ${data.signIn.token}` });
    expect(me.data.me.username).toBe('clerk');
  });
});
