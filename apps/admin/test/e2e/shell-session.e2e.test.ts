import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { loadZhouwang } from '../support/town.js';

/** A session the gateway ends under an open page, and dark mode remembered (real browser). */
describe('the shell: session expiry and dark mode (real browser)', () => {
  let admin: AdminUnderTest;
  beforeAll(async () => {
    admin = await startAdmin();
    await loadZhouwang(admin);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('tells the user the session expired and, after signing in again, returns to the same page', async () => {
    const page = await admin.pageSignedInAs('ADMIN');
    page.setDefaultTimeout(10_000);
    await page.goto(`${admin.gateway.url}/cadres`);
    const link = page.locator('[data-test=cadre-link]').first();
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    const name = await link.textContent();
    const username = await page.evaluate(
      () => JSON.parse(localStorage.getItem('cadre.session') ?? '{}').user.username as string,
    );
    const { id } = admin.system.accounts.db
      .prepare('SELECT id FROM users WHERE username = ?')
      .get(username) as {
      id: string;
    };
    // The account's password is reset elsewhere: every session of it ends on the server.
    await admin.system.accounts.resetPassword(id, 'a-new-password-2026');
    await link.click();
    await page.locator('[data-test=session-expired]').waitFor();
    expect(await page.locator('[data-test=session-expired]').textContent()).toContain('登录已过期');
    await page.locator('[data-test=username]').fill(username);
    await page.locator('[data-test=password]').fill('a-new-password-2026');
    await page.locator('[data-test=sign-in]').click();
    await page.waitForURL(`**${href}`);
    await expect.poll(() => page.locator('[data-test=dossier-name]').textContent()).toBe(name);
    expect(await page.locator('[data-test=session-expired]').count()).toBe(0);
    await page.context().close();
  });

  it('switches to dark mode and keeps it after a reload', async () => {
    const page = admin.page;
    await page.goto(`${admin.gateway.url}/dashboard`);
    const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
    expect(await dark()).toBe(false);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('[data-test=toggle-dark]').click();
    expect(await dark()).toBe(true);
    expect(await background()).not.toBe(light);
    await page.reload();
    await page.locator('[data-test=toggle-dark]').waitFor();
    expect(await dark()).toBe(true);
    await page.locator('[data-test=toggle-dark]').click();
    expect(await dark()).toBe(false);
  });

  it('keeps header buttons readable on hover: white text on a darker red, not on a pale grey', async () => {
    const page = admin.page;
    await page.goto(`${admin.gateway.url}/dashboard`);
    const button = page.locator('[data-test=switch-locale]');
    await button.hover();
    await expect
      .poll(() => button.evaluate((element) => getComputedStyle(element).color))
      .toBe('rgb(255, 255, 255)');
    const background = await button.evaluate((element) => getComputedStyle(element).backgroundColor);
    const [r, g, b] = (background.match(/[\d.]+/g) ?? []).map(Number);
    // a translucent black over the red header, never Element Plus' light grey (#f5f7fa-ish)
    expect(Math.min(r ?? 255, g ?? 255, b ?? 255)).toBeLessThan(100);
  });
});
