import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { errorUnder, eventsOf, formOf, submitAndClose } from '../support/command-forms.js';
import { registerTownAndVillage } from '../support/town.js';

describe('the village page records committee reviews and resolves their warnings (real browser and store)', () => {
  let admin: AdminUnderTest;
  let villageId: string;
  const events = () => eventsOf(admin, `village-${villageId}`);
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
    ({ villageId } = await registerTownAndVillage(admin, '幸福村'));
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('records a committee review with two early warnings, then resolves one of them (销号)', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/villages/${villageId}`);
    await page.locator('[data-test=record-committee-review]').click();
    const form = formOf(page, 'recordCommitteeReview');
    await form.locator('[data-test=period]').fill('2026年届中');
    await form.locator('[data-test=findings]').fill('班子团结，但议事规则执行不严');
    await form.locator('[data-test=add-warning]').click();
    await form.locator('[data-test=warning-0]').fill('村务公开不及时');
    await form.locator('[data-test=add-warning]').click();
    await form.locator('[data-test=warning-1]').fill('“三会一课”记录不全');
    await submitAndClose(page, 'recordCommitteeReview');

    const warnings = page.locator('[data-test=open-warnings]');
    await expect.poll(() => warnings.textContent()).toContain('村务公开不及时');
    expect(await warnings.textContent()).toContain('“三会一课”记录不全');
    const [review] = (await events()).filter((event) => event.type === 'CommitteeReviewRecorded');
    expect(review?.data).toMatchObject({
      period: '2026年届中',
      earlyWarnings: [{ description: '村务公开不及时' }, { description: '“三会一课”记录不全' }],
    });

    await warnings
      .locator('tr', { hasText: '村务公开不及时' })
      .locator('[data-test=resolve-warning]')
      .click();
    const resolve = formOf(page, 'resolveWarning');
    expect(await resolve.locator('[data-test=warning-description]').textContent()).toBe('村务公开不及时');
    await resolve.locator('[data-test=corrective-action]').fill('建立村务公开台账，每月5日前公开');
    await submitAndClose(page, 'resolveWarning');
    await expect.poll(() => warnings.textContent()).not.toContain('村务公开不及时');
    expect(await warnings.textContent()).toContain('“三会一课”记录不全');
    const resolved = (await events()).filter((event) => event.type === 'EarlyWarningResolved');
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.data).toMatchObject({ correctiveAction: '建立村务公开台账，每月5日前公开' });
  });

  it('refuses an over-long issue under its row and a second review of a period under the period; writes nothing', async () => {
    const { page } = admin;
    const before = (await events()).length;
    await page.locator('[data-test=record-committee-review]').click();
    const form = formOf(page, 'recordCommitteeReview');
    await form.locator('[data-test=period]').fill('2026年届中');
    await form.locator('[data-test=findings]').fill('再次分析');
    await form.locator('[data-test=add-warning]').click();
    await form.locator('[data-test=warning-0]').fill('x'.repeat(501));
    await page.locator('[data-test=recordCommitteeReview-submit]').click();
    // The over-long issue is refused under its own row.
    await expect.poll(() => errorUnder(form, 'warning-0').textContent()).toContain('过长');
    await form.locator('[data-test=warning-0]').fill('台账不全');
    await page.locator('[data-test=recordCommitteeReview-submit]').click();
    await expect.poll(() => errorUnder(form, 'period').textContent()).toBe('该期次的班子运行分析已记录');
    await expect.poll(() => errorUnder(form, 'warning-0').count()).toBe(0);
    expect(await form.locator('[data-test=period]').inputValue()).toBe('2026年届中');
    expect(await events()).toHaveLength(before);
  });
});
