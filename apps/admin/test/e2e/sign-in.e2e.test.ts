import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';

describe('admin client: signing in (real browser, real gateway)', () => {
  let admin: AdminUnderTest;
  beforeAll(async () => {
    admin = await startAdmin();
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('sends a visitor without a session to sign in, refuses a wrong password, signs in, and signs out on the server', async () => {
    const context = await admin.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // The client sends its codegen documents by hash; the gateway trusts the manifest shipped in dist/.
    const sentQueryText: string[] = [];
    page.on('request', (request) => {
      const body = request.url().endsWith('/graphql') ? request.postDataJSON() : undefined;
      if (body?.query) sentQueryText.push(body.operationName ?? body.query);
    });
    await page.goto(`${admin.gateway.url}/cadres`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page
      .locator('[data-test=username] input, input[data-test=username]')
      .first()
      .fill(admin.credentials.username);
    await page
      .locator('[data-test=password] input, input[data-test=password]')
      .first()
      .fill('wrong password');
    await page.locator('[data-test=sign-in]').click();
    // checking a password takes scrypt's time: more than a poll's default second on a busy machine
    await expect
      .poll(() => page.locator('.el-message').allTextContents(), { timeout: 10_000 })
      .toContain('用户名或密码错误');
    expect(page.url()).toContain('/sign-in');
    await page
      .locator('[data-test=password] input, input[data-test=password]')
      .first()
      .fill(admin.credentials.password);
    await page.locator('[data-test=sign-in]').click();
    await page.waitForURL((url) => url.pathname === '/cadres');
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('cadre.session') ?? 'null'));
    expect(session.user.role).toBe('ADMIN');

    // 退出登录 ends the session on the server too: the token it held is refused from then on.
    await page.locator('[data-test=user-menu]').click();
    await page.locator('[data-test=sign-out]').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.evaluate(() => localStorage.getItem('cadre.session'))).toBeNull();
    expect(admin.system.accounts.authenticate({ authorization: `Bearer ${session.token}` })).toBeNull();
    expect(sentQueryText).toEqual([]);
    await context.close();
  });
});
