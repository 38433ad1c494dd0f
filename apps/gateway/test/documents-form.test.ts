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
    const photo = await uploadPhoto(t.gateway.url, cadreId, pngPhoto(), await t.signInAs('ADMIN'));
    await client.run('ChangeCadrePhoto', {
      cadreId,
      photoSha256: photo.body.sha256,
      changedOn: '2026-11-01',
    });
    const first = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'DOCX' });
    const second = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'DOCX' });
    expect(bytesOf(second).equals(bytesOf(first))).toBe(true);
    const media = (await JSZip.loadAsync(bytesOf(first))).file(/^word\/media\/.+\.png$/);
    expect(media).toHaveLength(1);
    expect(Buffer.from(await media[0]!.async('uint8array')).equals(pngPhoto())).toBe(true);
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

const VIEW = `query View($cadreId: ID!, $asOf: String, $position: String) {
  appointmentForm(cadreId: $cadreId, asOf: $asOf, position: $position) {
    name health proposedPost currentPost rewardsAndPenalties annualAssessments idNumber position chainHead masked
    familyMembers { name age }
  }
}`;
const VERIFY = `query Verify($file: String!) { verifyDocument(file: $file) { matches outcome kind } }`;

describe('the form as of a day and at a position', () => {
  it('shows the file as it stood then: a later correction is not on an earlier day, nor at an earlier position', async () => {
    const { t, client, cadreId } = await gatewayWithCadre();
    const before = await t.graphql(VIEW, { cadreId, asOf: '2026-11-30' });
    expect(before.errors).toBeUndefined();
    expect(before.data.appointmentForm).toMatchObject({
      name: '李明华',
      health: '健康',
      proposedPost: FORM_ENTRIES.proposedPost,
      annualAssessments: '2025年度考核优秀',
      masked: false,
    });
    expect(before.data.appointmentForm.familyMembers).toEqual([
      { name: '王芳', age: '44' },
      { name: '李想', age: '18' },
    ]);
    await client.run('CorrectCadreProfile', {
      cadreId,
      changes: { health: '良好' },
      reason: '体检结果',
      correctedOn: '2026-12-01',
    });
    const yesterday = await t.graphql(VIEW, { cadreId, asOf: '2026-11-30' });
    expect(yesterday.data.appointmentForm.health).toBe('健康');
    const today = await t.graphql(VIEW, { cadreId });
    expect(today.data.appointmentForm.health).toBe('良好');
    const then = await t.graphql(VIEW, { cadreId, position: before.data.appointmentForm.position });
    expect(then.data.appointmentForm).toMatchObject({
      health: '健康',
      chainHead: before.data.appointmentForm.chainHead,
    });
    expect((await t.graphql(VIEW, { cadreId, asOf: '2019-12-31' })).data.appointmentForm).toBeNull();
    for (const position of ['-1', 'x', '99999']) {
      const { errors } = await t.graphql(VIEW, { cadreId, position });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'INVALID_POSITION',
        field: 'position',
      });
    }
    const future = await t.graphql(VIEW, { cadreId, asOf: '2026-12-02' });
    expect(future.errors?.[0]?.extensions).toMatchObject({ rule: 'AS_OF_IN_FUTURE' });
  });

  it('verifies a .docx and an .lrmx it made, and not one that was changed', async () => {
    const { t, client, cadreId } = await gatewayWithCadre();
    const docx = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'DOCX' });
    const lrmx = await documentOf(t, { cadreId, asOf: '2026-11-30', format: 'LRMX' });
    await client.run('HonorCadre', {
      cadreId,
      title: '乡村振兴先进个人',
      level: 'TOWNSHIP',
      awardingBody: '周王镇',
      awardedOn: '2026-10-01',
    });
    for (const [file, kind] of [
      [docx, 'appointment-form.docx'],
      [lrmx, 'appointment-form.lrmx'],
    ] as const) {
      const { data, errors } = await t.graphql(VERIFY, { file: file.base64 });
      expect(errors).toBeUndefined();
      expect(data.verifyDocument).toEqual({ matches: true, outcome: 'MATCH', kind });
    }
    const changed = bytesOf(lrmx)
      .toString('utf8')
      .replace('<XingMing>李明华</XingMing>', '<XingMing>李明</XingMing>');
    const { data } = await t.graphql(VERIFY, { file: Buffer.from(changed).toString('base64') });
    expect(data.verifyDocument).toMatchObject({ matches: false, outcome: 'CONTENT_DIFFERS' });
  });
});

