import { findCadre } from '@cadre/projections';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { townshipWithVillage } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import {
  FORM_ENTRIES,
  FORM_NOW,
  formCadre,
  fullProfile,
  pngPhoto,
  uploadPhoto,
} from './support/form-fixture.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const DOCUMENT = `query Form($cadreId: ID!, $asOf: String, $position: String, $format: AppointmentFormFormat!) {
  appointmentFormDocument(cadreId: $cadreId, asOf: $asOf, position: $position, format: $format) {
    fileName contentType base64 position chainHead masked
  }
}`;
const IMPORT = `mutation Import($input: ImportLrmxInput!) {
  importLrmx(input: $input) { cadreId registered corrected photoChanged formPrepared position }
}`;
const CHANGE_PHOTO = `mutation Photo($commandId: ID!, $input: ChangeCadrePhotoInput!) {
  changeCadrePhoto(commandId: $commandId, input: $input) { position }
}`;

const gateways: TestGateway[] = [];
afterEach(async () => {
  for (const t of gateways.splice(0)) await t.stop();
});

async function gatewayWithCadre() {
  const t = await startTestGateway({ now: FORM_NOW });
  gateways.push(t);
  const client = commandClient(t);
  const place = await townshipWithVillage(client);
  const cadreId = await formCadre(client, place);
  return { t, client, place, cadreId };
}

/** The document as the admin asks for it, or with exactly `headers` (another caller). */
async function documentOf(
  t: TestGateway,
  variables: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  const { data, errors } = headers
    ? await t.post(DOCUMENT, variables, headers)
    : await t.graphql(DOCUMENT, variables);
  expect(errors).toBeUndefined();
  return data.appointmentFormDocument as {
    base64: string;
    position: string;
    chainHead: string;
    fileName: string;
    masked: boolean;
  };
}

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const headPosition = async (t: TestGateway) => (await t.system.store.headPosition()).toString();

/** The fields an .lrmx carries of a personal file (it has no phone, notes or membership dates). */
const LRMX_PROFILE_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'idNumber',
  'nativePlace',
  'birthplace',
  'politicalStatus',
  'partyJoinDate',
  'workStartDate',
  'health',
  'professionalTitle',
  'speciality',
  'educationLevel',
  'fullTimeEducation',
  'onTheJobEducation',
  'resume',
  'rewardsAndPenalties',
  'familyMembers',
  'photoUrl',
] as const;
const carried = (profile: Record<string, unknown>) =>
  Object.fromEntries(LRMX_PROFILE_FIELDS.map((field) => [field, profile[field]]));

describe('the 干部任免审批表 as .lrmx', () => {
  it('exported and imported into an empty ledger gives the same profile, photo and form entries', async () => {
    const { t, cadreId } = await gatewayWithCadre();
    const admin = await t.signInAs('ADMIN');
    const upload = await uploadPhoto(t.gateway.url, cadreId, pngPhoto(), admin);
    expect(upload.status).toBe(201);
    const photo = await t.graphql(CHANGE_PHOTO, {
      commandId: crypto.randomUUID(),
      input: { cadreId, photoSha256: upload.body.sha256, changedOn: '2026-11-01' },
    });
    expect(photo.errors).toBeUndefined();
    const file = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'LRMX' });
    const xml = bytesOf(file).toString('utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain(
      `<!--cadre-ledger-provenance:v1;position=${file.position};head=${file.chainHead}-->`,
    );
    expect(xml).toContain('<XingMing>李明华</XingMing>');
    expect(xml).toContain('<ChuShengNianYue>198003</ChuShengNianYue>');
    expect(xml).toContain('<JiSuanNianLingShiJian>20261130</JiSuanNianLingShiJian>');
    expect(xml).toContain('<NianDuKaoHeJieGuo>2025年度考核优秀</NianDuKaoHeJieGuo>');
    expect(xml).toContain(`<ShenFenZheng>${fullProfile().idNumber}</ShenFenZheng>`);
    expect(xml).toMatch(/<JiaTingChengYuan>\s*<Item>\s*<ChengWei>妻子<\/ChengWei>/);
    expect(xml).toContain(`<ZhaoPian>${pngPhoto().toString('base64')}</ZhaoPian>`);

    const empty = await startTestGateway({ now: FORM_NOW });
    gateways.push(empty);
    const place = await townshipWithVillage(commandClient(empty));
    const imported = await empty.graphql(IMPORT, {
      input: { base64: file.base64, villageId: place.villageId, importedOn: '2026-12-01' },
    });
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importLrmx).toMatchObject({
      registered: true,
      photoChanged: true,
      formPrepared: true,
    });
    const original = findCadre(t.system.readModels, cadreId)!.profile;
    const copy = findCadre(empty.system.readModels, imported.data.importLrmx.cadreId)!.profile;
    expect(carried(copy)).toEqual(carried(original));
    expect(empty.system.photos.get(upload.body.sha256)?.bytes.equals(pngPhoto())).toBe(true);

    // the same file again is the same commands: nothing written twice
    const before = await headPosition(empty);
    const again = await empty.graphql(IMPORT, {
      input: { base64: file.base64, villageId: place.villageId, importedOn: '2026-12-01' },
    });
    expect(again.errors).toBeUndefined();
    expect(await headPosition(empty)).toBe(before);

    // and the form exported from the copy says what the original's said
    const copied = await documentOf(empty, {
      cadreId: imported.data.importLrmx.cadreId,
      asOf: '2026-12-01',
      format: 'LRMX',
    });
    const entries = bytesOf(copied).toString('utf8');
    expect(entries).toContain(`<NiRenZhiWu>${FORM_ENTRIES.proposedPost}</NiRenZhiWu>`);
    expect(entries).toContain('<TianBiaoShiJian>20261120</TianBiaoShiJian>');
  });

  it('refuses a file with a missing or unreadable field, naming it, and writes nothing', async () => {
    const { t, place, cadreId } = await gatewayWithCadre();
    const file = await documentOf(t, { cadreId, format: 'LRMX' });
    const xml = bytesOf(file).toString('utf8').replace(fullProfile().idNumber, fullProfile(8).idNumber);
    const cases: [string, string, string][] = [
      [xml.replace(/<XingMing>[^<]*<\/XingMing>/, '<XingMing />'), 'LRMX_FIELD_MISSING', 'XingMing'],
      [xml.replace('<XingBie>男</XingBie>', '<XingBie>M</XingBie>'), 'LRMX_FIELD_INVALID', 'XingBie'],
      [
        xml.replace('<RuDangShiJian>200306</RuDangShiJian>', '<RuDangShiJian>2003年底</RuDangShiJian>'),
        'LRMX_FIELD_INVALID',
        'RuDangShiJian',
      ],
      [
        xml.replace(/<ShenFenZheng>[^<]*</, '<ShenFenZheng>340121198003150000<'),
        'ID_NUMBER_CHECK_DIGIT',
        'ShenFenZheng',
      ],
      [
        xml.replace(
          /<ZhaoPian[^>]*\/>|<ZhaoPian>[^<]*<\/ZhaoPian>/,
          `<ZhaoPian>${Buffer.from('not a picture').toString('base64')}</ZhaoPian>`,
        ),
        'PHOTO_TYPE',
        'ZhaoPian',
      ],
      ['<html><body>no form</body></html>', 'LRMX_FORMAT', 'file'],
    ];
    const before = await headPosition(t);
    for (const [text, rule, field] of cases) {
      const base64 = Buffer.from(text).toString('base64');
      for (const language of ['zh-CN', 'en']) {
        const { errors } = await t.graphql(
          IMPORT,
          { input: { base64, villageId: place.villageId } },
          { 'accept-language': language },
        );
        expect(errors?.[0]?.extensions, `${rule} ${field}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          rule,
          field,
        });
        expect(errors![0].message).toMatch(language === 'en' ? /^[\x20-\x7E]+$/ : /\p{Script=Han}/u);
      }
    }
    expect(await headPosition(t)).toBe(before);
  });

  it('masks the ID number for a role that may not see it, and logs an unmasked file as read', async () => {
    const { t, cadreId } = await gatewayWithCadre();
    const external = await documentOf(t, { cadreId, format: 'LRMX' }, t.apiKey());
    const xml = bytesOf(external).toString('utf8');
    expect(external.masked).toBe(true);
    expect(xml).toMatch(/<ShenFenZheng>340121\*+\d{3}[\dX]<\/ShenFenZheng>/);
    expect(xml).not.toContain('王芳');
    expect(xml).toContain('<JianKangZhuangKuang />');
    const auditor = await t.signInAs('AUDITOR');
    const admin = await documentOf(t, { cadreId, format: 'LRMX' });
    expect(admin.masked).toBe(false);
    const reads = await t.post(
      `{ personalDataReads(cadreId: "${cadreId}") { operation fields role } }`,
      {},
      auditor,
    );
    expect(reads.data.personalDataReads).toContainEqual({
      operation: 'appointmentFormDocument',
      fields: expect.arrayContaining(['idNumber', 'health', 'familyMembers']),
      role: 'ADMIN',
    });
    expect(reads.data.personalDataReads.filter((r: { role: string }) => r.role === 'EXTERNAL')).toEqual([]);
  });
});

