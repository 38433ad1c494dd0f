import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../gateway/src/access/permissions.js';
import { routes } from '../../src/routes.js';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { loadZhouwang } from '../support/town.js';
import { allPaths, concretePath, UNKNOWN_PATH } from './shell-support.js';

type Role = 'ADMIN' | 'VILLAGE' | 'AUDITOR';
const ROLES: Role[] = ['ADMIN', 'VILLAGE', 'AUDITOR'];

/** What went wrong on a page, as it happened: console errors, uncaught exceptions, failed GraphQL calls. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/graphql' && response.status() >= 400) {
      problems.push(`GraphQL ${response.status()}: ${response.request().postData()?.slice(0, 200)}`);
    }
  });
  return problems;
}

describe('every page of the client, for every role, over the Zhouwang demo (real browser)', () => {
  let admin: AdminUnderTest;
  let ids: { cadre: string; village: string };
  beforeAll(async () => {
    admin = await startAdmin();
    await loadZhouwang(admin);
    // 王建国, 周王村's secretary: a cadre of the village a village secretary signs in for.
    const row = admin.system.readModels
      .prepare("SELECT cadre_id, village_id FROM cadres WHERE name = '王建国'")
      .get() as { cadre_id: string; village_id: string };
    ids = { cadre: row.cadre_id, village: row.village_id };
  });
  afterAll(async () => {
    await admin?.stop();
  });

  const paths = allPaths(routes).map((route) => route.path);

  it('has pages to open, dynamic ones among them', () => {
    expect(paths).toContain('/cadres/:id');
    expect(paths.length).toBeGreaterThan(8);
  });

  for (const role of ROLES) {
    it(`opens every page and tab as ${role} without an error`, async () => {
      const page = await admin.pageSignedInAs(role, role === 'VILLAGE' ? ids.village : undefined);
      page.setDefaultTimeout(10_000);
      const problems = watchProblems(page);
      const failures: string[] = [];
      for (const route of allPaths(routes)) {
        const path = concretePath(route.path, ids);
        problems.length = 0;
        await page.goto(`${admin.gateway.url}${path}`);
        await page.waitForLoadState('networkidle');
        // A page's tabs are part of it: each is opened, as a user would.
        for (const tab of await page.getByRole('tab').all()) {
          await tab.click();
          await page.waitForLoadState('networkidle');
        }
        // The gateway's own policy decides: a page opens when the role may call every root field it requires.
        const permitted = new Set(permissionsOf(role).map((p) => p.field));
        const allowed = (route.meta?.requires ?? []).every((field) => permitted.has(field));
        const landed = new URL(page.url()).pathname;
        const visibleErrors = await page
          .locator('.el-message--error, [data-test=load-error]:visible')
          .count();
        const found = [
          ...problems,
          ...(visibleErrors > 0 ? [`${visibleErrors} error message(s) shown`] : []),
          ...(allowed && landed === '/forbidden' && route.path !== '/forbidden'
            ? ['refused a page the role may open']
            : []),
          ...(!allowed && landed !== '/forbidden'
            ? [`opened a page that requires ${route.meta?.requires?.join(', ')}`]
            : []),
          ...(path === UNKNOWN_PATH && (await page.locator('[data-test=not-found]').count()) !== 1
            ? ['no 404 page at an unknown address']
            : []),
          ...(landed === '/sign-in' && !route.meta?.public ? ['sent to sign in'] : []),
        ];
        failures.push(...found.map((problem) => `${path}: ${problem}`));
      }
      expect(failures).toEqual([]);
      await page.context().close();
    });
  }
});
