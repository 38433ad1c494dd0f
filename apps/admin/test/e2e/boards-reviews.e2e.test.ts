import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { eventsOf, formOf, submitAndClose } from '../support/command-forms.js';
import { registerTownAndVillage, runCommands } from '../support/town.js';

/** 联审与预警 (real browser and store): committee reviews by village, and an early warning resolved (销号). */
describe('the reviews and early warnings board', () => {
  let admin: AdminUnderTest;
  let villageId: string;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    const town = await registerTownAndVillage(admin, '幸福村');
    villageId = town.villageId;
    const other = randomUUID();
    const review = (village: string, period: string, issues: string[]): [any, Record<string, unknown>] => [
      'RecordCommitteeReview',
      {
        villageId: village,
        period,
        reviewedOn: ADMIN_TODAY,
        findings: `${period}：班子运行总体平稳`,
        earlyWarnings: issues.map((description) => ({ issueId: randomUUID(), description })),
      },
    ];
    await runCommands(admin, [
      ['RegisterVillage', { villageId: other, townshipId: town.townshipId, name: '和美村', kind: 'VILLAGE' }],
      review(villageId, '2026年届中', ['村务公开不及时', '“三会一课”记录不全']),
      review(other, '2026年届中', ['集体资产台账不清']),
    ]);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('lists the reviews by village with their open warnings, and shows one village’s warnings', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/reviews`);
    await page.getByRole('tab', { name: '班子运行分析研判' }).click();
    const reviews = page.locator('[data-test=committee-reviews] .el-table__body');
    await expect.poll(() => reviews.locator('tr').count()).toBe(2);
    const row = reviews.locator('tr', { hasText: '幸福村' });
    expect(await row.textContent()).toContain('2026年届中');
    await row.locator('[data-test=show-warnings]').click();
    const warnings = page.locator('[data-test=early-warnings] .el-table__body');
    await expect.poll(() => warnings.locator('tr').count()).toBe(2);
    expect(await warnings.textContent()).not.toContain('集体资产台账不清');
  });

  it('resolves an early warning with its corrective action and sees it closed (销号)', async () => {
    const { page } = admin;
    const board = page.locator('[data-test=early-warnings]');
    await board.locator('[data-test=board-reset]').click();
    const warnings = board.locator('.el-table__body');
    await expect.poll(() => warnings.locator('tr').count()).toBe(3);
    await warnings
      .locator('tr', { hasText: '村务公开不及时' })
      .locator('[data-test=resolve-warning]')
      .click();
    await formOf(page, 'resolveWarning')
      .locator('[data-test=corrective-action]')
      .fill('建立村务公开台账，每月5日前公开');
    await submitAndClose(page, 'resolveWarning');
    // Open ones only (the default): it is gone.
    await expect.poll(() => warnings.locator('tr').count()).toBe(2);
    expect(await warnings.textContent()).not.toContain('村务公开不及时');

    await board.locator('[data-test=state-closed]').click();
    await board.locator('[data-test=board-query]').click();
    await expect.poll(() => warnings.locator('tr').count()).toBe(1);
    const closed = warnings.locator('tr').first();
    expect(await closed.textContent()).toContain('建立村务公开台账');
    expect(await closed.locator('[data-test=warning-state-tag]').textContent()).toContain('已销号');
    const resolved = (await eventsOf(admin, `village-${villageId}`)).filter(
      (e) => e.type === 'EarlyWarningResolved',
    );
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.data).toMatchObject({
      correctiveAction: '建立村务公开台账，每月5日前公开',
      resolvedOn: ADMIN_TODAY,
    });
  });

  it('keeps a village secretary to their own village’s warnings, with no 销号 (the office resolves)', async () => {
    const secretary = await admin.pageSignedInAs('VILLAGE', villageId);
    secretary.setDefaultTimeout(15_000);
    await secretary.goto(`${admin.gateway.url}/reviews`);
    const warnings = secretary.locator('[data-test=early-warnings] .el-table__body');
    await expect.poll(() => warnings.locator('tr').count()).toBe(1);
    expect(await warnings.textContent()).toContain('“三会一课”记录不全');
    expect(await secretary.locator('[data-test=resolve-warning]').count()).toBe(0);
    await secretary.context().close();
  });
});
