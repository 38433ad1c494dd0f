import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellZh } from '../../src/i18n/shell.js';
import zhCN from '../../src/i18n/zh-CN.js';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { loadZhouwang } from '../support/town.js';

describe('the audit page: event log, integrity check, personal-data reads (real browser)', () => {
  let admin: AdminUnderTest;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
    await loadZhouwang(admin);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  const eventsOfType = async (type?: string) =>
    (await admin.system.store.readAll()).filter((event) => !type || event.type === type).length;

  it("lists every event newest first, with names, and filters by the type's Chinese label", async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/dashboard`);
    await page.locator('[data-test=nav-audit]').click();
    await page.waitForURL(/\/audit$/);
    const total = () => page.locator('[data-test=event-log-total]').textContent();
    await expect.poll(total).toBe(`共 ${await eventsOfType()} 个事件`);
    const newest = (await admin.system.store.readAll()).at(-1)!;
    await expect
      .poll(() => page.locator('[data-test=event-type]').first().getAttribute('title'))
      .toBe(newest.type);

    // the newest event is the demo's: its actor is the system, its subject a named record, not a raw id
    expect(await page.locator('[data-test=event-actor]').first().textContent()).not.toMatch(/^user:/);
    const label = zhCN.events.CadreAppointed;
    await page.locator('[data-test=event-log-type]').click();
    await page.keyboard.type(label);
    await page.getByRole('option', { name: label, exact: true }).click();
    await expect.poll(total).toBe(`共 ${await eventsOfType('CadreAppointed')} 个事件`);
    const types = await page
      .locator('[data-test=event-type]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title')));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['CadreAppointed']));
  });

  it('filters by an actor chosen from everyone who has caused an event, by name', async () => {
    const { page } = admin;
    await admin.system.bus.execute(
      'RegisterTownship',
      { townshipId: crypto.randomUUID(), name: '杨庙镇', district: '长丰县', registeredOn: '2026-11-30' },
      { actor: 'system:import', commandId: crypto.randomUUID() },
    );
    // a fresh page: no filter from the test before
    await page.reload();
    const total = () => page.locator('[data-test=event-log-total]').textContent();
    await expect.poll(total).toBe(`共 ${await eventsOfType()} 个事件`);
    await page.locator('[data-test=event-log-actor]').click();
    await page.keyboard.type('system:import');
    await page.getByRole('option', { name: `${shellZh.audit.system}（system:import）`, exact: true }).click();
    await expect.poll(total).toBe('共 1 个事件');
    expect(await page.locator('[data-test=event-type]').first().getAttribute('title')).toBe(
      'TownshipRegistered',
    );
  });

  it('runs the integrity check and reports every chain intact', async () => {
    const { page } = admin;
    await page.getByRole('tab', { name: '完整性校验' }).click();
    await page.locator('[data-test=integrity-run]').click();
    await expect
      .poll(() => page.locator('[data-test=integrity-result]').textContent())
      .toContain(`个流，${await eventsOfType()} 个事件`);
    expect(await page.locator('[data-test=integrity-result]').textContent()).toContain('哈希链完整');
  });

  it('shows the personal-data read log to an auditor, with the reads the auditor just made', async () => {
    expect(await admin.page.getByRole('tab', { name: '个人信息查阅记录' }).count()).toBe(0);
    const auditor = await admin.pageSignedInAs('AUDITOR');
    auditor.setDefaultTimeout(10_000);
    await auditor.goto(`${admin.gateway.url}/cadres`);
    // The roster masks ID numbers; revealing one is a logged read.
    const name = (await auditor.locator('[data-test=cadre-link]').first().textContent()) ?? '';
    const first = auditor.locator('[data-test=revealable-ID_NUMBER]').first();
    await first.locator('[data-test=reveal]').click();
    await expect.poll(() => first.textContent()).toMatch(/\d{17}[\dX]/);
    await auditor.locator('[data-test=nav-audit]').click();
    await auditor.getByRole('tab', { name: '个人信息查阅记录' }).click();
    const table = auditor.locator('[data-test=personal-data-reads-table]');
    await expect.poll(() => table.textContent()).toContain('身份证号');
    expect(await table.textContent()).toContain('纪检监察/审计');
    // filtered by the cadre's name: their reads only; by a name no one has: none
    await auditor.locator('[data-test=reads-cadre]').fill(name);
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    for (const row of await table.locator('tbody tr').all()) expect(await row.textContent()).toContain(name);
    await auditor.locator('[data-test=reads-cadre]').fill('无此人');
    await expect.poll(() => auditor.locator('[data-test=reads-total]').textContent()).toBe('共 0 条');
    // a period asked of the gateway: a past month holds none of today's reads, today holds them again
    await auditor.locator('[data-test=reads-cadre]').fill(name);
    const ends = auditor.locator('.el-range-input');
    const period = async (from: string, to: string) => {
      await ends.nth(0).fill(from);
      await ends.nth(0).press('Enter');
      await ends.nth(1).fill(to);
      await ends.nth(1).press('Enter');
      await auditor.keyboard.press('Escape');
    };
    await period('2026-10-01', '2026-10-31');
    await expect.poll(() => auditor.locator('[data-test=reads-total]').textContent()).toBe('共 0 条');
    await period('2026-11-01', '2026-12-01');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    await auditor.context().close();
  });
});
