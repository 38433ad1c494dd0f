import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { eventsOf, openDossierAction, submitAndClose } from '../support/command-forms.js';
import { loadZhouwang } from '../support/town.js';

/** Every action button of a dossier, tab by tab. */
async function dossierActions(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    const visible = page.locator('[data-test^=action-]:visible');
    for (const action of await visible.all()) found.push((await action.getAttribute('data-test')) ?? '');
  }
  return found.sort();
}

describe('actions follow the gateway’s policy: the office all, a village secretary their own, an auditor none', () => {
  let admin: AdminUnderTest;
  let cadreId: string;
  let villageId: string;
  beforeAll(async () => {
    admin = await startAdmin();
    await loadZhouwang(admin);
    // 王建国, 周王村's party secretary (and chair).
    const row = admin.system.readModels
      .prepare("SELECT cadre_id, village_id FROM cadres WHERE name = '王建国'")
      .get() as { cadre_id: string; village_id: string };
    ({ cadre_id: cadreId, village_id: villageId } = row);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  const openAs = async (role: 'ADMIN' | 'VILLAGE' | 'AUDITOR', path: string) => {
    const page =
      role === 'ADMIN'
        ? admin.page
        : await admin.pageSignedInAs(role, role === 'VILLAGE' ? villageId : undefined);
    page.setDefaultTimeout(10_000);
    await page.goto(`${admin.gateway.url}${path}`);
    return page;
  };

  it('offers the township office every action of a sitting secretary’s file, and the committee review', async () => {
    const page = await openAs('ADMIN', `/cadres/${cadreId}`);
    await page.locator('[data-test=dossier]').waitFor();
    const actions = await dossierActions(page);
    for (const action of [
      'correctProfile',
      'leavePost',
      'recordInterview',
      'updatePortrait',
      'makePledge',
      'grantBenefit',
    ]) {
      expect(actions).toContain(`action-${action}`);
    }
    expect(await page.locator('[data-test=start-appointment]').count()).toBe(1);
    await page.goto(`${admin.gateway.url}/villages/${villageId}`);
    await page.locator('[data-test=record-committee-review]').waitFor();
  });

  it('offers the office a reserve cadre’s pool actions on the file, leaving the pool included', async () => {
    const reserve = admin.system.readModels
      .prepare('SELECT cadre_id FROM cadres WHERE reserve_village_id IS NOT NULL ORDER BY seq LIMIT 1')
      .get() as { cadre_id: string };
    const page = await openAs('ADMIN', `/cadres/${reserve.cadre_id}`);
    await page.locator('[data-test=dossier]').waitFor();
    const actions = await dossierActions(page);
    for (const action of ['changeTier', 'assignMentors', 'leaveReserve'])
      expect(actions).toContain(`action-${action}`);
    expect(actions).not.toContain('action-enlistReserve');
  });

  it('offers a village secretary only what the village records, and the form writes as them', async () => {
    const page = await openAs('VILLAGE', `/cadres/${cadreId}`);
    await page.locator('[data-test=dossier]').waitFor();
    const actions = await dossierActions(page);
    expect(actions.length).toBeGreaterThan(0);
    const village = ['leavePost', 'enlistReserve', 'recordTraining', 'enrollEducation', 'completeEducation'];
    const pledges = ['makePledge', 'reportPledgeProgress'];
    const allowed = new Set([...village, ...pledges].map((name) => `action-${name}`));
    expect(actions.filter((action) => !allowed.has(action))).toEqual([]);
    expect(actions).toContain('action-recordTraining');
    expect(await page.locator('[data-test=start-appointment]').count()).toBe(0);

    const before = (await eventsOf(admin, `cadre-${cadreId}`)).length;
    const form = await openDossierAction(page, '培训记录', 'recordTraining');
    await form.locator('[data-test=topic]').fill('基层治理能力提升');
    await submitAndClose(page, 'recordTraining');
    await expect
      .poll(() => page.locator('[data-test=trainings]').textContent())
      .toContain('基层治理能力提升');
    const events = await eventsOf(admin, `cadre-${cadreId}`);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)?.type).toBe('CadreTrained');
    expect(events.at(-1)?.metadata.actor).toMatch(/^user:/);

    await page.goto(`${admin.gateway.url}/villages/${villageId}`);
    await page.locator('[data-test=village]').waitFor();
    expect(await page.locator('[data-test=record-committee-review]').count()).toBe(0);
    expect(await page.locator('[data-test=resolve-warning]').count()).toBe(0);
    await page.context().close();
  });

  it('offers an auditor nothing to write', async () => {
    const page = await openAs('AUDITOR', `/cadres/${cadreId}`);
    await page.locator('[data-test=dossier]').waitFor();
    expect(await dossierActions(page)).toEqual([]);
    expect(await page.locator('[data-test=start-appointment]').count()).toBe(0);
    await page.goto(`${admin.gateway.url}/villages/${villageId}`);
    await page.locator('[data-test=village]').waitFor();
    expect(await page.locator('[data-test=record-committee-review]').count()).toBe(0);
    expect(await page.locator('[data-test=village-start-appointment]').count()).toBe(0);
    await page.context().close();
  });
});