describe('an .lrmx written elsewhere', () => {
  const foreign = (
    health: string,
    idNumber = fullProfile(11).idNumber,
  ) => `<?xml version="1.0" encoding="UTF-8"?>
<Person>
  <XingMing>赵建林</XingMing>
  <XingBie>男</XingBie>
  <ChuShengNianYue>198003</ChuShengNianYue>
  <MinZu>回族</MinZu>
  <ShenFenZheng>${idNumber}</ShenFenZheng>
  <RuDangShiJian>2005.07</RuDangShiJian>
  <CanJiaGongZuoShiJian>200107</CanJiaGongZuoShiJian>
  <JianKangZhuangKuang>${health}</JianKangZhuangKuang>
  <XianRenZhiWu>周王村党组织副书记</XianRenZhiWu>
  <NiRenZhiWu/>
  <NiMianZhiWu/>
  <ZhengZhiMianMao>中共党员</ZhengZhiMianMao>
  <QuanRiZhiJiaoYu_XueLi>大学</QuanRiZhiJiaoYu_XueLi>
  <QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>安徽大学 法学</QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>
  <JianLi>2001.07--2010.03  周王村村委会委员
2010.03--  周王村党组织副书记</JianLi>
  <JiaTingChengYuan>
    <Item><ChengWei>丈夫</ChengWei><XingMing>孙强</XingMing><ChuShengRiQi>197801</ChuShengRiQi><ZhengZhiMianMao>群众</ZhengZhiMianMao><GongZuoDanWeiJiZhiWu>个体经营</GongZuoDanWeiJiZhiWu></Item>
  </JiaTingChengYuan>
  <TianBiaoRen>李四</TianBiaoRen>
</Person>`;

  it('registers a new file through the commands, then corrects only what a later file changes', async () => {
    const t = await startTestGateway({ now: FORM_NOW });
    gateways.push(t);
    const place = await townshipWithVillage(commandClient(t));
    const first = await t.graphql(IMPORT, {
      input: { base64: Buffer.from(foreign('健康')).toString('base64'), villageId: place.villageId },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.importLrmx).toMatchObject({ registered: true, corrected: false, formPrepared: true });
    const { cadreId } = first.data.importLrmx;
    expect(findCadre(t.system.readModels, cadreId)!.profile).toMatchObject({
      name: '赵建林',
      ethnicity: '回族',
      birthDate: '1980-03-15',
      partyJoinDate: '2005-07-01',
      educationLevel: 'BACHELOR',
      fullTimeEducation: { level: 'BACHELOR', school: '安徽大学', major: '法学' },
      resume: [
        { from: '2001-07-01', to: '2010-03-01', description: '周王村村委会委员' },
        { from: '2010-03-01', description: '周王村党组织副书记' },
      ],
      familyMembers: [
        {
          relation: '丈夫',
          name: '孙强',
          birthDate: '1978-01-01',
          politicalStatus: 'MASSES',
          employerAndPost: '个体经营',
        },
      ],
    });
    const form = await t.graphql(VIEW, { cadreId });
    expect(form.data.appointmentForm.currentPost).toBe('周王村党组织副书记');

    const second = await t.graphql(IMPORT, {
      input: { base64: Buffer.from(foreign('良好')).toString('base64') },
    });
    expect(second.errors).toBeUndefined();
    expect(second.data.importLrmx).toMatchObject({ cadreId, registered: false, corrected: true });
    const types = (await t.system.store.readStream(`cadre-${cadreId}`)).map((e) => e.type);
    expect(types).toEqual(['CadreRegistered', 'AppointmentFormPrepared', 'CadreProfileCorrected']);
    expect(findCadre(t.system.readModels, cadreId)!.profile.health).toBe('良好');

    // a new file needs its village
    const homeless = await t.graphql(IMPORT, {
      input: { base64: Buffer.from(foreign('健康', fullProfile(12).idNumber)).toString('base64') },
    });
    expect(homeless.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'villageId' });
  });
});