describe('the 干部任免审批表 as .docx', () => {
  it('gives the same bytes for the same request at the same position, also after later events', async () => {
    const { t, client, cadreId } = await gatewayWithCadre();
    const first = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'DOCX' });
    const second = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'DOCX' });
    expect(bytesOf(second).equals(bytesOf(first))).toBe(true);
    await client.run('HonorCadre', {
      cadreId,
      title: '优秀共产党员',
      level: 'CITY',
      awardingBody: '中共合肥市委',
      awardedOn: '2026-06-30',
    });
    const later = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'DOCX' });
    expect(BigInt(later.position)).toBeGreaterThan(BigInt(first.position));
    expect(bytesOf(later).equals(bytesOf(first))).toBe(false);
    const rebuilt = await documentOf(t, {
      cadreId,
      asOf: '2026-11-30',
      position: first.position,
      format: 'DOCX',
    });
    expect(rebuilt.chainHead).toBe(first.chainHead);
    expect(bytesOf(rebuilt).equals(bytesOf(first))).toBe(true);
  });

  it('is a Word file whose text has the name, the as-of date and its provenance', async () => {
    const { t, cadreId } = await gatewayWithCadre();
    const file = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'DOCX' });
    expect(file.fileName).toBe('干部任免审批表-李明华-2026-11-30.docx');
    const zip = await JSZip.loadAsync(bytesOf(file));
    const document = await zip.file('word/document.xml')!.async('string');
    const text = document.replace(/<[^>]+>/g, '');
    expect(text).toContain('干部任免审批表');
    expect(text).toContain('李明华');
    expect(text).toContain('计算年龄时间：2026年11月30日');
    expect(text).toContain('1980.03（46岁）');
    expect(text).toContain('周王村党组织书记（连任）');
    const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async('string')));
    expect(footers.join('')).toContain(`position=${file.position};head=${file.chainHead}`);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('2026-11-29T16:00:00Z');
    expect(core).toContain(`cadre-ledger-provenance:v1;position=${file.position}`);
    for (const entry of Object.values(zip.files))
      expect(entry.date.toISOString()).toBe('2026-11-29T16:00:00.000Z');
  });
});
