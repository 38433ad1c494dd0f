import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { eventsOf, formOf, submitAndClose } from '../support/command-forms.js';
import { loadZhouwang, runCommands } from '../support/town.js';

/** Pages and answers may take a while on a shared machine: poll patiently. */
const PATIENT = { timeout: 15_000 };

const rowsOf = (page: Page) => page.locator('[data-test=pledges-table] .el-table__body tbody tr');
const stageCount = (page: Page, stage: string) =>
  page
    .locator(`[data-test=stage-${stage}] .count`)
    .textContent()
    .then((text) => Number(text?.trim()));

/** 一诺双评 board over the Zhouwang demo (real browser and store): stages, evaluation, the 30% rule. */
describe('the pledges board', () => {
  let admin: AdminUnderTest;
  let appraised: { id: string; name: string };
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    await loadZhouwang(admin);
    const row = admin.system.readModels
      .prepare(
        `SELECT c.cadre_id, c.name, v.township_id FROM cadres c JOIN villages v USING (village_id)
         WHERE v.name = '李岗村' ORDER BY c.seq LIMIT 1`,
      )
      .get() as { cadre_id: string; name: string; township_id: string };
    appraised = { id: row.cadre_id, name: row.name };
    // 3 of 10 ballots "incompetent": 30%, the township's threshold: an admonishment talk is due.
    await runCommands(admin, [
      [
        'RecordInterview',
        {
          cadreId: row.cadre_id,
          townshipId: row.township_id,
          kind: 'DEMOCRATIC_APPRAISAL',
          interviewer: '镇党委',
          findings: '年终民主测评',
          votes: { excellent: 2, competent: 3, basicallyCompetent: 2, incompetent: 3 },
          heldOn: ADMIN_TODAY,
        },
      ],
    ]);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it("evaluates a pledge from the board: it moves from 年中践诺 to 年终评诺, the stages' counts follow", async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/pledges`);
    await expect.poll(() => stageCount(page, 'PROGRESS_REPORTED'), PATIENT).toBeGreaterThan(0);
    const before = {
      progress: await stageCount(page, 'PROGRESS_REPORTED'),
      evaluated: await stageCount(page, 'EVALUATED'),
    };
    await page.locator('[data-test=stage-PROGRESS_REPORTED]').click();
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBe(Math.min(before.progress, 20));
    const row = rowsOf(page).first();
    const name = (await row.locator('[data-test=cadre-link]').textContent())?.trim() ?? '';
    const cadreId =
      (await row.locator('[data-test=cadre-link]').getAttribute('href'))?.split('/').pop() ?? '';
    await row.locator('[data-test=row-evaluate]').click();
    const form = formOf(page, 'evaluatePledge');
    await form.locator('[data-test=residentsRating-EXCELLENT]').click();
    await form.locator('[data-test=organizationRating-EXCELLENT]').click();
    await submitAndClose(page, 'evaluatePledge');

    await expect.poll(() => stageCount(page, 'EVALUATED'), PATIENT).toBe(before.evaluated + 1);
    expect(await stageCount(page, 'PROGRESS_REPORTED')).toBe(before.progress - 1);
    await expect.poll(() => rowsOf(page).filter({ hasText: name }).count(), PATIENT).toBe(0);
    await page.locator('[data-test=stage-EVALUATED]').click();
    const evaluated = rowsOf(page).filter({ hasText: name });
    await expect
      .poll(() => evaluated.locator('[data-test=stage-tag]').textContent(), PATIENT)
      .toContain('年终评诺');
    expect(await evaluated.textContent()).toContain('优秀');
    expect(await evaluated.locator('[data-test=row-evaluate]').count()).toBe(0);
    const types = (await eventsOf(admin, `cadre-${cadreId}`)).map((event) => event.type);
    expect(types.at(-1)).toBe('PledgeEvaluated');
  });

  it('lists the admonishment the 30% rule calls for and holds it from the board', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/pledges`);
    const due = page.locator('[data-test=admonishments-table] .el-table__body tbody tr');
    await expect.poll(() => due.filter({ hasText: appraised.name }).textContent(), PATIENT).toContain('30%');
    await due.filter({ hasText: appraised.name }).locator('[data-test=row-admonish]').click();
    const form = formOf(page, 'recordInterview');
    await expect
      .poll(() => form.locator('[data-test=kind-ADMONISHMENT]').getAttribute('class'))
      .toContain('is-active');
    await form.locator('[data-test=interviewer]').fill('镇党委书记');
    await form.locator('[data-test=findings]').fill('诫勉谈话，限期整改');
    await submitAndClose(page, 'recordInterview');
    await expect.poll(() => due.count(), PATIENT).toBe(0);
    const types = (await eventsOf(admin, `cadre-${appraised.id}`)).map((event) => event.type);
    expect(types.at(-1)).toBe('CadreInterviewed');
  });

  it('offers a village secretary progress on their own pledges, never the evaluation or the admonishment', async () => {
    const village = admin.system.readModels
      .prepare("SELECT village_id FROM villages WHERE name = '周王村'")
      .get() as { village_id: string };
    const page = await admin.pageSignedInAs('VILLAGE', village.village_id);
    page.setDefaultTimeout(15_000);
    await page.goto(`${admin.gateway.url}/pledges`);
    await expect.poll(() => rowsOf(page).count(), PATIENT).toBeGreaterThan(0);
    for (const row of await rowsOf(page).all()) expect(await row.textContent()).toContain('周王村');
    expect(await page.locator('[data-test=row-evaluate]').count()).toBe(0);
    expect(await page.locator('[data-test=row-progress]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-test=row-admonish]').count()).toBe(0);
    await page.context().close();
  });
});
