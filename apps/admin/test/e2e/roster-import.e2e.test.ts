import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { idNumberOf, registerTownAndVillage } from '../support/town.js';

const person = (name: string, serial: number) => ({
  name,
  gender: 'FEMALE' as const,
  birthDate: '1991-03-09',
  serial,
});

describe('the roster import page checks a sheet, shows its problems, and imports the valid rows (real browser and store)', () => {
  let admin: AdminUnderTest;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    await registerTownAndVillage(admin, '幸福村');
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('downloads the template, uploads it filled in with a bad row, reads the problem, imports only the valid rows', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/cadres/import`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test=download-template]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('干部花名册导入模板.xlsx');
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile((await download.path())!);
    const sheet = template.getWorksheet('花名册')!;
    const headers = (sheet.getRow(3).values as unknown[]).slice(1).map((h) => String(h).replace('＊', ''));
    const rows = [
      { 姓名: '周晓红', 身份证号: idNumberOf(person('周晓红', 61)) },
      { 姓名: '吴晓兰', 身份证号: '34012119910309' },
    ];
    rows.forEach((row, index) => {
      const cells: Record<string, string> = {
        性别: '女',
        出生日期: '1991-03-09',
        学历: '大专',
        '村（社区）': '幸福村',
        登记日期: '2026-11-20',
        ...row,
      };
      headers.forEach((header, column) => {
        sheet.getCell(4 + index, column + 1).value = cells[header] ?? null;
      });
    });
    const filled = Buffer.from(await template.xlsx.writeBuffer());

    await page.locator('[data-test=import-file]').setInputFiles({
      name: '花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    const problems = page.locator('[data-test=import-problems]');
    await expect.poll(() => problems.textContent()).toContain('身份证号');
    expect(await problems.textContent()).toContain('5');
    expect(await page.locator('[data-test=import-counts]').textContent()).toContain('共 2 行，有效 1 行');

    await page.locator('[data-test=import-valid]').click();
    await expect.poll(() => page.locator('[data-test=import-done]').textContent()).toContain('登记 1 行');
    expect(await page.locator('[data-test=import-progress]').getAttribute('aria-valuenow')).toBe('100');

    const registrations = (await admin.system.store.readAll()).filter((e) => e.type === 'CadreRegistered');
    expect(registrations.map((e) => (e.data as { registeredOn: string }).registeredOn)).toEqual([
      '2026-11-20',
    ]);
    await page.goto(`${gateway.url}/cadres`);
    await expect.poll(() => page.locator('[data-test=roster-table]').textContent()).toContain('周晓红');
  });
});
