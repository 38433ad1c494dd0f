import type { Locator, Page } from 'playwright-core';

/** Opens an el-select and picks the option with this exact label. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** Types a yyyy-mm-dd into an el-date-picker (the component or its input) and confirms it. */
export async function fillDate(picker: Locator, date: string): Promise<void> {
  const isInput = await picker.evaluate((element) => element.tagName === 'INPUT');
  const input = isInput ? picker : picker.locator('input');
  await input.fill(date);
  await input.press('Enter');
}
