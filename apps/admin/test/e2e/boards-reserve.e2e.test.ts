import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { eventsOf, formOf, submitAndClose } from '../support/command-forms.js';
import { chooseOption } from '../support/element-plus.js';
import { loadZhouwang } from '../support/town.js';

/** Pages and answers may take a while on a shared machine: poll patiently. */
const PATIENT = { timeout: 15_000 };

const rowsOf = (page: Page) => page.locator('[data-test=reserve-table] .el-table__body tbody tr');
const namesOn = async (page: Page) =>
  (await rowsOf(page).locator('[data-test=cadre-link]').allTextContents()).map((n) => n.trim());

/** 后备干部 board over the Zhouwang demo (real browser and store): the kit's search, pages, columns; enlist; tiers. */
describe('the reserve pool board', () => {
  let admin: AdminUnderTest;
  /** 周王村 and a committee member of it who is not in the pool. */
  let village: { id: string; name: string };
  let member: { id: string; name: string };
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    await loadZhouwang(admin);
    const row = admin.system.readModels
      .prepare(
        `SELECT c.cadre_id, c.name, v.village_id, v.name AS village FROM cadres c JOIN villages v USING (village_id)
         WHERE c.reserve_village_id IS NULL AND v.name = '周王村' ORDER BY c.seq LIMIT 1`,
      )
      .get() as { cadre_id: string; name: string; village_id: string; village: string };
    village = { id: row.village_id, name: row.village };
    member = { id: row.cadre_id, name: row.name };
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('searches and resets, changes the page size and jumps pages, sorts, and remembers hidden columns', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/reserve`);
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBe(11);
    const all = await namesOn(page);

    // page size 10: two pages, the jump goes to the second, which holds the 11th
    await chooseOption(
      page,
      page.locator('[data-test=board-pager] .el-pagination__sizes .el-select'),
      '10条/页',
    );
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBe(10);
    const jump = page.locator('[data-test=board-pager] .el-pagination__jump input');
    await jump.fill('2');
    await jump.press('Enter');
    await expect.poll(() => namesOn(page), PATIENT).toEqual(all.slice(10));

    // 查询 applies the form (from page 1); 重置 brings every row back
    await chooseOption(page, page.locator('[data-test=filter-tier]'), '第 1 梯队');
    await page.locator('[data-test=board-query]').click();
    const tiers = async () =>
      (await page.locator('[data-test=tier-tag]').allTextContents()).map((tag) => tag.trim());
    await expect.poll(tiers, PATIENT).not.toContain('第 2 梯队');
    expect(new Set(await tiers())).toEqual(new Set(['第 1 梯队']));
    const tierOne = await rowsOf(page).count();
    expect(tierOne).toBeGreaterThan(0);
    expect(tierOne).toBeLessThan(10);
    await page.locator('[data-test=filter-search]').fill(all[0]!.slice(1));
    await page.locator('[data-test=board-query]').click();
    await expect.poll(() => namesOn(page), PATIENT).toContain(all[0]);
    await page.locator('[data-test=board-reset]').click();
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBe(10);
    expect(await page.locator('[data-test=filter-search]').inputValue()).toBe('');

    // the name column sorts the whole pool on the server
    await page
      .locator('[data-test=reserve-table] .el-table__header th', { hasText: '姓名' })
      .locator('.sort-caret.ascending')
      .click();
    const sorted = [...all].sort();
    await expect.poll(() => namesOn(page), PATIENT).toEqual(sorted.slice(0, 10));

    // 列设置: hide 来源, still hidden after a reload; 恢复默认 shows it again
    const header = page.locator('[data-test=reserve-table] .el-table__header');
    expect(await header.textContent()).toContain('来源');
    await page.locator('[data-test=column-settings]').click();
    await page.locator('[data-test=column-toggle-source]').click();
    await expect.poll(() => header.textContent(), PATIENT).not.toContain('来源');
    await page.reload();
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBeGreaterThan(0);
    expect(await header.textContent()).not.toContain('来源');
    await page.locator('[data-test=column-settings]').click();
    await page.locator('[data-test=column-restore]').click();
    await expect.poll(() => header.textContent(), PATIENT).toContain('来源');
  });

  it('enlists a cadre into the pool from the board, moves them to another tier, then out of the pool; each is an event', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/reserve`);
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBeGreaterThan(0);
    const picker = page.locator('[data-test=enlist-cadre]');
    await picker.click();
    await picker.locator('input').fill(member.name);
    await page
      .getByRole('option', { name: new RegExp(`^${member.name}`) })
      .first()
      .click();
    await page.locator('[data-test=enlist-reserve]').click();
    const enlist = formOf(page, 'enlistReserve');
    await enlist.locator('[data-test=tier]').getByText('第 3 梯队').click();
    await submitAndClose(page, 'enlistReserve');

    await page.locator('[data-test=filter-search]').fill(member.name);
    await page.locator('[data-test=board-query]').click();
    const row = rowsOf(page).filter({ hasText: member.name });
    await expect.poll(() => row.textContent(), PATIENT).toContain('第 3 梯队');
    expect(await row.textContent()).toContain(village.name);
    expect(await row.textContent()).toContain('未配备导师');
    expect(await row.locator('[data-test=row-to-appointment]').getAttribute('href')).toBe(
      `/cadres/${member.id}/appointment?villageId=${village.id}`,
    );

    await row.locator('[data-test=row-change-tier]').click();
    const change = formOf(page, 'changeTier');
    await change.locator('[data-test=tier-2]').click();
    await change.locator('[data-test=reason]').fill('培养成效明显');
    await submitAndClose(page, 'changeTier');
    await expect.poll(() => row.textContent(), PATIENT).toContain('第 2 梯队');

    // 退出后备: a reason, a confirmation, and the row is gone
    await row.locator('[data-test=row-leave-reserve]').click();
    await formOf(page, 'leaveReserve').locator('[data-test=reason]').fill('已当选村委会委员');
    await page.locator('[data-test=leaveReserve-submit]').click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await formOf(page, 'leaveReserve').waitFor({ state: 'detached' });
    await expect.poll(() => row.count(), PATIENT).toBe(0);
    const events = await eventsOf(admin, `cadre-${member.id}`);
    expect(events.slice(-3).map((event) => event.type)).toEqual([
      'ReserveCadreEnlisted',
      'ReserveTierChanged',
      'ReserveCadreLeft',
    ]);
    expect(events.at(-1)?.data).toMatchObject({ villageId: village.id, reason: '已当选村委会委员' });
  });

  it("shows a village secretary only their village's pool, with no action the office keeps", async () => {
    const page = await admin.pageSignedInAs('VILLAGE', village.id);
    page.setDefaultTimeout(15_000);
    await page.goto(`${admin.gateway.url}/reserve`);
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBeGreaterThan(0);
    for (const row of await rowsOf(page).all()) expect(await row.textContent()).toContain(village.name);
    expect(await page.locator('[data-test=filter-village]').count()).toBe(0);
    expect(await page.locator('[data-test=row-change-tier]').count()).toBe(0);
    expect(await page.locator('[data-test=row-leave-reserve]').count()).toBe(0);
    expect(await page.locator('[data-test=row-to-appointment]').count()).toBe(0);
    expect(await page.locator('[data-test=enlist-reserve]').count()).toBe(1);

    // 导出Excel: the pool as this secretary sees it, their village only
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test=export-excel]').click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const cells = book.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    expect(cells.some((cell) => cell.includes(village.name))).toBe(true);
    expect(cells.some((cell) => cell.includes('截至'))).toBe(true);
    await page.context().close();
  });
});
