import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPREADSHEETS } from '../src/documents/excel/excel-kinds.js';
import { readExcelStamp } from '../src/documents/excel/read-excel-stamp.js';
import { nextPerson } from './support/appointment-fixture.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const SPREADSHEET = `query ($kind: SpreadsheetKind!, $asOf: String, $filters: SpreadsheetFilters) {
  spreadsheet(kind: $kind, asOf: $asOf, filters: $filters) { fileName contentType base64 position chainHead masked }
}`;
const VERIFY = `query ($file: String!) {
  verifyDocument(file: $file) { matches outcome message kind asOf position chainHead }
}`;
const STATISTICS = `query ($villageId: ID, $asOf: String) {
  statistics(villageId: $villageId, asOf: $asOf) {
    committeeMembers partySecretaries oneShoulderShare crossHoldingShare reserveCadres trainingCoverage
    committeeGender { female femaleShare } committeeEthnicity { minority }
    committeePoliticalStatus { key count }
    committeeAge { bands { band count } averageAge }
    committeeEducation { juniorCollegeOrAbove juniorCollegeOrAboveShare bachelorOrAbove }
  }
}`;

type Figures = Record<string, any>;
const band = (name: string) => (s: Figures) => s.committeeAge.bands.find((b: any) => b.band === name).count;

/** What each column of the statistics table must say, read from the `statistics` answer (not the sheet's code). */
const EXPECTED_COLUMNS: Record<string, (s: Figures) => number> = {
  '"两委"干部数': (s) => s.committeeMembers,
  党组织书记: (s) => s.partySecretaries,
  女性: (s) => s.committeeGender.female,
  女性占比: (s) => s.committeeGender.femaleShare,
  少数民族: (s) => s.committeeEthnicity.minority,
  中共党员: (s) => s.committeePoliticalStatus.find((c: any) => c.key === 'CPC_MEMBER').count,
  '30岁及以下': band('<=30'),
  '31-35岁': band('31-35'),
  '36-40岁': band('36-40'),
  '41-45岁': band('41-45'),
  '46-50岁': band('46-50'),
  '51-55岁': band('51-55'),
  '56岁及以上': band('>=56'),
  平均年龄: (s) => s.committeeAge.averageAge,
  大专及以上: (s) => s.committeeEducation.juniorCollegeOrAbove,
  大专及以上占比: (s) => s.committeeEducation.juniorCollegeOrAboveShare,
  本科及以上: (s) => s.committeeEducation.bachelorOrAbove,
  '"一肩挑"比例': (s) => s.oneShoulderShare,
  交叉任职比例: (s) => s.crossHoldingShare,
  后备干部: (s) => s.reserveCadres,
  培训覆盖率: (s) => s.trainingCoverage,
};

async function workbookOf(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The table of a sheet: headers in row 3, rows until the first empty one. */
function tableOf(sheet: ExcelJS.Worksheet) {
  const headers = (sheet.getRow(3).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, unknown>> = [];
  for (let n = 4; n <= sheet.rowCount; n++) {
    const values = (sheet.getRow(n).values as unknown[]).slice(1);
    if (values.length === 0 || values.every((v) => v === null || v === undefined)) break;
    rows.push(Object.fromEntries(headers.map((header, i) => [header, values[i] ?? null])));
  }
  return rows;
}

describe('Excel exports', () => {
  let t: TestGateway;
  let villages: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    const answer = await t.graphql('{ villages(first: 50) { edges { node { id name } } } }');
    villages = answer.data.villages.edges.map((edge: { node: { id: string; name: string } }) => edge.node);
  }, 120_000);
  afterAll(() => t.stop());

  const exportSheet = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const answer = headers
      ? await t.post(SPREADSHEET, variables, headers)
      : await t.graphql(SPREADSHEET, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data.spreadsheet as {
      fileName: string;
      base64: string;
      position: string;
      chainHead: string;
      masked: boolean;
    };
  };

  for (const asOf of [ZHOUWANG_TODAY, '2026-03-31']) {
    it(`the statistics table equals the statistics query, village by village and in total, on ${asOf}`, async () => {
      const file = await exportSheet({ kind: 'STATISTICS', asOf });
      const sheet = (await workbookOf(file.base64)).worksheets[0]!;
      expect(sheet.getCell(2, 1).value).toBe(
        `截至${asOf.slice(0, 4)}年${asOf.slice(5, 7)}月${asOf.slice(8)}日`,
      );
      const rows = tableOf(sheet);
      expect(rows.map((row) => row['村（社区）'])).toEqual([...villages.map((v) => v.name), '合计']);
      const scopes = [...villages.map((v) => v.id), null];
      for (const [index, villageId] of scopes.entries()) {
        const answer = await t.graphql(STATISTICS, { villageId, asOf });
        expect(answer.errors).toBeUndefined();
        for (const [header, expected] of Object.entries(EXPECTED_COLUMNS))
          expect([rows[index]!['村（社区）'], header, rows[index]![header]]).toEqual([
            rows[index]!['村（社区）'],
            header,
            expected(answer.data.statistics),
          ]);
      }
      expect(rows.at(-1)!['"两委"干部数']).toBeGreaterThan(0);
    });
  }

  const reads = () =>
    (
      t.system.accounts.db
        .prepare(
          `SELECT COUNT(*) AS n FROM personal_data_disclosure_subjects s
             JOIN personal_data_disclosures d ON d.id = s.disclosure_id WHERE d.operation = 'spreadsheet'`,
        )
        .get() as { n: number }
    ).n;

  it('masks the roster for an external app as the cadres query does, and logs nothing read', async () => {
    const before = reads();
    const external = await exportSheet({ kind: 'ROSTER' }, t.apiKey());
    const rows = tableOf((await workbookOf(external.base64)).worksheets[0]!);
    expect(external.masked).toBe(true);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(String(row['身份证号'])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const workbook = await workbookOf(external.base64);
    expect(JSON.parse(workbook.description!)).toMatchObject({ kind: 'roster.xlsx', audience: 'EXTERNAL' });
    expect(reads()).toBe(before);
  });

  it('a village secretary gets their own village unmasked (logged) and is refused another village', async () => {
    const secretary = await t.signInAs('VILLAGE', villages[0]!.id);
    const before = reads();
    const own = await exportSheet({ kind: 'ROSTER' }, secretary);
    const rows = tableOf((await workbookOf(own.base64)).worksheets[0]!);
    expect(own.masked).toBe(false);
    expect(new Set(rows.map((row) => row['村（社区）']))).toEqual(new Set([villages[0]!.name]));
    for (const row of rows) expect(String(row['身份证号'])).toMatch(/^\d{17}[\dX]$/);
    expect(reads()).toBe(before + rows.length);
    const other = await t.post(
      SPREADSHEET,
      { kind: 'ROSTER', filters: { villageId: villages[1]!.id } },
      secretary,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the office gets the roster unmasked with the filters of the cadres query, and the read is logged', async () => {
    const before = reads();
    const file = await exportSheet({ kind: 'ROSTER', filters: { role: 'PARTY_SECRETARY', sort: 'NAME' } });
    const rows = tableOf((await workbookOf(file.base64)).worksheets[0]!);
    const query = await t.graphql(
      '{ cadres(first: 200, role: PARTY_SECRETARY, sort: NAME) { edges { node { name idNumber } } } }',
    );
    const expected = query.data.cadres.edges.map((e: any) => [e.node.name, e.node.idNumber]);
    expect(file.masked).toBe(false);
    expect(rows.map((row) => [row['姓名'], row['身份证号']])).toEqual(expected);
    expect(reads()).toBe(before + rows.length);
  });

  it('every spreadsheet kind is stamped with its position, chain head and request, in the footer and the properties', async () => {
    for (const kind of ['ROSTER', 'RESERVE_POOL', 'TRAININGS', 'PLEDGES', 'HONORS', 'STATISTICS']) {
      const file = await exportSheet({ kind, asOf: '2026-06-30' });
      const bytes = Buffer.from(file.base64, 'base64');
      const stamp = readExcelStamp(bytes)!;
      expect(stamp.provenance).toEqual({ position: BigInt(file.position), chainHead: file.chainHead });
      expect(stamp.request).toMatchObject({ asOf: '2026-06-30', audience: 'ADMIN' });
      const workbook = await workbookOf(file.base64);
      for (const sheet of workbook.worksheets) {
        expect(sheet.headerFooter.oddFooter).toContain(file.chainHead);
        expect(sheet.getCell(2, 1).value).toBe('截至2026年06月30日');
      }
      expect(workbook.keywords).toContain(`position=${file.position};head=${file.chainHead}`);
    }
  });

  it('the same request at the same position gives the same bytes, also regenerated after a later event; verify says match, and mismatch for a changed cell', async () => {
    const first = await exportSheet({ kind: 'ROSTER', asOf: ZHOUWANG_TODAY });
    const second = await exportSheet({ kind: 'ROSTER', asOf: ZHOUWANG_TODAY });
    expect(second.position).toBe(first.position);
    expect(second.base64).toBe(first.base64);

    const villageId = villages[0]!.id;
    const registered = await t.system.bus.execute(
      'RegisterCadre',
      { cadreId: randomUUID(), villageId, profile: nextPerson() },
      { commandId: randomUUID(), actor: 'system:test' },
    );
    await t.system.runner.waitFor(registered.position);
    const later = await exportSheet({ kind: 'ROSTER', asOf: ZHOUWANG_TODAY });
    expect(BigInt(later.position)).toBeGreaterThan(BigInt(first.position));
    expect(later.base64).not.toBe(first.base64);

    const stamp = readExcelStamp(Buffer.from(first.base64, 'base64'))!;
    const regenerated = await SPREADSHEETS.ROSTER.render(t.system, stamp);
    expect(Buffer.from(regenerated.bytes).toString('base64')).toBe(first.base64);

    const verified = await t.graphql(VERIFY, { file: first.base64 });
    expect(verified.data.verifyDocument).toMatchObject({
      matches: true,
      outcome: 'MATCH',
      kind: 'roster.xlsx',
      position: first.position,
      chainHead: first.chainHead,
    });

    const workbook = await workbookOf(first.base64);
    workbook.worksheets[0]!.getCell(4, 2).value = '改过的名字';
    const changed = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const mismatch = await t.graphql(VERIFY, { file: changed });
    expect(mismatch.data.verifyDocument).toMatchObject({ matches: false, outcome: 'CONTENT_DIFFERS' });

    const forged = await workbookOf(first.base64);
    forged.keywords = forged.keywords!.replace(/head=[0-9a-f]{64}/, `head=${'0'.repeat(64)}`);
    const otherLedger = Buffer.from(await forged.xlsx.writeBuffer()).toString('base64');
    const headMismatch = await t.graphql(VERIFY, { file: otherLedger });
    expect(headMismatch.data.verifyDocument).toMatchObject({
      matches: false,
      outcome: 'CHAIN_HEAD_MISMATCH',
    });
  });

  it('refuses to verify an unmasked document for a role that may not see it in clear, and a file it does not know', async () => {
    const unmasked = await exportSheet({ kind: 'ROSTER' });
    const external = await t.post(
      VERIFY,
      { file: unmasked.base64 },
      { ...t.apiKey(), 'accept-language': 'en' },
    );
    expect(external.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'DOCUMENT_VERIFY_FORBIDDEN',
    });
    const masked = await exportSheet({ kind: 'ROSTER' }, t.apiKey());
    const own = await t.post(VERIFY, { file: masked.base64 }, t.apiKey());
    expect(own.data.verifyDocument.outcome).toBe('MATCH');
    const unknown = await t.graphql(VERIFY, { file: Buffer.from('hello').toString('base64') });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'DOCUMENT_NOT_RECOGNIZED',
    });
  });

  it('serves the same file over an authenticated GET /documents/spreadsheet/<KIND>, with coded refusals', async () => {
    const office = await t.signInAs('ADMIN');
    const url = `${t.gateway.url}/documents/spreadsheet/STATISTICS?asOf=2026-06-30`;
    const response = await fetch(url, { headers: office });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain(
      '两委干部基本情况统计表-2026-06-30.xlsx',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    const viaGraphql = await exportSheet({ kind: 'STATISTICS', asOf: '2026-06-30' });
    expect(response.headers.get('x-ledger-position')).toBe(viaGraphql.position);
    expect(bytes.toString('base64')).toBe(viaGraphql.base64);

    const external = await fetch(`${t.gateway.url}/documents/spreadsheet/ROSTER?role=PARTY_SECRETARY`, {
      headers: t.apiKey(),
    });
    const rows = tableOf(
      (await workbookOf(Buffer.from(await external.arrayBuffer()).toString('base64'))).worksheets[0]!,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(String(row['身份证号'])).toContain('****');

    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const [path, rule] of [
      ['/documents/spreadsheet/ROSTER?role=KING', 'INVALID_PARAMETER'],
      ['/documents/spreadsheet/ROSTER?colour=red', 'INVALID_PARAMETER'],
      ['/documents/spreadsheet/NOTHING', 'INVALID_PARAMETER'],
      ['/documents/spreadsheet/ROSTER?asOf=2099-01-01', 'AS_OF_IN_FUTURE'],
    ]) {
      const refused = await fetch(`${t.gateway.url}${path}`, {
        headers: { ...office, 'accept-language': 'en' },
      });
      expect([path, refused.status]).toEqual([path, 400]);
      const error = ((await refused.json()) as any).errors[0];
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule });
      expect(error.extensions.messages.zh).toBeTruthy();
    }
  });

  it('reads an exported roster back as an import: every row checked, each ID number already on file', async () => {
    const file = await exportSheet({ kind: 'ROSTER', filters: { villageId: villages[0]!.id } });
    const rows = tableOf((await workbookOf(file.base64)).worksheets[0]!);
    const answer = await t.graphql(
      'query ($file: String!) { checkRosterImport(file: $file) { rows validRows problems { row column rule } } }',
      { file: file.base64 },
    );
    expect(answer.errors).toBeUndefined();
    const report = answer.data.checkRosterImport;
    expect(report).toMatchObject({ rows: rows.length, validRows: 0 });
    expect(new Set(report.problems.map((p: any) => `${p.column} ${p.rule}`))).toEqual(
      new Set(['身份证号 ID_NUMBER_TAKEN']),
    );
    expect(report.problems.map((p: any) => p.row)).toEqual(rows.map((_, index) => 4 + index));
  });
});
