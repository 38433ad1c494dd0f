import type { Page } from 'playwright-core';
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

/** Whether the page is wider than the window (a horizontal scroll bar on the whole page). */
export function pageOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}
