import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const ME = '{ me { role permissions { field reach } } }';
const REVEAL =
  'query($id: ID!, $field: RevealableField!) { revealPersonalField(cadreId: $id, field: $field) }';
const READS = 'query($id: ID) { personalDataReads(cadreId: $id) { actor cadreId fields operation } }';

/** What a role may call, as the client's menus read it, and revealing one masked field on purpose. */
describe('me.permissions and revealPersonalField', () => {
  let t: TestGateway;
  let villageA: string;
  let cadreOfA: string;
  let cadreOfB: string;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    const { data } = await t.graphql('{ villages(first: 2) { edges { node { id seats { cadreId } } } } }');
    villageA = data.villages.edges[0].node.id;
    cadreOfA = data.villages.edges[0].node.seats[0].cadreId;
    cadreOfB = data.villages.edges[1].node.seats[0].cadreId;
  });
  afterAll(async () => {
    await t.stop();
  });

  const permissionsOf = async (headers: Record<string, string>) => {
    const { data, errors } = await t.post(ME, {}, headers);
    expect(errors).toBeUndefined();
    return new Map<string, string>(data.me.permissions.map((p: any) => [p.field, p.reach]));
  };

  it("answers each role's root fields from the one policy, with their reach", async () => {
    const admin = await permissionsOf(await t.signInAs('ADMIN'));
    expect(admin.get('registerCadre')).toBe('EVERYWHERE');
    expect(admin.get('eventLog')).toBe('EVERYWHERE');
    expect(admin.has('personalDataReads')).toBe(false);

    const secretary = await permissionsOf(await t.signInAs('VILLAGE', villageA));
    expect(secretary.get('appointCadre')).toBe('OWN_VILLAGE');
    expect(secretary.get('cadres')).toBe('OWN_VILLAGE');
    expect(secretary.get('villages')).toBe('EVERYWHERE');
    expect(secretary.has('registerCadre')).toBe(false);
    expect(secretary.has('eventLog')).toBe(false);

    const auditor = await permissionsOf(await t.signInAs('AUDITOR'));
    expect(auditor.get('personalDataReads')).toBe('EVERYWHERE');
    expect(auditor.get('integrityCheck')).toBe('EVERYWHERE');
    expect(auditor.has('appointCadre')).toBe(false);
    expect(auditor.has('registerCadre')).toBe(false);
  });

  it('answers null for a caller without an account', async () => {
    const { data } = await t.post(ME, {}, t.apiKey());
    expect(data.me).toBeNull();
  });

  it('shows lists the masked number without logging a read, and reveals it in clear as a logged read', async () => {
    const auditor = await t.signInAs('AUDITOR');
    const masked = await t.graphql('query($id: ID!) { cadre(id: $id) { maskedIdNumber maskedPhone } }', {
      id: cadreOfB,
    });
    expect(masked.data.cadre.maskedIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(masked.data.cadre.maskedPhone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const before = (await t.post(READS, { id: cadreOfB }, auditor)).data.personalDataReads;
    expect(before).toEqual([]);

    const revealed = await t.graphql(REVEAL, { id: cadreOfB, field: 'ID_NUMBER' });
    expect(revealed.errors).toBeUndefined();
    expect(revealed.data.revealPersonalField).toMatch(/^\d{17}[\dX]$/);
    expect(revealed.data.revealPersonalField.slice(0, 6)).toBe(masked.data.cadre.maskedIdNumber.slice(0, 6));
    const after = (await t.post(READS, { id: cadreOfB }, auditor)).data.personalDataReads;
    expect(after).toEqual([
      expect.objectContaining({ cadreId: cadreOfB, fields: ['idNumber'], operation: 'revealPersonalField' }),
    ]);
  });

  it("reveals to a village secretary their own village's cadres only, and to an external app nothing", async () => {
    const secretary = await t.signInAs('VILLAGE', villageA);
    const own = await t.post(REVEAL, { id: cadreOfA, field: 'PHONE' }, secretary);
    expect(own.errors).toBeUndefined();
    expect(own.data.revealPersonalField).toMatch(/^1\d{10}$/);
    const other = await t.post(REVEAL, { id: cadreOfB, field: 'PHONE' }, secretary);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const external = await t.post(REVEAL, { id: cadreOfA, field: 'ID_NUMBER' }, t.apiKey());
    expect(external.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const reads = (await t.post(READS, { id: cadreOfB }, await t.signInAs('AUDITOR'))).data.personalDataReads;
    expect(reads.filter((r: any) => r.fields.includes('phone'))).toEqual([]);
  });

  it("tells a village secretary of their own village's changes over ledgerChanged, not another's", async () => {
    const secretary = await t.signInAs('VILLAGE', villageA);
    const head = (await t.system.store.headPosition()).toString();
    const client = createClient({
      url: `${t.gateway.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: secretary.authorization },
    });
    const changes: any[] = [];
    const first = new Promise<void>((resolve, reject) => {
      client.subscribe(
        {
          query: `subscription { ledgerChanged(after: "${head}") { kind id type villageId } }`,
          variables: {},
        },
        {
          next: ({ data }) => {
            changes.push(data?.ledgerChanged);
            resolve();
          },
          error: reject,
          complete: resolve,
        },
      );
    });
    const correct = (id: string, name: string) =>
      t.graphql(
        `mutation($c: ID!, $id: ID!, $name: String!) { correctCadreProfile(commandId: $c, input: { cadreId: $id, changes: { phone: $name }, reason: "电话有误" }) { commandId } }`,
        { c: randomUUID(), id, name },
      );
    expect((await correct(cadreOfB, '13900000001')).errors).toBeUndefined();
    expect((await correct(cadreOfA, '13900000002')).errors).toBeUndefined();
    await first;
    await client.dispose();
    expect(changes[0]).toEqual({
      kind: 'cadre',
      id: cadreOfA,
      type: expect.any(String),
      villageId: villageA,
    });
  });

  it("names the reader, the cadre, and an event's actor and subject for the audit views", async () => {
    await t.graphql(REVEAL, { id: cadreOfA, field: 'ID_NUMBER' });
    const auditor = await t.signInAs('AUDITOR');
    const reads = await t.post(
      'query($id: ID) { personalDataReads(cadreId: $id) { actor actorName cadreId cadreName } }',
      { id: cadreOfA },
      auditor,
    );
    const dossier = await t.graphql('query($id: ID!) { cadre(id: $id) { name } }', { id: cadreOfA });
    expect(reads.data.personalDataReads[0]).toMatchObject({
      actorName: 'admin-1',
      cadreName: dossier.data.cadre.name,
    });
    const log = await t.post(
      'query($s: String) { eventLog(first: 1, filter: { streamId: $s }) { edges { node { actor actorName subjectName } } } }',
      { s: `village-${villageA}` },
      auditor,
    );
    const village = await t.graphql('query($id: ID!) { village(id: $id) { name } }', { id: villageA });
    expect(log.data.eventLog.edges[0].node.subjectName).toBe(village.data.village.name);
  });

  it('names the fields a caller may not see of a cadre, so the client can say 无权查看', async () => {
    const query = 'query($id: ID!) { cadre(id: $id) { withheldFields } }';
    const office = await t.graphql(query, { id: cadreOfA });
    expect(office.data.cadre.withheldFields).toEqual([]);
    const secretary = await t.post(query, { id: cadreOfA }, await t.signInAs('VILLAGE', villageA));
    expect(secretary.data.cadre.withheldFields).toEqual(
      expect.arrayContaining(['health', 'familyMembers', 'benefits']),
    );
    expect(secretary.data.cadre.withheldFields).not.toContain('idNumber');
    const external = await t.post(query, { id: cadreOfA }, t.apiKey());
    expect(external.data.cadre.withheldFields).toEqual(
      expect.arrayContaining(['idNumber', 'phone', 'health']),
    );
  });
});
