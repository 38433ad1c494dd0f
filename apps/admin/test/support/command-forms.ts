import type { Locator, Page } from 'playwright-core';
import type { AdminUnderTest } from './admin-under-test.js';

/** The form of an action (a CommandDialog named `name`), while it is open. */
export const formOf = (page: Page, name: string): Locator => page.locator(`[data-test=${name}-form]`);

/** On a dossier: opens the tab, then the action's form. */
export async function openDossierAction(page: Page, tab: string, name: string): Promise<Locator> {
  await page.getByRole('tab', { name: tab }).click();
  await page.locator(`[data-test=action-${name}]:visible`).click();
  const form = formOf(page, name);
  await form.waitFor();
  return form;
}

/** Submits an open form and waits until it has closed (the command was written). */
export async function submitAndClose(page: Page, name: string): Promise<void> {
  await page.locator(`[data-test=${name}-submit]`).click();
  await formOf(page, name).waitFor({ state: 'detached' });
}

/** The error shown under the form item holding the element `[data-test=<test>]`. */
export const errorUnder = (form: Locator, test: string): Locator =>
  form
    .locator('.el-form-item', { has: form.page().locator(`[data-test="${test}"]`) })
    .locator('.el-form-item__error');

/** The events of one stream (`cadre-<id>`, `village-<id>`), oldest first. */
export async function eventsOf(admin: AdminUnderTest, streamId: string) {
  return (await admin.system.store.readAll()).filter((event) => event.streamId === streamId);
}
