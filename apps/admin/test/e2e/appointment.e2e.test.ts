import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { chooseOption } from '../support/element-plus.js';
import {
  approveThroughBus,
  DEPARTMENTS,
  idNumberOf,
  type Person,
  registerCadre,
  registerTownAndVillage,
} from '../support/town.js';

/** Which step the appointment page is on (open, verdicts, conclude, appoint, done). */
const stepOf = (page: Page) => page.locator('[data-test=appointment]').getAttribute('data-step');

async function openReview(page: Page, seat: { village?: string; position: string }) {
  await expect.poll(() => stepOf(page)).toBe('open');
  if (seat.village) await chooseOption(page, page.locator('[data-test=review-village-select]'), seat.village);
  await chooseOption(page, page.locator('[data-test=position-select]').first(), seat.position);
  await page.locator('[data-test=open-review-submit]').click();
  await expect.poll(() => stepOf(page)).toBe('verdicts');
}

async function recordVerdict(
  page: Page,
  code: string,
  verdict: 'APPROVED' | 'REJECTED' = 'APPROVED',
  note = '',
) {
  const form = page.locator(`[data-test=verdict-form-${code}]`);
  if (verdict === 'REJECTED') await form.locator('[data-test=verdict-REJECTED]').click();
  if (note) await form.locator('[data-test=verdict-note]').fill(note);
  await form.locator('[data-test=verdict-submit]').click();
}

/** The events written about one cadre. */
async function eventTypesOf(admin: AdminUnderTest, cadreId: string): Promise<string[]> {
  const events = await admin.system.store.readAll();
  return events.filter((e) => e.streamId === `cadre-${cadreId}`).map((e) => e.type);
}

