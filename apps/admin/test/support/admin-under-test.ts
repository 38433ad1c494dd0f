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
  pageSignedInAs(role: 'ADMIN' | 'VILLAGE' | 'AUDITOR', villageId?: string): Promise<Page>;
  stop(): Promise<void>;
}

const CREDENTIALS = { username: 'admin', password: 'admin-under-test' };

/**
 * The built admin client, served by a real gateway over an in-memory store, in a real browser, with an
 * administrator signed in (the session is placed where the client keeps it, as signing in would).
 */
export async function startAdmin(): Promise<AdminUnderTest> {
  const system = await openSystem({ dataDir: ':memory:' });
  const gateway = await startGateway({ system, port: 0, adminDist: ADMIN_DIST });
  await system.accounts.createUser({ ...CREDENTIALS, role: 'ADMIN', displayName: '镇组织办' });
  const browser = await launchChromium();
  /** A page whose client finds this user's session where it keeps it, as signing in would leave it. */
  const pageOf = async (username: string, password: string) => {
    const session = await system.accounts.signIn(username, password);
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
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
    async pageSignedInAs(role, villageId) {
      const username = `${role.toLowerCase()}-${++users}`;
      await system.accounts.createUser({
        username,
        password: CREDENTIALS.password,
        role,
        ...(villageId ? { villageId } : {}),
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
