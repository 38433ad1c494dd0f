import { fileURLToPath } from 'node:url';
import { openSystem, type RunningGateway, type System, startGateway } from '@cadre/gateway';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';

const ADMIN_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface AdminUnderTest {
  system: System;
  gateway: RunningGateway;
  browser: Browser;
  /** A page already signed in as an administrator. */
  page: Page;
  credentials: { username: string; password: string };
  /** A new page (own browser context) signed in as a new user of this role. */
  pageSignedInAs(
    role: 'ADMIN' | 'VILLAGE' | 'AUDITOR',
    villageId?: string,
    displayName?: string,
  ): Promise<Page>;
  stop(): Promise<void>;
}

const CREDENTIALS = { username: 'admin', password: 'admin-under-test' };

/**
 * The day the admin client is tested on, for the gateway and the browser alike: no test depends on the
 * real calendar (a December day, when the demo's old report year was still last year). It lies before
 * any real day the tests run on, so the sessions the accounts issue on the real clock are still valid
 * on the browser's.
 */
export const ADMIN_TODAY = '2026-12-01';

/**
 * The built admin client, served by a real gateway over an in-memory store, in a real browser, with an
 * administrator signed in (the session is placed where the client keeps it, as signing in would). The
 * gateway's clock and the browser's stand still at noon (China time) of `today`.
 */
export async function startAdmin({ today = ADMIN_TODAY } = {}): Promise<AdminUnderTest> {
  const noon = new Date(`${today}T12:00:00+08:00`);
  const system = await openSystem({ dataDir: ':memory:', now: () => new Date(noon) });
  const gateway = await startGateway({ system, port: 0, adminDist: ADMIN_DIST });
  await system.accounts.createUser({ ...CREDENTIALS, role: 'ADMIN', displayName: '镇组织办' });
  const browser = await launchChromium();
  /** A page whose client finds this user's session where it keeps it, as signing in would leave it. */
  const pageOf = async (username: string, password: string) => {
    const session = await system.accounts.signIn(username, password);
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    await context.clock.setFixedTime(noon);
    await context.addInitScript((value) => {
      if (!localStorage.getItem('cadre.session')) localStorage.setItem('cadre.session', value);
    }, JSON.stringify(session));
    return context.newPage();
  };
  const page = await pageOf(CREDENTIALS.username, CREDENTIALS.password);
  let users = 0;
  return {
    system,
    gateway,
    browser,
    page,
    credentials: CREDENTIALS,
    async pageSignedInAs(role, villageId, displayName) {
      const username = `${role.toLowerCase()}-${++users}`;
      await system.accounts.createUser({
        username,
        password: CREDENTIALS.password,
        role,
        ...(villageId ? { villageId } : {}),
        ...(displayName ? { displayName } : {}),
      });
      return pageOf(username, CREDENTIALS.password);
    },
    async stop() {
      await browser.close();
      await gateway.stop();
      await system.close();
    },
  };
}
