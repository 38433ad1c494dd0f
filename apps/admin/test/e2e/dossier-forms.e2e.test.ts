import { chinaDate } from '@cadre/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { errorUnder, eventsOf, formOf, openDossierAction, submitAndClose } from '../support/command-forms.js';
import { fillDate } from '../support/element-plus.js';
import { approveThroughBus, registerCadre, registerTownAndVillage, runCommands } from '../support/town.js';

/** The cadre's events written after `before` (an earlier count of them). */
type Events = Awaited<ReturnType<typeof eventsOf>>;

describe('the dossier’s forms write on the file (real browser, real gateway and store)', () => {
  let admin: AdminUnderTest;
  let page: Page;
  let cadreId: string;
  let villageId: string;
  const stream = () => `cadre-${cadreId}`;
  const events = (): Promise<Events> => eventsOf(admin, stream());

  beforeAll(async () => {
    admin = await startAdmin();
    page = admin.page;
    page.setDefaultTimeout(10_000);
    const town = await registerTownAndVillage(admin, '幸福村');
    villageId = town.villageId;
    cadreId = await registerCadre(
      admin,
      { name: '赵海燕', gender: 'FEMALE', birthDate: '1988-03-08', serial: 11 },
      villageId,
    );
    await approveThroughBus(
      admin,
      { cadreId, ...town },
      { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' },
    );
    await runCommands(admin, [
      [
        'AppointCadre',
        {
          cadreId,
          villageId,
          committee: 'PARTY_COMMITTEE',
          position: 'PARTY_SECRETARY',
          method: 'ELECTION',
          appointedOn: ADMIN_TODAY,
        },
      ],
    ]);
    await page.goto(`${admin.gateway.url}/cadres/${cadreId}`);
    await page.locator('[data-test=dossier]').waitFor();
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('refuses a bad phone number under its field, in Chinese and in English, keeps what was typed and writes nothing', async () => {
    const before = (await events()).length;
    const form = await openDossierAction(page, '基本信息', 'correctProfile');
    const phone = form.locator('[data-test=phone]');
    await phone.fill('12345');
    await form.locator('[data-test=reason]').fill('档案核对');
    await page.locator('[data-test=correctProfile-submit]').click();
    await expect.poll(() => errorUnder(form, 'phone').textContent()).toBe('手机号码应为11位大陆手机号');
    expect(await phone.inputValue()).toBe('12345');
    expect(await form.locator('[data-test=reason]').inputValue()).toBe('档案核对');
    expect(await form.locator('[data-test=form-error]').count()).toBe(0);
    expect(await events()).toHaveLength(before);

    // The same refusal in English, by the same code.
    await page.keyboard.press('Escape');
    await formOf(page, 'correctProfile').waitFor({ state: 'detached' });
    await page.locator('[data-test=switch-locale]').click();
    const english = await openDossierAction(page, 'Profile', 'correctProfile');
    await english.locator('[data-test=phone]').fill('12345');
    await english.locator('[data-test=reason]').fill('file check');
    await page.locator('[data-test=correctProfile-submit]').click();
    await expect
      .poll(() => errorUnder(english, 'phone').textContent())
      .toBe('A phone number must be an 11-digit mainland mobile number');
    expect(await events()).toHaveLength(before);
    await page.keyboard.press('Escape');
    await formOf(page, 'correctProfile').waitFor({ state: 'detached' });
    await page.locator('[data-test=switch-locale]').click();
  });

  it('corrects the profile with a required reason: the file shows the new value, the event keeps the reason', async () => {
    const form = await openDossierAction(page, '基本信息', 'correctProfile');
    await form.locator('[data-test=phone]').fill('13912345678');
    await page.locator('[data-test=correctProfile-submit]').click();
    // Without a reason the server refuses, under the reason.
    await expect.poll(() => errorUnder(form, 'reason').textContent()).not.toBe('');
    await form.locator('[data-test=reason]').fill('本人申请更正手机号码');
    await submitAndClose(page, 'correctProfile');
    await expect
      .poll(() => page.locator('[data-test=profile-section]').textContent())
      .toContain('13912345678');
    const corrected = (await events()).filter((event) => event.type === 'CadreProfileCorrected');
    expect(corrected).toHaveLength(1);
    expect(corrected[0]?.data).toMatchObject({
      changes: { phone: '13912345678' },
      reason: '本人申请更正手机号码',
    });
    expect(corrected[0]?.metadata.reason).toBe('本人申请更正手机号码');
  });

  it('records a talk on an earlier day: the talks tab lists it, the event carries that business date', async () => {
    const form = await openDossierAction(page, '谈心谈话', 'recordInterview');
    await form.locator('[data-test=kind-FIELD_VISIT]').click();
    await form.locator('[data-test=interviewer]').fill('镇党委副书记 陈立');
    await form.locator('[data-test=findings]').fill('走访农户十户，群众反映村道修缮进度慢');
    await fillDate(form.locator('[data-test=business-date]'), '2026-11-20');
    await submitAndClose(page, 'recordInterview');
    const talks = page.locator('[data-test=interviews]');
    await expect.poll(() => talks.textContent()).toContain('走访农户十户');
    expect(await talks.textContent()).toContain('实地走访');
    const [talk] = (await events()).filter((event) => event.type === 'CadreInterviewed');
    expect(talk?.data).toMatchObject({ kind: 'FIELD_VISIT', interviewer: '镇党委副书记 陈立' });
    expect(chinaDate(new Date(talk?.metadata.occurredAt ?? 0))).toBe('2026-11-20');
  });

  it('takes a pledge from made through progress to evaluated (一诺双评)', async () => {
    const made = await openDossierAction(page, '一诺双评', 'makePledge');
    await made.locator('[data-test=items]').fill('硬化村道两公里\n发展合作社一个');
    await submitAndClose(page, 'makePledge');
    const pledge = page.locator('[data-test=pledge]');
    await expect.poll(() => pledge.textContent()).toContain('硬化村道两公里');
    expect(await pledge.locator('li').allTextContents()).toEqual(['硬化村道两公里', '发展合作社一个']);

    const progress = await openDossierAction(page, '一诺双评', 'reportPledgeProgress');
    await progress.locator('[data-test=progress]').fill('村道已硬化一点五公里');
    await submitAndClose(page, 'reportPledgeProgress');
    await expect.poll(() => pledge.textContent()).toContain('村道已硬化一点五公里');

    const evaluation = await openDossierAction(page, '一诺双评', 'evaluatePledge');
    await evaluation.locator('[data-test=residentsRating-EXCELLENT]').click();
    await submitAndClose(page, 'evaluatePledge');
    await expect.poll(() => pledge.textContent()).toContain('优秀');
    // Evaluated: nothing is left to report or rate for the year.
    expect(await page.locator('[data-test=action-evaluatePledge]').count()).toBe(0);

    const types = (await events()).map((event) => event.type);
    expect(types.filter((type) => type.startsWith('Pledge'))).toEqual([
      'PledgeMade',
      'PledgeProgressReported',
      'PledgeEvaluated',
    ]);
    const evaluated = (await events()).find((event) => event.type === 'PledgeEvaluated');
    expect(evaluated?.data).toMatchObject({
      year: 2026,
      residentsRating: 'EXCELLENT',
      organizationRating: 'COMPETENT',
    });
  });

  it('leaves a post only once confirmed: cancelling writes nothing, confirming vacates the seat', async () => {
    const form = await openDossierAction(page, '任职情况', 'leavePost');
    await form.locator('[data-test=reason-RESIGNED]').click();
    const before = (await events()).length;
    await page.locator('[data-test=leavePost-submit]').click();
    const box = page.locator('.el-message-box');
    await expect.poll(() => box.textContent()).toContain('不可撤销');
    expect(await box.textContent()).toContain('村党组织书记');
    await box.getByRole('button', { name: '取消' }).click();
    await box.waitFor({ state: 'hidden' });
    expect(await events()).toHaveLength(before);
    expect(await form.isVisible()).toBe(true);

    await page.locator('[data-test=leavePost-submit]').click();
    await box.getByRole('button', { name: '确定' }).click();
    await formOf(page, 'leavePost').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[data-test=current-posts]').textContent())
      .toContain('未担任“两委”职务');
    expect(await page.locator('[data-test=post-history]').textContent()).toContain('辞职');
    const left = (await events()).filter((event) => event.type === 'CadreLeftPost');
    expect(left).toHaveLength(1);
    expect(left[0]?.data).toMatchObject({ villageId, position: 'PARTY_SECRETARY', reason: 'RESIGNED' });
    expect(await events()).toHaveLength(before + 1);
  });

  it('erases the person’s personal data once confirmed with a reason: the file reads 已删除, the record stays', async () => {
    const form = await openDossierAction(page, '基本信息', 'erasePersonalData');
    await form.locator('[data-test=reason] input, input[data-test=reason]').first().fill('本人申请删除');
    await page.locator('[data-test=erasePersonalData-submit]').click();
    const box = page.locator('.el-message-box');
    await expect.poll(() => box.textContent()).toContain('不可撤销');
    await box.getByRole('button', { name: '确定' }).click();
    await formOf(page, 'erasePersonalData').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-test=dossier]').textContent()).toContain('（已删除）');
    expect(await page.locator('[data-test=dossier]').textContent()).not.toContain('赵海燕');
    const erased = (await events()).filter((event) => event.type === 'PersonalDataErased');
    expect(erased).toHaveLength(1);
    expect(erased[0]?.metadata.reason).toBe('本人申请删除');
    expect(await page.locator('[data-test=action-erasePersonalData]').count()).toBe(0);
  });
});
