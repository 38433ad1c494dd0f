import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';

describe('admin client: register a cadre (real browser, real gateway, real store)', () => {
  let admin: AdminUnderTest;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  async function fillForm(idNumber: string) {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/cadres/new`);
    await page.locator('[data-test=name]').fill('张三');
    await page.getByText('女', { exact: true }).click();
    const birthDate = page.locator('.el-date-editor input');
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
    expect(await admin.system.store.headPosition()).toBe(0n);
  });

  it('registers through the form, lists the cadre in the roster, and stores the event', async () => {
    await fillForm('11010519491231002X');
    await admin.page.locator('[data-test=submit]').click();
    await admin.page.waitForURL('**/cadres');
    const table = admin.page.locator('[data-test=roster-table]');
    await expect.poll(() => table.textContent()).toContain('张三');
    expect(await table.textContent()).toContain('本科');
    expect(await admin.page.locator('[data-test=roster-total]').textContent()).toBe('共 1 人');
    const events = await admin.system.store.readAll();
    expect(events.map((e) => e.type)).toEqual(['CadreRegistered']);
    expect(events[0]!.data).toMatchObject({
      profile: { name: '张三', idNumber: '11010519491231002X', gender: 'FEMALE' },
    });
  });
});
