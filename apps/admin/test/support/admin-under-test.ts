import { fileURLToPath } from 'node:url';
import { openSystem, type RunningGateway, type System, startGateway } from '@cadre/gateway';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';

const ADMIN_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface AdminUnderTest {
  system: System;
  gateway: RunningGateway;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

/** The built admin client, served by a real gateway over an in-memory store, in a real browser. */
export async function startAdmin(): Promise<AdminUnderTest> {
  const system = await openSystem({ dataDir: ':memory:' });
  const gateway = await startGateway({ system, port: 0, adminDist: ADMIN_DIST });
  const browser = await launchChromium();
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  return {
    system,
    gateway,
    browser,
    page,
    async stop() {
      await browser.close();
      await gateway.stop();
      await system.close();
    },
  };
}
