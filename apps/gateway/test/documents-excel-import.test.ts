import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileOf } from './support/appointment-fixture.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { aVillage } from './support/village-setup.js';
import { noonOf } from './support/zhouwang-day.js';

const TODAY = '2026-12-01';
const TEMPLATE = '{ rosterImportTemplate { fileName base64 } }';
const REPORT =
  'id status rows validRows done alreadyWritten progress problems { row column field rule messageZh messageEn }';
const CHECK = `query ($file: String!) { checkRosterImport(file: $file) { ${REPORT} } }`;
const IMPORT = `mutation ($file: String!, $only: Boolean) { importRoster(file: $file, onlyValidRows: $only) { ${REPORT} } }`;
const PROGRESS = `query ($id: ID!) { rosterImport(id: $id) { ${REPORT} } }`;

const person = (name: string, serial: number) => profileOf(name, 'MALE', '1988-04-02', serial);

describe('roster import', () => {
  let t: TestGateway;
  let template: Buffer;

  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(TODAY) });
    await aVillage(t.system);
    const answer = await t.graphql(TEMPLATE);
    expect(answer.errors).toBeUndefined();
    template = Buffer.from(answer.data.rosterImportTemplate.base64, 'base64');
  }, 60_000);
  afterAll(() => t.stop());

  /** The template filled with rows (the example row replaced), as base64. */
  async function sheetWith(rows: Array<Record<string, string>>): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('花名册')!;
    const headers = (sheet.getRow(3).values as unknown[]).slice(1).map((h) => String(h).replace('＊', ''));
    rows.forEach((row, index) => {
      headers.forEach((header, column) => {
        sheet.getCell(4 + index, column + 1).value = row[header] ?? null;
      });
    });
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  const row = (name: string, serial: number, extra: Record<string, string> = {}) => {
    const profile = person(name, serial);
    return {
      姓名: profile.name,
      性别: '男',
      出生日期: profile.birthDate,
      身份证号: profile.idNumber,
      学历: '本科',
      政治面貌: '中共党员',
      '村（社区）': '周王村',
      登记日期: '2025-03-01',
      ...extra,
    };
  };

  const eventCount = async () => (await t.system.store.readAll()).length;

  async function finished(id: string) {
    for (let i = 0; i < 200; i++) {
      const answer = await t.graphql(PROGRESS, { id });
      const job = answer.data.rosterImport;
      if (job.status !== 'RUNNING') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  it('the template has the headers an import reads, with the required ones marked', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
    const headers = (workbook.getWorksheet('花名册')!.getRow(3).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining(['＊姓名', '＊身份证号', '＊村（社区）', '登记日期', '手机号']),
    );
  });

  it('a sheet with a bad row writes nothing and names the row and column; only the valid rows go in when asked; a re-run writes nothing twice', async () => {
    const badId = `${person('李四', 2).idNumber.slice(0, 17)}${person('李四', 2).idNumber.endsWith('0') ? '1' : '0'}`;
    const file = await sheetWith([row('王一', 1), row('李四', 2, { 身份证号: badId }), row('赵五', 3)]);
    const before = await eventCount();

    const checked = await t.graphql(CHECK, { file });
    expect(checked.errors).toBeUndefined();
    expect(checked.data.checkRosterImport).toMatchObject({ status: 'CHECKED', rows: 3, validRows: 2 });
    expect(checked.data.checkRosterImport.problems).toEqual([
      {
        row: 5,
        column: '身份证号',
        field: 'profile.idNumber',
        rule: 'ID_NUMBER_CHECK_DIGIT',
        messageZh: expect.stringContaining('校验码'),
        messageEn: expect.stringContaining('check digit'),
      },
    ]);

    const refused = await t.graphql(IMPORT, { file });
    expect(refused.data.importRoster.status).toBe('REFUSED');
    expect(await eventCount()).toBe(before);

    const started = await t.graphql(IMPORT, { file, only: true });
    expect(started.errors).toBeUndefined();
    const done = await finished(started.data.importRoster.id);
    expect(done).toMatchObject({ status: 'DONE', done: 2, alreadyWritten: 0, progress: 1 });
    const roster = await t.graphql('{ cadres(first: 10) { edges { node { name } } } }');
    expect(roster.errors).toBeUndefined();
    expect(roster.data.cadres.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(
      ['王一', '赵五'].sort(),
    );
    const registrations = (await t.system.store.readAll()).filter((e) => e.type === 'CadreRegistered');
    expect(
      registrations.map((e) => [(e.data as { registeredOn: string }).registeredOn, e.metadata.occurredAt]),
    ).toEqual([
      ['2025-03-01', '2025-02-28T16:00:00.000Z'],
      ['2025-03-01', '2025-02-28T16:00:00.000Z'],
    ]);

    const written = await eventCount();
    const again = await t.graphql(IMPORT, { file, only: true });
    const rerun = await finished(again.data.importRoster.id);
    expect(rerun).toMatchObject({ status: 'DONE', done: 2, alreadyWritten: 2 });
    expect(await eventCount()).toBe(written);
  });

  it('a village the ledger does not know and an ID number repeated in the file are problems of their cells', async () => {
    const file = await sheetWith([
      row('钱六', 11, { '村（社区）': '不存在村' }),
      row('孙七', 12),
      row('孙七', 12),
    ]);
    const checked = await t.graphql(CHECK, { file });
    expect(checked.data.checkRosterImport.problems.map((p: any) => [p.row, p.column, p.rule])).toEqual([
      [4, '村（社区）', 'VILLAGE_NOT_FOUND'],
      [6, '身份证号', 'ID_NUMBER_REPEATED_IN_FILE'],
    ]);
  });

  it('a file that is not an .xlsx, not base64, or not the template gets a coded error and writes nothing', async () => {
    const before = await eventCount();
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['名字', '号码']);
    const wrongTemplate = Buffer.from(await other.xlsx.writeBuffer()).toString('base64');
    for (const [file, rule] of [
      [Buffer.from('not a spreadsheet at all').toString('base64'), 'FILE_NOT_XLSX'],
      ['%%% not base64 %%%', 'FILE_NOT_BASE64'],
      [wrongTemplate, 'WRONG_TEMPLATE'],
    ] as const) {
      for (const [query, variables] of [
        [CHECK, { file }],
        [IMPORT, { file, only: true }],
      ] as const) {
        const answer = await t.graphql(query, variables, { 'accept-language': 'en' });
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule, field: 'file' });
        expect(answer.errors?.[0]?.extensions?.messages?.zh).toBeTruthy();
      }
    }
    expect(await eventCount()).toBe(before);
  });

  it('only the office may import', async () => {
    const auditor = await t.signInAs('AUDITOR');
    const answer = await t.post(CHECK, { file: await sheetWith([row('周八', 21)]) }, auditor);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
