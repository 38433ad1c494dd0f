import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { loadZhouwang } from '../support/town.js';
import { villageIdOf } from './shell-support.js';

/** Each role's menu and URL guards, from the gateway's permissions; the 404 page; the user menu. */
describe('the shell: menus, guards, 404 and the user menu (real browser)', () => {
  let admin: AdminUnderTest;
  let zhouwang: string;
  beforeAll(async () => {
    admin = await startAdmin();
    await loadZhouwang(admin);
    zhouwang = villageIdOf(admin, '周王村');
  });
  afterAll(async () => {
    await admin?.stop();
  });

  const menuOf = async (page: import('playwright-core').Page) => {
    // the roster, not the dashboard: its charts make a slow first page on a busy machine
    await page.goto(`${admin.gateway.url}/cadres`);
    await page.locator('[data-test=nav-roster]').waitFor({ timeout: 60_000 });
    return page
      .locator('[data-test=side-menu] [data-test^=nav-]:not([data-test^=nav-group])')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-test')));
  };

  it('lists for each role the pages its permissions open, in groups', async () => {
    const office = await menuOf(admin.page);
    expect(office).toEqual(
      expect.arrayContaining(['nav-dashboard', 'nav-roster', 'nav-register', 'nav-audit']),
    );
    expect(await admin.page.locator('[data-test="nav-group-干部管理"]').count()).toBe(1);

    const secretary = await admin.pageSignedInAs('VILLAGE', zhouwang);
    const secretaryMenu = await menuOf(secretary);
    expect(secretaryMenu).toEqual(expect.arrayContaining(['nav-dashboard', 'nav-roster', 'nav-villages']));
    expect(secretaryMenu).not.toContain('nav-register');
    expect(secretaryMenu).not.toContain('nav-audit');

    const auditor = await admin.pageSignedInAs('AUDITOR');
    const auditorMenu = await menuOf(auditor);
    expect(auditorMenu).toContain('nav-audit');
    expect(auditorMenu).not.toContain('nav-register');
    await secretary.context().close();
    await auditor.context().close();
  }, 180_000);

  it('shows 无权访问 for a page typed into the address bar that the role may not use', async () => {
    const secretary = await admin.pageSignedInAs('VILLAGE', zhouwang);
    secretary.setDefaultTimeout(10_000);
    for (const path of ['/cadres/new', '/audit']) {
      await secretary.goto(`${admin.gateway.url}${path}`);
      await secretary.locator('[data-test=forbidden]').waitFor();
      expect(await secretary.locator('[data-test=forbidden]').textContent()).toContain('无权访问');
      expect(await secretary.locator('[data-test=forbidden-from]').textContent()).toBe(path);
    }
    const auditor = await admin.pageSignedInAs('AUDITOR');
    await auditor.goto(`${admin.gateway.url}/cadres/new`);
    await auditor.locator('[data-test=forbidden]').waitFor();
    await admin.page.goto(`${admin.gateway.url}/cadres/new`);
    await admin.page.locator('[data-test=register-form]').waitFor();
    expect(await admin.page.locator('[data-test=forbidden]').count()).toBe(0);
    await secretary.context().close();
    await auditor.context().close();
  });

  it('offers a village secretary only their own village in the 范围 selector', async () => {
    const secretary = await admin.pageSignedInAs('VILLAGE', zhouwang);
    secretary.setDefaultTimeout(10_000);
    await secretary.goto(`${admin.gateway.url}/cadres`);
    const select = secretary.locator('[data-test=village-filter]');
    await expect.poll(() => select.textContent()).toContain('周王村');
    await select.click();
    const options = secretary.locator('.el-select-dropdown__item:visible');
    await expect.poll(() => options.count()).toBe(1);
    expect(await options.first().textContent()).toContain('周王村');
    await secretary.context().close();
  });

  it('answers an unknown address with the 404 page inside the shell', async () => {
    await admin.page.goto(`${admin.gateway.url}/no/such/page`);
    await admin.page.locator('[data-test=not-found]').waitFor();
    expect(await admin.page.locator('[data-test=not-found]').textContent()).toContain('/no/such/page');
    expect(await admin.page.locator('[data-test=side-menu]').count()).toBe(1);
  });

  it("shows the user's name, role and village, and 退出登录 ends the session on the server", async () => {
    const secretary = await admin.pageSignedInAs('VILLAGE', zhouwang);
    secretary.setDefaultTimeout(10_000);
    await secretary.goto(`${admin.gateway.url}/cadres`);
    await secretary.locator('[data-test=user-menu]').click();
    await expect.poll(() => secretary.locator('[data-test=user-village]').textContent()).toBe('周王村');
    expect(await secretary.locator('[data-test=user-role]').textContent()).toBe('村党组织书记');
    const token = await secretary.evaluate(
      () => JSON.parse(localStorage.getItem('cadre.session') ?? '{}').token,
    );
    await secretary.locator('[data-test=sign-out]').click();
    await secretary.waitForURL(/\/sign-in/);
    const answer = await fetch(`${admin.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ cadres(first: 1) { totalCount } }' }),
    });
    const body = (await answer.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await secretary.context().close();
  });
});
