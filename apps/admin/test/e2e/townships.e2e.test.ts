import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { errorUnder, formOf, submitAndClose } from '../support/command-forms.js';

describe('the township page registers townships and villages and changes the settings (real browser and store)', () => {
  let admin: AdminUnderTest;
  const eventsOfCategory = async (category: string) =>
    (await admin.system.store.readAll()).filter((event) => event.streamId.startsWith(`${category}-`));
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('registers a township with a third reviewing department, then a village of it', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/townships`);
    await page.locator('[data-test=register-township]').click();
    const form = formOf(page, 'registerTownship');
    await form.locator('[data-test=name]').fill('周王镇');
    await form.locator('[data-test=district]').fill('肥西县');
    await form.locator('[data-test=add-department]').click();
    await form.locator('[data-test=department-code-2]').fill('JUSTICE');
    await form.locator('[data-test=department-name-2]').fill('司法');
    await submitAndClose(page, 'registerTownship');
    const township = page.locator('[data-test=township]');
    await expect.poll(() => township.textContent()).toContain('周王镇（肥西县）');
    expect(await township.locator('[data-test=departments] .el-tag').allTextContents()).toEqual([
      '纪检监察',
      '公安',
      '司法',
    ]);
    expect(await township.locator('[data-test=threshold]').textContent()).toBe('30%');

    await township.locator('[data-test=register-village]').click();
    const village = formOf(page, 'registerVillage');
    await village.locator('[data-test=name]').fill('周王社区');
    await village.locator('[data-test=kind]').getByText('社区').click();
    await submitAndClose(page, 'registerVillage');
    await expect
      .poll(() => township.locator('[data-test=township-villages]').textContent())
      .toContain('周王社区');

    const [registered] = await eventsOfCategory('village');
    expect(registered).toMatchObject({
      type: 'VillageRegistered',
      data: { name: '周王社区', kind: 'COMMUNITY' },
    });
  });

  it('refuses a malformed department code under its row and writes nothing; then changes the settings', async () => {
    const { page } = admin;
    const before = (await eventsOfCategory('township')).length;
    await page.locator('[data-test=change-settings]').click();
    const form = formOf(page, 'changeSettings');
    expect(await form.locator('[data-test=department-code-2]').inputValue()).toBe('JUSTICE');
    await form.locator('[data-test=department-code-2]').fill('justice office');
    await page.locator('[data-test=changeSettings-submit]').click();
    await expect.poll(() => errorUnder(form, 'department-code-2').textContent()).not.toBe('');
    expect(await form.locator('[data-test=department-code-2]').inputValue()).toBe('justice office');
    expect(await eventsOfCategory('township')).toHaveLength(before);

    await form.locator('[data-test=remove-department-2]').click();
    await form.locator('[data-test=threshold] input').fill('0.25');
    // leave the field without tabbing on: Tab would open the next field's date picker over the submit button
    await form.locator('[data-test=threshold] input').evaluate((input) => (input as HTMLInputElement).blur());
    await submitAndClose(page, 'changeSettings');
    const township = page.locator('[data-test=township]');
    await expect.poll(() => township.locator('[data-test=threshold]').textContent()).toBe('25%');
    // polled: a removed tag stays in the page while it zooms out
    await expect
      .poll(() => township.locator('[data-test=departments] .el-tag').allTextContents())
      .toEqual(['纪检监察', '公安']);
    const events = await eventsOfCategory('township');
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ type: 'TownshipSettingsChanged' });
  });
});
