import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/routes.js';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { loadZhouwang } from '../support/town.js';
import { allPaths, cadreIdOf, concretePath, pageOverflow, villageIdOf } from './shell-support.js';

/** Every page of the client at 390 px, as the township office sees it: nothing wider than the phone. */
describe('every page at 390 px (real browser)', () => {
  let admin: AdminUnderTest;
  beforeAll(async () => {
    admin = await startAdmin();
    await loadZhouwang(admin);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('has no horizontal page overflow on any route, tabs included', async () => {
    const ids = { cadre: cadreIdOf(admin, '王建国'), village: villageIdOf(admin, '周王村') };
    const page = await admin.pageSignedInAs('ADMIN');
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    const paths = allPaths(routes).filter((route) => !route.redirect && !route.meta?.public);
    expect(paths.length).toBeGreaterThan(8);
    for (const route of paths) {
      const path = concretePath(route.path, ids);
      await page.goto(`${admin.gateway.url}${path}`);
      await page.waitForLoadState('networkidle');
      const check = async (where: string) => {
        const { scrollWidth } = await pageOverflow(page);
        if (scrollWidth > 390) wide.push(`${where}: ${scrollWidth} px`);
      };
      await check(path);
      for (const [index, tab] of (await page.getByRole('tab').all()).entries()) {
        await tab.click();
        await page.waitForLoadState('networkidle');
        await check(`${path} tab ${index + 1}`);
      }
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });
});
