import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { chooseOption, fillDate } from '../support/element-plus.js';
import { loadZhouwang } from '../support/town.js';

describe('roster and dossier (一人一档) over the Zhouwang data set (real browser)', () => {
  let admin: AdminUnderTest;
  let year: number;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
    year = await loadZhouwang(admin);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  const total = () => admin.page.locator('[data-test=roster-total]').textContent();
  const roster = () => admin.page.locator('[data-test=roster-table]');

  it('filters the roster by role, village and name, and pages through it', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/cadres`);
    await expect.poll(total).toBe('共 49 人');
    await page.locator('[data-test=next-page]').click();
    await expect.poll(() => page.locator('[data-test=page-number]').textContent()).toBe('第 2 页');
    await page.locator('[data-test=role-PARTY_SECRETARY]').click();
    await expect.poll(total).toBe('共 7 人');
    expect(await page.locator('[data-test=page-number]').textContent()).toBe('第 1 页');
    await page.locator('[data-test=role-RESERVE]').click();
    await expect.poll(total).toBe('共 11 人');
    await page.locator('[data-test=role-COMMITTEE_MEMBER]').click();
    await expect.poll(total).toBe('共 37 人');
    await page.locator('[data-test=role-ALL]').click();
    await chooseOption(page, page.locator('[data-test=village-filter]'), '周王村');
    await expect.poll(total).toBe('共 8 人');
    await page.locator('[data-test=name-search]').fill('王建国');
    await page.locator('[data-test=name-search]').press('Enter');
    await expect.poll(total).toBe('共 1 人');
    expect(await roster().textContent()).toContain('村党组织书记、村（居）委会主任');
  });

  it('opens a dossier from the roster: profile and current and past posts', async () => {
    const { page } = admin;
    await roster().getByRole('link', { name: '王建国' }).click();
    await page.waitForURL(/\/cadres\/[0-9a-f-]{36}/);
    await expect.poll(() => page.locator('[data-test=dossier-name]').textContent()).toBe('王建国');
    const profile = await page.locator('[data-test=profile-section]').textContent();
    expect(profile).toContain('安徽肥西');
    expect(profile).toContain('1996-07-01');
    await page.getByRole('tab', { name: '任职情况' }).click();
    const current = page.locator('[data-test=current-posts]');
    await expect.poll(() => current.textContent()).toContain('村党组织书记');
    expect(await current.textContent()).toContain('村（居）委会主任');
    expect(await page.locator('[data-test=post-history]').textContent()).toContain('换届选举');
  });

  it('shows the joint review of each seat with each of the four departments’ verdicts', async () => {
    const { page } = admin;
    await page.getByRole('tab', { name: '资格联审' }).click();
    // 一肩挑: the secretary who also chairs the committee was reviewed for each of the two seats.
    const reviews = page.locator('[data-test=review-card]');
    await expect.poll(() => reviews.count()).toBe(2);
    for (const review of await reviews.all()) {
      expect(await review.locator('[data-test=verdict]').allTextContents()).toEqual([
        '通过',
        '通过',
        '通过',
        '通过',
      ]);
      const text = await review.textContent();
      for (const department of ['纪检监察', '公安', '司法', '信访']) expect(text).toContain(department);
      expect(await review.locator('[data-test=review-outcome]').textContent()).toContain('通过');
    }
  });

  it('lists the file’s history event by event, and shows the file as of a past day', async () => {
    const { page } = admin;
    await page.getByRole('tab', { name: '档案变更记录' }).click();
    const history = page.locator('[data-test=history-table]');
    await expect.poll(() => history.locator('[data-test=event-type]').first().textContent()).toBe('登记干部');
    const types = await history.locator('[data-test=event-type]').allTextContents();
    expect(types.slice(0, 7)).toEqual([
      '登记干部',
      '发起资格联审',
      '部门审查意见',
      '部门审查意见',
      '部门审查意见',
      '部门审查意见',
      '资格联审办结',
    ]);
    expect(await history.textContent()).toContain('system:demo');
    await page.locator('[data-test=history-section] [data-test=next-page]').click();
    await expect
      .poll(() => page.locator('[data-test=history-section] [data-test=page-number]').textContent())
      .toBe('第 2 页');

    const election = year - 5;
    const snapshotPosts = page.locator('[data-test=snapshot-posts]');
    await fillDate(page.locator('[data-test=cadre-as-of-picker]'), `${election}-09-30`);
    await expect.poll(() => snapshotPosts.textContent()).toContain('未担任“两委”职务');
    await fillDate(page.locator('[data-test=cadre-as-of-picker]'), `${election}-12-31`);
    await expect.poll(() => snapshotPosts.textContent()).toContain('村党组织书记');
  });

  it('shows a reserve cadre’s mentors by name', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/cadres`);
    await page.locator('[data-test=role-RESERVE]').click();
    await expect.poll(total).toBe('共 11 人');
    await roster().locator('[data-test=cadre-link]').first().click();
    await page.getByRole('tab', { name: '后备培养' }).click();
    const mentors = page.locator('[data-test=mentors]');
    await expect.poll(() => mentors.textContent()).toContain('包村领导');
    await expect.poll(() => mentors.locator('a').allTextContents()).not.toContain('…');
    expect(await mentors.locator('a').count()).toBe(3);
  });
});
