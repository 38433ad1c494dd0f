import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { chooseOption } from '../support/element-plus.js';
import { approveThroughBus, registerCadre, registerTownAndVillage, runCommands } from '../support/town.js';

/** 荣誉·考核·待遇 by year (real browser and store): the year selector, the three tabs, level and village. */
describe('the recognition board', () => {
  let admin: AdminUnderTest;
  let villageId: string;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    const town = await registerTownAndVillage(admin, '幸福村');
    villageId = town.villageId;
    const other = randomUUID();
    await runCommands(admin, [
      ['RegisterVillage', { villageId: other, townshipId: town.townshipId, name: '和美村', kind: 'VILLAGE' }],
    ]);
    const qian = await registerCadre(
      admin,
      { name: '钱志刚', gender: 'MALE', birthDate: '1985-04-02', serial: 61 },
      villageId,
    );
    const sun = await registerCadre(
      admin,
      { name: '孙丽华', gender: 'FEMALE', birthDate: '1988-09-12', serial: 62 },
      other,
    );
    // A benefit is granted to a cadre in office.
    const seat = { committee: 'PARTY_COMMITTEE', position: 'MEMBER' } as const;
    await approveThroughBus(admin, { cadreId: qian, ...town }, seat);
    await runCommands(admin, [
      ['AppointCadre', { cadreId: qian, villageId, ...seat, method: 'ELECTION', appointedOn: ADMIN_TODAY }],
    ]);
    await runCommands(admin, [
      [
        'HonorCadre',
        {
          cadreId: qian,
          title: '优秀村干部',
          level: 'TOWNSHIP',
          awardingBody: '测试镇党委',
          awardedOn: '2026-07-01',
        },
      ],
      [
        'HonorCadre',
        {
          cadreId: sun,
          title: '乡村振兴先进个人',
          level: 'DISTRICT',
          awardingBody: '测试区委',
          awardedOn: '2026-09-01',
        },
      ],
      [
        'HonorCadre',
        {
          cadreId: sun,
          title: '优秀共产党员',
          level: 'TOWNSHIP',
          awardingBody: '测试镇党委',
          awardedOn: '2025-07-01',
        },
      ],
      [
        'RecordAnnualAssessment',
        { cadreId: qian, year: 2025, score: 92, grade: 'EXCELLENT', bonus: 3000, assessedOn: '2026-01-15' },
      ],
      [
        'RecordAnnualAssessment',
        { cadreId: sun, year: 2025, score: 81, grade: 'COMPETENT', bonus: 2000, assessedOn: '2026-01-15' },
      ],
      [
        'GrantBenefit',
        { cadreId: qian, kind: 'HEALTH_CHECKUP', year: 2026, amount: 500, grantedOn: ADMIN_TODAY },
      ],
    ]);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  const rows = (list: string) => admin.page.locator(`[data-test=${list}] .el-table__body tr`);

  it('shows this year’s honors, filters them by level and village, and another year’s on choosing it', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/recognition`);
    await expect.poll(() => rows('recognition-honors').count()).toBe(2);
    const honors = page.locator('[data-test=recognition-honors]');
    await chooseOption(page, honors.locator('[data-test=recognition-honors-level]'), '区级');
    await honors.locator('[data-test=board-query]').click();
    await expect.poll(() => rows('recognition-honors').count()).toBe(1);
    expect(await rows('recognition-honors').first().textContent()).toContain('孙丽华');
    await honors.locator('[data-test=board-reset]').click();
    await chooseOption(page, honors.locator('[data-test=board-village]'), '幸福村');
    await honors.locator('[data-test=board-query]').click();
    await expect.poll(() => rows('recognition-honors').count()).toBe(1);
    expect(await rows('recognition-honors').first().textContent()).toContain('优秀村干部');
    await honors.locator('[data-test=board-reset]').click();

    await chooseOption(page, page.locator('[data-test=recognition-year]'), '2025');
    await expect.poll(() => rows('recognition-honors').count()).toBe(1);
    expect(await rows('recognition-honors').first().textContent()).toContain('优秀共产党员');
  });

  it('shows the year’s assessments by score and benefits to the office; no benefits tab for a village secretary', async () => {
    const { page } = admin;
    await page.getByRole('tab', { name: '综合考评' }).click();
    await expect.poll(() => rows('recognition-assessments').count()).toBe(2);
    expect(await rows('recognition-assessments').first().textContent()).toContain('钱志刚');
    expect(await rows('recognition-assessments').first().textContent()).toContain('优秀');
    await page.locator('[data-test=recognition-assessments] th', { hasText: '得分' }).click();
    await expect.poll(() => rows('recognition-assessments').first().textContent()).toContain('孙丽华');

    await chooseOption(page, page.locator('[data-test=recognition-year]'), '2026');
    await page.getByRole('tab', { name: '关爱保障' }).click();
    await expect.poll(() => rows('recognition-benefits').count()).toBe(1);
    expect(await rows('recognition-benefits').first().textContent()).toContain('健康体检');

    const secretary = await admin.pageSignedInAs('VILLAGE', villageId);
    secretary.setDefaultTimeout(15_000);
    await secretary.goto(`${admin.gateway.url}/recognition`);
    await expect
      .poll(() => secretary.locator('[data-test=recognition-honors] .el-table__body tr').count())
      .toBe(1);
    expect(await secretary.getByRole('tab', { name: '关爱保障' }).count()).toBe(0);
    await secretary.context().close();
  });
});
