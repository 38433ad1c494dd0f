import type { Page } from 'playwright-core';
import type { RouteRecordRaw } from 'vue-router';
import type { AdminUnderTest } from '../support/admin-under-test.js';

/** A village's id by its name in the demo. */
export function villageIdOf(admin: AdminUnderTest, name: string): string {
  return (
    admin.system.readModels.prepare('SELECT village_id FROM villages WHERE name = ?').get(name) as {
      village_id: string;
    }
  ).village_id;
}

/** A cadre's id by their name in the demo. */
export function cadreIdOf(admin: AdminUnderTest, name: string): string {
  return (
    admin.system.readModels.prepare('SELECT cadre_id FROM cadres WHERE name = ?').get(name) as {
      cadre_id: string;
    }
  ).cadre_id;
}

/** A GraphQL request over HTTP in a session of its own (another user at another desk). */
export async function asSecondUser(admin: AdminUnderTest) {
  const { token } = await admin.system.accounts.signIn(
    admin.credentials.username,
    admin.credentials.password,
  );
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${admin.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: Array<{ message: string }> };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };
}

/** Marks the document, so that a test can tell later that the page was not reloaded. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
}

export function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

/**
 * How wide the page is: the document's scroll width, and the main area's (el-main scrolls on its own, so
 * a table wider than the phone would widen it and not the document). Tables scroll inside their own box.
 */
export function pageOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('.main');
    const mainOverflow = main ? main.scrollWidth - main.clientWidth : 0;
    return {
      scrollWidth: Math.max(document.documentElement.scrollWidth, window.innerWidth + mainOverflow),
      innerWidth: window.innerWidth,
    };
  });
}

/** The router's own list, so that a new page is opened here without a line of this test changing. */
export function allPaths(records: readonly RouteRecordRaw[], prefix = ''): RouteRecordRaw[] {
  return records.flatMap((record) => {
    const path = record.path.startsWith('/') ? record.path : `${prefix}/${record.path}`;
    return [{ ...record, path } as RouteRecordRaw, ...allPaths(record.children ?? [], path)];
  });
}

/** The catch-all route (the 404 page) is opened at an address no other route answers. */
export const UNKNOWN_PATH = '/no-such-page/here';

/** A route's path with an existing id for each parameter; a parameter this test has no id for fails it. */
export function concretePath(path: string, ids: { cadre: string; village: string }): string {
  if (path.startsWith('/:')) return UNKNOWN_PATH;
  return path.replace(/:(\w+)/g, (param) => {
    if (path.startsWith('/cadres/')) return ids.cadre;
    if (path.startsWith('/villages/')) return ids.village;
    throw new Error(`No existing id for ${param} of ${path}: give this test one`);
  });
}