describe('appointment flow (凡进必审 → 任职) through the UI (real browser, real gateway)', () => {
  let admin: AdminUnderTest;
  let town: { townshipId: string; villageId: string };
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
    town = await registerTownAndVillage(admin, '幸福村');
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('registers a cadre, reviews them with every department, concludes, appoints; the seat is theirs', async () => {
    const { page, gateway } = admin;
    const person: Person = { name: '林晓峰', gender: 'MALE', birthDate: '1990-05-12', serial: 7 };

    // 登记: through the form.
    await page.goto(`${gateway.url}/cadres/new`);
    await chooseOption(page, page.locator('[data-test=village]'), '幸福村');
    await page.locator('[data-test=name]').fill(person.name);
    await page.getByText('男', { exact: true }).click();
    const birthDate = page.locator('.el-form-item', { hasText: '出生日期' }).locator('input');
    await birthDate.fill(person.birthDate);
    await birthDate.press('Enter');
    await page.locator('[data-test=id-number]').fill(idNumberOf(person));
    await chooseOption(page, page.locator('[data-test=education-level]'), '本科');
    await page.locator('[data-test=submit]').click();
    await page.waitForURL('**/cadres');

    // From the roster to the dossier, and on to the appointment.
    await page.locator('[data-test=roster-table]').getByRole('link', { name: person.name }).click();
    await page.waitForURL(/\/cadres\/[0-9a-f-]{36}$/);
    const cadreId = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator('[data-test=start-appointment]').click();
    await page.waitForURL('**/appointment');

    // 发起资格审查 for 幸福村's party secretary; the township's departments are asked.
    await expect.poll(() => stepOf(page)).toBe('open');
    await chooseOption(page, page.locator('[data-test=review-village-select]'), '幸福村');
    await expect
      .poll(() => page.locator('[data-test=departments-asked]').textContent())
      .toContain('纪检监察');
    expect(await page.locator('[data-test=departments-asked]').textContent()).toContain('司法');
    await openReview(page, { position: '书记' });

    // 部门联审: each department approves.
    for (const department of DEPARTMENTS) await recordVerdict(page, department.code);
    await expect.poll(() => stepOf(page)).toBe('conclude');
    expect(await page.locator('[data-test=verdict]').allTextContents()).toEqual(['通过', '通过', '通过']);

    // 办结, then 任职 by election.
    await page.locator('[data-test=conclude-submit]').click();
    await expect.poll(() => stepOf(page)).toBe('appoint');
    expect(await page.locator('[data-test=review-outcome]').textContent()).toContain('通过');
    expect(await page.locator('[data-test=appoint-village]').textContent()).toBe('幸福村');
    await page.locator('[data-test=appoint-submit]').click();
    await expect.poll(() => stepOf(page)).toBe('done');

    // The village's committee now shows them in the secretary's seat.
    await page.locator('[data-test=view-village]').click();
    await page.waitForURL(`**/villages/${town.villageId}`);
    const partyCommittee = page.locator('[data-test=seats-PARTY_COMMITTEE]');
    await expect
      .poll(() => partyCommittee.locator('[data-test=seat-holder]').allTextContents())
      .toEqual([person.name]);
    expect(await partyCommittee.textContent()).toContain('书记');

    expect(await eventTypesOf(admin, cadreId)).toEqual([
      'CadreRegistered',
      'QualificationReviewOpened',
      'DepartmentVerdictRecorded',
      'DepartmentVerdictRecorded',
      'DepartmentVerdictRecorded',
      'QualificationReviewConcluded',
      'CadreAppointed',
    ]);
  });

  it('refuses the appointment after one department rejects, with the rule’s message', async () => {
    const { page, gateway } = admin;
    const cadreId = await registerCadre(
      admin,
      {
        name: '周海涛',
        gender: 'MALE',
        birthDate: '1985-03-08',
        serial: 21,
      },
      town.villageId,
    );

    // From the village: choose the cadre, then the review is for this village.
    await page.goto(`${gateway.url}/villages/${town.villageId}`);
    await page.locator('[data-test=village-start-appointment]').click();
    const picker = page.locator('[data-test=cadre-picker]');
    await picker.click();
    await page.keyboard.type('周海涛');
    await page.getByRole('option', { name: '周海涛', exact: true }).click();
    await page.locator('[data-test=start-appointment-next]').click();
    await page.waitForURL(`**/cadres/${cadreId}/appointment?villageId=${town.villageId}`);
    await openReview(page, { position: '委员' });

    // 公安 rejects: first without grounds (refused, shown under the note), then with them.
    await recordVerdict(page, 'PUBLIC_SECURITY', 'REJECTED');
    const publicSecurity = page.locator('[data-test=verdict-form-PUBLIC_SECURITY]');
    await expect
      .poll(() => publicSecurity.locator('.el-form-item__error').allTextContents())
      .toEqual(['不通过时须在说明中说明理由']);
    await recordVerdict(page, 'PUBLIC_SECURITY', 'REJECTED', '有违法犯罪记录，不符合任职条件');
    await recordVerdict(page, 'DISCIPLINE_INSPECTION');
    await recordVerdict(page, 'JUSTICE');
    await expect.poll(() => stepOf(page)).toBe('conclude');
    expect(await page.locator('[data-test=conclude-form]').textContent()).toContain('结论为“不通过”');
    await page.locator('[data-test=conclude-submit]').click();
    await expect.poll(() => stepOf(page)).toBe('appoint');
    expect(await page.locator('[data-test=review-outcome]').textContent()).toContain('不通过');

    // 任职 is refused by the server; its message is shown and nothing is written.
    await page.locator('[data-test=appoint-submit]').click();
    await expect
      .poll(() => page.locator('[data-test=appoint-form] [data-test=form-error]').textContent())
      .toContain('该干部最近一次资格审查未通过');
    expect(await eventTypesOf(admin, cadreId)).not.toContain('CadreAppointed');
    expect(await stepOf(page)).toBe('appoint');
  });

  it('shows 该职务已有人担任 under the position when the seat is taken', async () => {
    const { page, gateway } = admin;
    const cadreId = await registerCadre(
      admin,
      {
        name: '陈思远',
        gender: 'FEMALE',
        birthDate: '1992-11-02',
        serial: 33,
      },
      town.villageId,
    );
    await approveThroughBus(
      admin,
      { cadreId, ...town },
      { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' },
    );

    await page.goto(`${gateway.url}/cadres/${cadreId}/appointment`);
    await expect.poll(() => stepOf(page)).toBe('appoint');
    await page.locator('[data-test=method-BY_ELECTION]').click();
    await page.locator('[data-test=appoint-submit]').click();
    await expect
      .poll(() => page.locator('[data-test=appoint-form] .el-form-item__error').allTextContents())
      .toEqual(['该职务已有人担任，须先办理离任']);
    expect(await eventTypesOf(admin, cadreId)).not.toContain('CadreAppointed');
  });
});
