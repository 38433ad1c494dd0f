import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { chooseOption } from '../support/element-plus.js';
import { registerTownAndVillage } from '../support/town.js';

describe('admin client: register a cadre (real browser, real gateway, real store)', () => {
  let admin: AdminUnderTest;
  /** Where the store stood once the village was set up: a refused registration leaves it there. */
  let setUp: bigint;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
    await registerTownAndVillage(admin, '幸福村');
    setUp = await admin.system.store.headPosition();
  });
  afterAll(async () => {
    await admin?.stop();
  });

  async function fillForm(idNumber: string) {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/cadres/new`);
    await chooseOption(page, page.locator('[data-test=village]'), '幸福村');
    await page.locator('[data-test=name]').fill('张三');
    await page.getByText('女', { exact: true }).click();
    const birthDate = page.locator('.el-form-item', { hasText: '出生日期' }).locator('input');
    await birthDate.fill('1949-12-31');
    await birthDate.press('Enter');
    await page.locator('[data-test=id-number]').fill(idNumber);
    await page.locator('[data-test=education-level]').click();
    await page.getByRole('option', { name: '本科' }).click();
  }

  it('shows the server’s reason under the field for a bad ID number, and writes nothing', async () => {
    await fillForm('110105194912310021');
    await admin.page.locator('[data-test=submit]').click();
    await expect
      .poll(() => admin.page.locator('.el-form-item__error').allTextContents())
      .toContain('身份证号校验码错误（GB 11643）');
    expect(await admin.system.store.headPosition()).toBe(setUp);
  });

  it('registers through the form, lists the cadre in the roster, and stores the event', async () => {
    await fillForm('11010519491231002X');
    await admin.page.locator('[data-test=submit]').click();
    await admin.page.waitForURL('**/cadres');
    const table = admin.page.locator('[data-test=roster-table]');
    await expect.poll(() => table.textContent()).toContain('张三');
    expect(await table.textContent()).toContain('本科');
    expect(await admin.page.locator('[data-test=roster-total]').textContent()).toBe('共 1 人');
    const events = await admin.system.store.readAll({ after: setUp });
    expect(events.map((e) => e.type)).toEqual(['IdNumberReserved', 'CadreRegistered']);
    expect(events[1]!.data).toMatchObject({
      villageId: expect.any(String),
      profile: { name: '张三', idNumber: '11010519491231002X', gender: 'FEMALE' },
    });
  });
});
