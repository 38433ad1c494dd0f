import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { eventsOf, formOf, submitAndClose } from '../support/command-forms.js';
import { approveThroughBus, registerCadre, registerTownAndVillage, runCommands } from '../support/town.js';

/** 谈心谈话与诫勉 (real browser and store): an admonishment due by the 30% rule, held from the board. */
describe('the talks and admonishments board', () => {
  let admin: AdminUnderTest;
  let cadreId: string;
  let villageId: string;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    const town = await registerTownAndVillage(admin, '幸福村');
    villageId = town.villageId;
    cadreId = await registerCadre(
      admin,
      { name: '钱志刚', gender: 'MALE', birthDate: '1985-04-02', serial: 51 },
      villageId,
    );
    const seat = { committee: 'PARTY_COMMITTEE', position: 'MEMBER' } as const;
    await approveThroughBus(admin, { cadreId, ...town }, seat);
    await runCommands(admin, [
      ['AppointCadre', { cadreId, villageId, ...seat, method: 'ELECTION', appointedOn: ADMIN_TODAY }],
      // 4 of 10 ballots "incompetent": 40%, over the township's 30%.
      [
        'RecordInterview',
        {
          cadreId,
          townshipId: town.townshipId,
          kind: 'DEMOCRATIC_APPRAISAL',
          interviewer: '镇纪委',
          findings: '群众意见较大',
          votes: { excellent: 2, competent: 3, basicallyCompetent: 1, incompetent: 4 },
          heldOn: ADMIN_TODAY,
        },
      ],
    ]);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('lists the admonishment due and holds it from the board; the warning closes and the talk is listed', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/talks`);
    const due = page.locator('[data-test=admonishments-due]');
    const row = due.locator('.el-table__body tr', { hasText: '钱志刚' });
    await expect.poll(() => row.textContent()).toContain('40%');
    await row.locator('[data-test=admonish]').click();
    const form = formOf(page, 'recordInterview');
    // The board's 约谈 opens the dossier's talk form on the admonishment.
    await expect
      .poll(() => form.locator('[data-test=kind-ADMONISHMENT]').getAttribute('class'))
      .toContain('is-active');
    await form.locator('[data-test=interviewer]').fill('镇党委书记');
    await form.locator('[data-test=findings]').fill('指出问题，限期整改');
    await submitAndClose(page, 'recordInterview');
    await expect.poll(() => due.locator('.el-table__body tr').count()).toBe(0);

    await due.locator('[data-test=due-state]').getByText('已约谈').click();
    await page.locator('[data-test=admonishments-due] [data-test=board-query]').click();
    await expect.poll(() => row.textContent()).toContain(ADMIN_TODAY);
    expect(await row.locator('[data-test=admonish]').count()).toBe(0);

    await page.getByRole('tab', { name: '谈话记录' }).click();
    const held = page.locator('[data-test=talks-held] .el-table__body');
    await expect.poll(() => held.locator('tr').count()).toBe(2);
    expect(await held.locator('tr').first().textContent()).toContain('约谈');
    expect(await held.textContent()).toContain('民主测评');
    const talks = (await eventsOf(admin, `cadre-${cadreId}`)).filter((e) => e.type === 'CadreInterviewed');
    expect(talks.map((e) => (e.data as { kind: string }).kind)).toEqual([
      'DEMOCRATIC_APPRAISAL',
      'ADMONISHMENT',
    ]);
  });

  it('filters the talks by kind and shows a village secretary their village’s talks without the office’s actions', async () => {
    const { page } = admin;
    const held = page.locator('[data-test=talks-held]');
    await held.locator('[data-test=talk-kind]').click();
    await page.getByRole('option', { name: '约谈', exact: true }).click();
    await held.locator('[data-test=board-query]').click();
    await expect.poll(() => held.locator('.el-table__body tr').count()).toBe(1);

    const secretary = await admin.pageSignedInAs('VILLAGE', villageId);
    secretary.setDefaultTimeout(15_000);
    await secretary.goto(`${admin.gateway.url}/talks`);
    await secretary.getByRole('tab', { name: '谈话记录' }).click();
    const rows = secretary.locator('[data-test=talks-held] .el-table__body tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await secretary.locator('[data-test=record-talk]').count()).toBe(0);
    await secretary.context().close();
  });
});
