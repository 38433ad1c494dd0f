import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { loadZhouwang } from '../support/town.js';

describe('a village party secretary in the admin client (real browser)', () => {
  let admin: AdminUnderTest;
  let year: number;
  beforeAll(async () => {
    admin = await startAdmin();
    year = await loadZhouwang(admin);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('sees only their own village: its figures, its cadres with ID numbers masked, no office or audit menu entries', async () => {
    const villageId = (
      admin.system.readModels.prepare("SELECT village_id FROM villages WHERE name = '周王村'").get() as {
        village_id: string;
      }
    ).village_id;
    const page = await admin.pageSignedInAs('VILLAGE', villageId);
    page.setDefaultTimeout(10_000);
    // The gateway narrows the statistics to the secretary's village: one party secretary, not the town's seven.
    await page.goto(`${admin.gateway.url}/dashboard?year=${year}`);
    const secretaries = page.locator('[data-test=kpi-partySecretaries] [data-test=kpi-value]');
    await expect.poll(() => secretaries.textContent()).toBe('1');
    await page.locator('[data-test=nav-roster]').click();
    await expect.poll(() => page.locator('[data-test=roster-total]').textContent()).toBe('共 8 人');
    const roster = page.locator('[data-test=roster-table]');
    await expect.poll(() => roster.textContent()).toMatch(/\d{6}\*{8}[\dX]{4}/);
    // their own village's cadres: 查看 shows the number in clear
    const first = roster.locator('[data-test=revealable-ID_NUMBER]').first();
    await first.locator('[data-test=reveal]').click();
    await expect.poll(() => first.textContent()).toMatch(/\d{17}[\dX]/);
    expect(await roster.textContent()).toContain('王建国');
    expect(await page.locator('[data-test=nav-roster]').count()).toBe(1);
    expect(await page.locator('[data-test=nav-register]').count()).toBe(0);
    expect(await page.locator('[data-test=nav-audit]').count()).toBe(0);
    await page.context().close();
  });

  it("opens another village's page with its name only: seats, reserve pool and warnings say 无权查看", async () => {
    const villageOf = (name: string) =>
      (
        admin.system.readModels.prepare('SELECT village_id FROM villages WHERE name = ?').get(name) as {
          village_id: string;
        }
      ).village_id;
    const page = await admin.pageSignedInAs('VILLAGE', villageOf('周王村'));
    page.setDefaultTimeout(10_000);
    const other = admin.system.readModels
      .prepare("SELECT village_id, name FROM villages WHERE name <> '周王村' LIMIT 1")
      .get() as { village_id: string; name: string };
    const names = admin.system.readModels
      .prepare('SELECT name FROM cadres WHERE village_id = ? OR reserve_village_id = ?')
      .all(other.village_id, other.village_id) as { name: string }[];
    await page.goto(`${admin.gateway.url}/villages/${other.village_id}`);
    await expect.poll(() => page.locator('[data-test=village-name]').textContent()).toBe(other.name);
    await expect.poll(() => page.locator('[data-test=village]').textContent()).toContain('无权查看');
    const text = (await page.locator('[data-test=village]').textContent()) ?? '';
    expect(names.length).toBeGreaterThan(0);
    for (const { name } of names) expect(text).not.toContain(name);
    await page.goto(`${admin.gateway.url}/villages`);
    await expect.poll(() => page.locator('[data-test=villages-table]').textContent()).toContain('无权查看');
    await page.context().close();
  });
});
