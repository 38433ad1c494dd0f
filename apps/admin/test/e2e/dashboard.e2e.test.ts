import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { chooseOption, fillDate } from '../support/element-plus.js';
import { loadZhouwang } from '../support/town.js';

/** Each KPI card's label, figure and detail line, by its key (`kpi-<key>`). */
async function kpiCards(
  page: Page,
): Promise<Record<string, { label: string; value: string; detail: string }>> {
  return page.locator('[data-test^="kpi-"].kpi-card').evaluateAll((cards) =>
    Object.fromEntries(
      cards.map((card) => [
        card.getAttribute('data-test')!.slice('kpi-'.length),
        {
          label: card.querySelector('[data-test=kpi-label]')?.textContent?.trim() ?? '',
          value: card.querySelector('[data-test=kpi-value]')?.textContent?.trim() ?? '',
          detail: card.querySelector('[data-test=kpi-detail]')?.textContent?.trim() ?? '',
        },
      ]),
    ),
  );
}

const valuesOf = (cards: Record<string, { value: string }>) =>
  Object.fromEntries(Object.entries(cards).map(([key, card]) => [key, card.value]));

/** The test's today as the report writes it: 2026年12月01日. */
function chinaToday(): string {
  const [y, m, d] = ADMIN_TODAY.split('-');
  return `${y}年${m}月${d}日`;
}

describe('dashboard: the township statistics over the Zhouwang data set (real browser)', () => {
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

  it('is the home page and shows the report’s figures on its KPI cards, as of today', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/?year=${year}`);
    await page.waitForURL('**/dashboard**');
    await page.goto(`${gateway.url}/dashboard?year=${year}`);
    await expect.poll(() => kpiCards(page).then((cards) => Object.keys(cards).length)).toBe(10);
    const cards = await kpiCards(page);
    expect(valuesOf(cards)).toEqual({
      villages: '7',
      partySecretaries: '7',
      reserveCadres: '11',
      committeeEducation: '10.8%',
      trainingSessions: '14',
      externalTraining: '3',
      serviceRequests: '101',
      admonishments: '2',
      pledgeItems: '63',
      honors: '3',
    });
    expect(Object.fromEntries(Object.entries(cards).map(([key, card]) => [key, card.label]))).toEqual({
      villages: '村（社区）数',
      partySecretaries: '党组织书记',
      reserveCadres: '后备干部',
      committeeEducation: '“两委”干部本科以上',
      trainingSessions: '培训场次（含外出）',
      externalTraining: '外出实训书记',
      serviceRequests: '解决群众急难愁盼',
      admonishments: '约谈',
      pledgeItems: '承诺事项',
      honors: '区级以上表彰干部',
    });
    expect(cards.villages!.detail).toBe('村 5 个 · 社区 2 个');
    expect(cards.reserveCadres!.detail).toBe('本科以上 45%');
    expect(cards.committeeEducation!.detail).toContain('大专以上 89.2%');
    expect(cards.trainingSessions!.detail).toBe('内部 12 场 · 外出 2 场 · 覆盖率 100%');
    expect(cards.honors!.detail).toBe('区级以上荣誉 3 项 · 全年荣誉 5 项');
    expect(await page.locator('[data-test=as-of-line]').textContent()).toBe(`截至 ${chinaToday()}`);
  });

  it('opens on the gateway’s current year when the address names none, with this year’s figures', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/dashboard`);
    await expect.poll(() => kpiCards(page).then((cards) => cards.trainingSessions?.value)).toBe('14');
    expect(await page.locator('.el-date-editor--year input').inputValue()).toBe(String(year));
    expect(valuesOf(await kpiCards(page))).toMatchObject({
      admonishments: '2',
      honors: '3',
      pledgeItems: '63',
    });
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
  });

  it('draws the six charts, and says so when the year’s pledges are not rated yet', async () => {
    const { page } = admin;
    for (const chart of ['education', 'age', 'gender', 'reserve-sources', 'honors']) {
      await expect
        .poll(() => page.locator(`[data-test=chart-${chart}] canvas`).count(), { message: chart })
        .toBeGreaterThan(0);
    }
    expect(await page.locator('[data-test=chart-pledge-ratings] [data-test=chart-empty]').textContent()).toBe(
      '本年度承诺尚未评议',
    );
    expect(await page.locator('[data-test=chart-age]').textContent()).toContain('平均年龄 46.2 岁');
    // Two frames: the charts have painted (no animation) before the picture is taken.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.screenshot({ path: '/tmp/dashboard.png', fullPage: true });
  });

  it('travels back in time: the figures as of 1 March of the report year', async () => {
    const { page } = admin;
    await fillDate(page.locator('[data-test=as-of-picker]'), `${year}-03-01`);
    await expect
      .poll(() => page.locator('[data-test=as-of-line]').textContent())
      .toBe(`截至 ${year}年03月01日`);
    await expect
      .poll(() => kpiCards(page).then(valuesOf))
      .toMatchObject({
        villages: '7',
        reserveCadres: '11',
        trainingSessions: '3',
        admonishments: '0',
        honors: '0',
      });
    // The tag zooms in (el-tag's transition): it has no width for its first moments.
    await expect.poll(() => page.locator('[data-test=time-travel-tag]').isVisible()).toBe(true);
    expect(page.url()).toContain(`asOf=${year}-03-01`);
  });

  it('narrows the figures to one village', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/dashboard?year=${year}`);
    await chooseOption(page, page.locator('[data-test=village-filter]'), '周王村');
    await expect
      .poll(() => kpiCards(page).then(valuesOf))
      .toMatchObject({
        villages: '1',
        partySecretaries: '1',
        reserveCadres: '2',
      });
  });

  it('switches to English', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/dashboard?year=${year}`);
    await page.locator('[data-test=switch-locale]').click();
    await expect
      .poll(() => kpiCards(page).then((cards) => cards.partySecretaries?.label))
      .toBe('Party secretaries');
    const cards = await kpiCards(page);
    expect(cards.villages!.label).toBe('Villages and communities');
    expect(cards.reserveCadres!.detail).toBe('Bachelor or above: 45%');
    expect(await page.locator('[data-test=as-of-line]').textContent()).toMatch(/^As of \d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('[data-test=nav-roster]').textContent()).toContain('Cadre roster');
    expect(await page.locator('[data-test=chart-education]').textContent()).toContain('Education structure');
    await page.locator('[data-test=switch-locale]').click();
    await expect.poll(() => kpiCards(page).then((c) => c.partySecretaries?.label)).toBe('党组织书记');
  });
});
