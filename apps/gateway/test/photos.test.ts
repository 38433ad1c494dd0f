import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';
import { townshipWithVillage } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { FORM_NOW, formCadre, pngPhoto, uploadPhoto } from './support/form-fixture.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const CHANGE_PHOTO = `mutation Photo($commandId: ID!, $input: ChangeCadrePhotoInput!) {
  changeCadrePhoto(commandId: $commandId, input: $input) { position }
}`;
const CADRE = `query Cadre($id: ID!) { cadre(id: $id) { photoUrl notes partyJoinDate probationaryMembershipDate fullMembershipDate } }`;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function started(): Promise<TestGateway> {
  const t = await startTestGateway({ now: FORM_NOW });
  cleanups.push(() => t.stop());
  return t;
}

const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe('photos', () => {
  it('refuses a non-image and an oversized file, in zh-CN and en, and keeps nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cadre-photos-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const system = await openSystem({ dataDir, now: FORM_NOW });
    const gateway = await startGateway({ system, port: 0 });
    cleanups.push(async () => {
      await gateway.stop();
      await system.close();
    });
    await system.accounts.createUser({ username: 'office', password: 'office-password-1', role: 'ADMIN' });
    const { token } = await system.accounts.signIn('office', 'office-password-1');
    const admin = { authorization: `Bearer ${token}` };
    const t = {
      graphql: async (query: string, variables: object) =>
        (
          await fetch(`${gateway.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...admin },
            body: JSON.stringify({ query, variables }),
          })
        ).json() as Promise<any>,
    };
    const client = commandClient(t as unknown as TestGateway);
    const cadreId = await formCadre(client, await townshipWithVillage(client));
    const before = await system.store.headPosition();

    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    for (const [bytes, status, rule] of [
      [Buffer.from('%PDF-1.7 not a photo'), 400, 'PHOTO_TYPE'],
      [gif, 400, 'PHOTO_TYPE'],
      [Buffer.concat([jpegHeader, Buffer.alloc(2 * 1024 * 1024)]), 413, 'PHOTO_TOO_LARGE'],
    ] as const) {
      for (const language of ['zh-CN', 'en']) {
        const answer = await uploadPhoto(gateway.url, cadreId, bytes, {
          ...admin,
          'accept-language': language,
        });
        expect(answer.status).toBe(status);
        expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule });
        expect(answer.body.errors[0].message).toMatch(
          language === 'en' ? /^[\x20-\x7E]+$/ : /\p{Script=Han}/u,
        );
      }
    }
    expect(existsSync(join(dataDir, 'photos'))).toBe(false);
    expect(await system.store.headPosition()).toBe(before);

    // a real one is kept by its hash, 0600 in a 0700 folder, and nothing enters the ledger until it is put on file
    const photo = pngPhoto();
    const kept = await uploadPhoto(gateway.url, cadreId, photo, admin);
    expect(kept.status).toBe(201);
    expect(kept.body).toMatchObject({ contentType: 'image/png', size: photo.length });
    expect(readdirSync(join(dataDir, 'photos'))).toEqual([kept.body.sha256]);
    expect(statSync(join(dataDir, 'photos', kept.body.sha256)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'photos')).mode & 0o777).toBe(0o700);
    expect(await system.store.headPosition()).toBe(before);
  });

  it('puts a stored photo on file and shows it only to roles that may see the cadre with identifiers', async () => {
    const t = await started();
    const client = commandClient(t);
    const place = await townshipWithVillage(client);
    const other = await client.run('RegisterVillage', {
      townshipId: place.townshipId,
      name: '东风社区',
      kind: 'COMMUNITY',
    });
    const cadreId = await formCadre(client, place);
    const admin = await t.signInAs('ADMIN');
    const photo = pngPhoto(20, 30, 90);
    const { body } = await uploadPhoto(t.gateway.url, cadreId, photo, admin);

    const missing = await t.graphql(CHANGE_PHOTO, {
      commandId: crypto.randomUUID(),
      input: { cadreId, photoSha256: 'a'.repeat(64) },
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'PHOTO_NOT_FOUND' });
    const set = await t.graphql(CHANGE_PHOTO, {
      commandId: crypto.randomUUID(),
      input: { cadreId, photoSha256: body.sha256, changedOn: '2026-11-02' },
    });
    expect(set.errors).toBeUndefined();
    const again = await t.graphql(CHANGE_PHOTO, {
      commandId: crypto.randomUUID(),
      input: { cadreId, photoSha256: body.sha256 },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ rule: 'PHOTO_UNCHANGED' });

    const asAdmin = await t.graphql(CADRE, { id: cadreId });
    expect(asAdmin.data.cadre).toMatchObject({
      photoUrl: `/photos/${body.sha256}`,
      partyJoinDate: '2003-06-01',
    });
    const asExternal = await t.post(CADRE, { id: cadreId }, t.apiKey());
    expect(asExternal.data.cadre.photoUrl).toBeNull();

    const get = (headers: Record<string, string>, id = cadreId) =>
      fetch(`${t.gateway.url}/photos/${body.sha256}?cadreId=${id}`, { headers });
    const shown = await get(admin);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await shown.arrayBuffer()).equals(photo)).toBe(true);
    expect((await get(await t.signInAs('AUDITOR'))).status).toBe(200);
    expect((await get(await t.signInAs('VILLAGE', place.villageId))).status).toBe(200);
    expect((await get(await t.signInAs('VILLAGE', other.ids[0].id))).status).toBe(403);
    expect((await get(t.apiKey())).status).toBe(403);
    expect((await get({})).status).toBe(401);
    // only for a cadre whose file named it
    const stranger = await formCadre(client, place, 9);
    expect((await get(admin, stranger)).status).toBe(404);
  });

  it('reads notes and the membership dates back where the role may see them', async () => {
    const t = await started();
    const client = commandClient(t);
    const cadreId = await formCadre(client, await townshipWithVillage(client));
    await client.run('CorrectCadreProfile', {
      cadreId,
      changes: {
        notes: '拟作为换届人选',
        probationaryMembershipDate: '2003-06-01',
        fullMembershipDate: '2004-06-01',
      },
      reason: '档案核对',
    });
    const asAdmin = await t.graphql(CADRE, { id: cadreId });
    expect(asAdmin.data.cadre).toMatchObject({
      notes: '拟作为换届人选',
      probationaryMembershipDate: '2003-06-01',
      fullMembershipDate: '2004-06-01',
    });
    const asExternal = await t.post(CADRE, { id: cadreId }, t.apiKey());
    expect(asExternal.data.cadre).toMatchObject({ notes: null, fullMembershipDate: '2004-06-01' });
  });

  it('leaves the disk with its person’s erasure; a photo another cadre shows stays', async () => {
    const t = await started();
    const client = commandClient(t);
    const place = await townshipWithVillage(client);
    const erasedOne = await formCadre(client, place);
    const other = await formCadre(client, place, 9);
    const admin = await t.signInAs('ADMIN');
    const own = (await uploadPhoto(t.gateway.url, erasedOne, pngPhoto(20, 30, 40), admin)).body.sha256;
    const shared = (await uploadPhoto(t.gateway.url, erasedOne, pngPhoto(20, 30, 200), admin)).body.sha256;
    const setPhoto = (cadreId: string, photoSha256: string) =>
      t.graphql(CHANGE_PHOTO, { commandId: crypto.randomUUID(), input: { cadreId, photoSha256 } });
    expect((await setPhoto(erasedOne, own)).errors).toBeUndefined();
    expect((await setPhoto(erasedOne, shared)).errors).toBeUndefined();
    expect((await setPhoto(other, shared)).errors).toBeUndefined();

    const erase = await t.graphql(
      `mutation Erase($commandId: ID!, $input: ErasePersonalDataInput!) {
        erasePersonalData(commandId: $commandId, input: $input) { position } }`,
      { commandId: crypto.randomUUID(), input: { cadreId: erasedOne } },
    );
    expect(erase.errors).toBeUndefined();
    expect(t.system.photos.get(own)).toBeUndefined();
    expect(t.system.photos.get(shared)).toBeDefined();
  });
});
