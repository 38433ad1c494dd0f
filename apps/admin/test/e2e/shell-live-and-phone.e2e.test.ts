import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { loadZhouwang } from '../support/town.js';
import { asSecondUser, cadreIdOf, markDocument, pageOverflow, stillSameDocument } from './shell-support.js';

const CORRECT_NAME = `mutation($c: ID!, $id: ID!, $name: String!) {
  correctCadreProfile(commandId: $c, input: { cadreId: $id, changes: { name: $name }, reason: "姓名录入有误" }) { commandId }
}`;

/** Live updates over the subscription, click-to-reveal, and the screens at 390 px (real browser). */
describe('the shell: live updates, revealing a masked number, 390 px (real browser)', () => {
  let admin: AdminUnderTest;
  let secondUser: Awaited<ReturnType<typeof asSecondUser>>;
  beforeAll(async () => {
    admin = await startAdmin();
    await loadZhouwang(admin);
    secondUser = await asSecondUser(admin);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it("shows another user's new village in the open villages list without a reload", async () => {
    const list = await admin.pageSignedInAs('ADMIN');
    list.setDefaultTimeout(30_000);
    await list.goto(`${admin.gateway.url}/villages`);
    await expect.poll(() => list.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await markDocument(list);
    await list.waitForTimeout(1000);
    const townshipId = (
      admin.system.readModels.prepare('SELECT township_id FROM villages LIMIT 1').get() as {
        township_id: string;
      }
    ).township_id;
    await secondUser(
      `mutation($c: ID!, $t: ID!) { registerVillage(commandId: $c, input: { townshipId: $t, name: "新民村", kind: VILLAGE }) { commandId } }`,
      { c: randomUUID(), t: townshipId },
    );
    await expect.poll(() => list.locator('tbody').textContent(), { timeout: 30_000 }).toContain('新民村');
    expect(await stillSameDocument(list)).toBe(true);
    await list.context().close();
  }, 120_000);

  it("shows another user's change in the open roster and dossier without a reload", async () => {
    const cadreId = cadreIdOf(admin, '王建国');
    const roster = await admin.pageSignedInAs('ADMIN');
    roster.setDefaultTimeout(30_000);
    await roster.goto(`${admin.gateway.url}/cadres?search=`);
    await roster.locator('[data-test=name-search]').fill('王建国');
    await roster.locator('[data-test=name-search]').press('Enter');
    await expect
      .poll(() => roster.locator('[data-test=roster-table]').textContent(), { timeout: 30_000 })
      .toContain('王建国');
    const dossier = await admin.pageSignedInAs('ADMIN');
    dossier.setDefaultTimeout(30_000);
    await dossier.goto(`${admin.gateway.url}/cadres/${cadreId}`);
    await expect
      .poll(() => dossier.locator('[data-test=dossier-name]').textContent(), { timeout: 30_000 })
      .toBe('王建国');
    await markDocument(roster);
    await markDocument(dossier);
    // the subscriptions open once the pages are shown; give them a moment to be listening
    await roster.waitForTimeout(1000);

    await secondUser(CORRECT_NAME, { c: randomUUID(), id: cadreId, name: '王建民' });

    await expect
      .poll(() => dossier.locator('[data-test=dossier-name]').textContent(), { timeout: 30_000 })
      .toBe('王建民');
    // The roster still filters by the old name: the row is gone from its page, as a fresh read shows.
    await expect
      .poll(() => roster.locator('[data-test=roster-table]').textContent(), { timeout: 30_000 })
      .not.toContain('王建国');
    expect(await stillSameDocument(roster)).toBe(true);
    expect(await stillSameDocument(dossier)).toBe(true);
    await secondUser(CORRECT_NAME, { c: randomUUID(), id: cadreId, name: '王建国' });
    await roster.context().close();
    await dossier.context().close();
  }, 180_000);

  it('masks ID numbers in the roster; 查看 shows one in clear and logs it as a read', async () => {
    const page = await admin.pageSignedInAs('ADMIN');
    page.setDefaultTimeout(10_000);
    await page.goto(`${admin.gateway.url}/cadres`);
    const first = page.locator('[data-test=revealable-ID_NUMBER]').first();
    await expect.poll(() => first.textContent()).toMatch(/^\d{6}\*{8}[\dX]{4}/);
    expect(await page.locator('[data-test=roster-table]').textContent()).not.toMatch(/\d{17}[\dX]/);
    const name = await page.locator('[data-test=cadre-link]').first().textContent();
    await first.locator('[data-test=reveal]').click();
    await expect.poll(() => first.textContent()).toMatch(/^\d{17}[\dX]$/);

    const auditor = await admin.pageSignedInAs('AUDITOR');
    auditor.setDefaultTimeout(10_000);
    await auditor.goto(`${admin.gateway.url}/audit`);
    await auditor.getByRole('tab', { name: '个人信息查阅记录' }).click();
    const table = auditor.locator('[data-test=personal-data-reads-table]');
    await expect.poll(() => table.textContent()).toContain('revealPersonalField');
    const row = table.locator('tr', { hasText: 'revealPersonalField' }).first();
    expect(await row.textContent()).toContain(name ?? '');
    expect(await row.textContent()).toContain('身份证号');
    await page.context().close();
    await auditor.context().close();
  });

  describe('at 390 px', () => {
    let phone: Page;
    beforeAll(async () => {
      phone = await admin.pageSignedInAs('ADMIN');
      phone.setDefaultTimeout(30_000);
      await phone.setViewportSize({ width: 390, height: 844 });
    });
    afterAll(async () => {
      await phone.context().close();
    });

    const expectNoOverflow = async (what: string) => {
      const { scrollWidth } = await pageOverflow(phone);
      expect(scrollWidth, what).toBeLessThanOrEqual(390);
    };

    it('opens the menu as a drawer instead of a sidebar', async () => {
      await phone.goto(`${admin.gateway.url}/dashboard`);
      await phone.locator('[data-test=toggle-menu]').waitFor();
      expect(await phone.locator('.aside').count()).toBe(0);
      await phone.locator('[data-test=toggle-menu]').click();
      const drawer = phone.locator('[data-test=menu-drawer]');
      await drawer.locator('[data-test=nav-roster]').click();
      await phone.waitForURL('**/cadres');
      await expect.poll(() => drawer.isVisible()).toBe(false);
    });

    it('shows the roster, a dossier and a form within the width', async () => {
      await phone.goto(`${admin.gateway.url}/cadres`);
      await phone.locator('[data-test=cadre-link]').first().waitFor();
      await expectNoOverflow('roster');
      await phone.locator('[data-test=cadre-link]').first().click();
      await phone.locator('[data-test=dossier-name]').waitFor();
      await expectNoOverflow('dossier');
      await phone.locator('[data-test=action-correctProfile]').click();
      await phone.locator('[data-test=correctProfile-dialog]').waitFor();
      await expectNoOverflow('dialog');
      const dialogWidth = await phone
        .locator('[data-test=correctProfile-dialog]')
        .evaluate((element) => element.getBoundingClientRect().width);
      expect(dialogWidth).toBeLessThanOrEqual(390);
      await phone.goto(`${admin.gateway.url}/cadres/new`);
      await phone.locator('[data-test=register-form]').waitFor();
      await expectNoOverflow('register form');
    });
  });
});
