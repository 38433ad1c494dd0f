import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { formOf, submitAndClose } from '../support/command-forms.js';
import { fillDate } from '../support/element-plus.js';
import { registerCadre, registerTownAndVillage } from '../support/town.js';

describe('the trainings page schedules a session and records it held with its attendees (real browser and store)', () => {
  let admin: AdminUnderTest;
  let attendee: string;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
    const { villageId } = await registerTownAndVillage(admin, '幸福村');
    attendee = await registerCadre(
      admin,
      { name: '郑晓明', gender: 'MALE', birthDate: '1990-10-10', serial: 41 },
      villageId,
    );
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('schedules a session for a planned day, then records it held: the attendee’s file lists the training', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/trainings`);
    await page.locator('[data-test=schedule-training]').click();
    const schedule = formOf(page, 'scheduleTraining');
    await schedule.locator('[data-test=topic]').fill('和美乡村建设');
    await schedule.locator('[data-test=place]').fill('镇党校');
    await fillDate(schedule.locator('[data-test=planned-date]'), '2026-11-28');
    await submitAndClose(page, 'scheduleTraining');
    const table = page.locator('[data-test=trainings-table]');
    await expect.poll(() => table.textContent()).toContain('和美乡村建设');
    expect(await table.textContent()).toContain('未举办');

    await table.locator('[data-test=record-held]').click();
    const held = formOf(page, 'recordTrainingHeld');
    const picker = held.locator('[data-test=attendees]');
    await picker.click();
    await picker.locator('input').fill('郑晓明');
    await page.getByRole('option', { name: '郑晓明', exact: true }).click();
    await fillDate(held.locator('[data-test=business-date]'), '2026-11-28');
    await submitAndClose(page, 'recordTrainingHeld');
    await expect.poll(() => table.textContent()).toContain('2026-11-28');
    expect(await table.locator('[data-test=record-held]').count()).toBe(0);

    const events = (await admin.system.store.readAll()).filter((event) =>
      event.streamId.startsWith('training-'),
    );
    expect(events.map((event) => event.type)).toEqual(['TrainingScheduled', 'TrainingHeld']);
    expect(events[1]?.data).toMatchObject({ attendees: [attendee] });
    await page.goto(`${gateway.url}/cadres/${attendee}?tab=trainings`);
    await expect.poll(() => page.locator('[data-test=trainings]').textContent()).toContain('和美乡村建设');
  });
});
