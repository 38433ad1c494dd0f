import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { formOf, submitAndClose } from '../support/command-forms.js';
import { chooseOption, fillDate } from '../support/element-plus.js';
import { approveThroughBus, registerCadre, registerTownAndVillage, runCommands } from '../support/town.js';

/** Pages and answers may take a while on a shared machine: poll patiently. */
const PATIENT = { timeout: 15_000 };

const coverageRow = (page: Page) =>
  page.locator('[data-test=coverage-table] .el-table__body tbody tr', { hasText: '幸福村' });
const untrainedNames = async (page: Page) =>
  (await page.locator('[data-test=untrained-table] [data-test=cadre-link]').allTextContents()).map((n) =>
    n.trim(),
  );

/** 培训 (real browser and store): schedule a session, record its attendance sheet, see the coverage rise. */
describe('the trainings board', () => {
  let admin: AdminUnderTest;
  let attendee: string;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    const town = await registerTownAndVillage(admin, '幸福村');
    const { villageId } = town;
    const seats = [
      { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' },
      { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' },
    ] as const;
    const people = [
      { name: '郑晓明', gender: 'MALE', birthDate: '1990-10-10', serial: 41 },
      { name: '冯丽华', gender: 'FEMALE', birthDate: '1988-03-08', serial: 42 },
    ] as const;
    const ids: string[] = [];
    for (const [i, person] of people.entries()) {
      const cadreId = await registerCadre(admin, person, villageId);
      await approveThroughBus(admin, { cadreId, ...town }, seats[i]!);
      await runCommands(admin, [
        ['AppointCadre', { cadreId, villageId, ...seats[i]!, method: 'ELECTION', appointedOn: ADMIN_TODAY }],
      ]);
      ids.push(cadreId);
    }
    attendee = ids[0]!;
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('records the attendance sheet of a village: its coverage rises and the attendee leaves the untrained list', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/trainings`);
    await page.getByRole('tab', { name: '培训覆盖' }).click();
    await expect.poll(() => coverageRow(page).textContent(), PATIENT).toContain('0%');
    await expect.poll(() => untrainedNames(page), PATIENT).toEqual(['郑晓明', '冯丽华']);

    await page.getByRole('tab', { name: '培训安排' }).click();
    await page.locator('[data-test=schedule-training]').click();
    const schedule = formOf(page, 'scheduleTraining');
    await schedule.locator('[data-test=topic]').fill('和美乡村建设');
    await schedule.locator('[data-test=place]').fill('镇党校');
    await fillDate(schedule.locator('[data-test=planned-date]'), '2026-11-28');
    await submitAndClose(page, 'scheduleTraining');
    const sessions = page.locator('[data-test=trainings-table]');
    await expect.poll(() => sessions.textContent(), PATIENT).toContain('和美乡村建设');
    expect(await sessions.textContent()).toContain('未举办');

    await sessions.locator('[data-test=record-attendance]').click();
    const sheet = formOf(page, 'recordAttendance');
    await chooseOption(page, sheet.locator('[data-test=sheet-village]'), '幸福村');
    await sheet.locator('[data-test="attendee-郑晓明"]').click();
    await expect
      .poll(() => sheet.locator('[data-test=ticked-count]').textContent(), PATIENT)
      .toContain('已勾选 1 人');
    await fillDate(sheet.locator('[data-test=business-date]'), '2026-11-28');
    await submitAndClose(page, 'recordAttendance');
    await expect.poll(() => sessions.textContent(), PATIENT).toContain('2026-11-28');
    expect(await sessions.locator('[data-test=record-attendance]').count()).toBe(0);

    await page.getByRole('tab', { name: '培训覆盖' }).click();
    await expect.poll(() => coverageRow(page).textContent(), PATIENT).toContain('50%');
    expect(await coverageRow(page).locator('[data-test=trained-count]').textContent()).toBe('1');
    await expect.poll(() => untrainedNames(page), PATIENT).toEqual(['冯丽华']);

    const events = (await admin.system.store.readAll()).filter((event) =>
      event.streamId.startsWith('training-'),
    );
    expect(events.map((event) => event.type)).toEqual(['TrainingScheduled', 'TrainingHeld']);
    expect(events[1]?.data).toMatchObject({ attendees: [attendee], heldOn: '2026-11-28' });
    await page.goto(`${gateway.url}/cadres/${attendee}?tab=trainings`);
    await expect
      .poll(() => page.locator('[data-test=trainings]').textContent(), PATIENT)
      .toContain('和美乡村建设');
  });

  it('shows a village secretary their own coverage, without the office’s scheduling and attendance', async () => {
    const villageId = (
      admin.system.readModels.prepare("SELECT village_id FROM villages WHERE name = '幸福村'").get() as {
        village_id: string;
      }
    ).village_id;
    const page = await admin.pageSignedInAs('VILLAGE', villageId);
    page.setDefaultTimeout(15_000);
    await page.goto(`${admin.gateway.url}/trainings`);
    await expect
      .poll(() => page.locator('[data-test=trainings-table]').textContent())
      .toContain('和美乡村建设');
    expect(await page.locator('[data-test=schedule-training]').count()).toBe(0);
    await page.getByRole('tab', { name: '培训覆盖' }).click();
    await expect.poll(() => coverageRow(page).textContent(), PATIENT).toContain('50%');
    expect(await page.locator('[data-test=coverage-table] .el-table__body tbody tr').count()).toBe(1);
    await page.context().close();
  });
});
