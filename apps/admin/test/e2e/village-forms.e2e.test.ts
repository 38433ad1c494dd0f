import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { errorUnder, eventsOf, formOf, submitAndClose } from '../support/command-forms.js';
import { chooseOption } from '../support/element-plus.js';
import { approveThroughBus, registerCadre, registerTownAndVillage, runCommands } from '../support/town.js';

describe('the village page records committee reviews and resolves their warnings (real browser and store)', () => {
  let admin: AdminUnderTest;
  let villageId: string;
  const events = () => eventsOf(admin, `village-${villageId}`);
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(10_000);
    const town = await registerTownAndVillage(admin, '幸福村');
    villageId = town.villageId;
    // A party member on the committee, to take residents' requests.
    const cadreId = await registerCadre(
      admin,
      { name: '钱志刚', gender: 'MALE', birthDate: '1985-04-02', serial: 31 },
      villageId,
    );
    const seat = { committee: 'PARTY_COMMITTEE', position: 'MEMBER' } as const;
    await approveThroughBus(admin, { cadreId, ...town }, seat);
    await runCommands(admin, [
      ['AppointCadre', { cadreId, villageId, ...seat, method: 'ELECTION', appointedOn: ADMIN_TODAY }],
    ]);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('records a committee review with two early warnings, then resolves one of them (销号)', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/villages/${villageId}`);
    await page.locator('[data-test=record-committee-review]').click();
    const form = formOf(page, 'recordCommitteeReview');
    await form.locator('[data-test=period]').fill('2026年届中');
    await form.locator('[data-test=findings]').fill('班子团结，但议事规则执行不严');
    await form.locator('[data-test=add-warning]').click();
    await form.locator('[data-test=warning-0]').fill('村务公开不及时');
    await form.locator('[data-test=add-warning]').click();
    await form.locator('[data-test=warning-1]').fill('“三会一课”记录不全');
    await submitAndClose(page, 'recordCommitteeReview');

    const warnings = page.locator('[data-test=open-warnings]');
    await expect.poll(() => warnings.textContent()).toContain('村务公开不及时');
    expect(await warnings.textContent()).toContain('“三会一课”记录不全');
    const [review] = (await events()).filter((event) => event.type === 'CommitteeReviewRecorded');
    expect(review?.data).toMatchObject({
      period: '2026年届中',
      earlyWarnings: [{ description: '村务公开不及时' }, { description: '“三会一课”记录不全' }],
    });

    await warnings
      .locator('tr', { hasText: '村务公开不及时' })
      .locator('[data-test=resolve-warning]')
      .click();
    const resolve = formOf(page, 'resolveWarning');
    expect(await resolve.locator('[data-test=warning-description]').textContent()).toBe('村务公开不及时');
    await resolve.locator('[data-test=corrective-action]').fill('建立村务公开台账，每月5日前公开');
    await submitAndClose(page, 'resolveWarning');
    await expect.poll(() => warnings.textContent()).not.toContain('村务公开不及时');
    expect(await warnings.textContent()).toContain('“三会一课”记录不全');
    const resolved = (await events()).filter((event) => event.type === 'EarlyWarningResolved');
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.data).toMatchObject({ correctiveAction: '建立村务公开台账，每月5日前公开' });
  });

  it('refuses an over-long issue under its row and a second review of a period under the period; writes nothing', async () => {
    const { page } = admin;
    const before = (await events()).length;
    await page.locator('[data-test=record-committee-review]').click();
    const form = formOf(page, 'recordCommitteeReview');
    await form.locator('[data-test=period]').fill('2026年届中');
    await form.locator('[data-test=findings]').fill('再次分析');
    await form.locator('[data-test=add-warning]').click();
    await form.locator('[data-test=warning-0]').fill('x'.repeat(501));
    await page.locator('[data-test=recordCommitteeReview-submit]').click();
    // The over-long issue is refused under its own row.
    await expect.poll(() => errorUnder(form, 'warning-0').textContent()).toContain('过长');
    await form.locator('[data-test=warning-0]').fill('台账不全');
    await page.locator('[data-test=recordCommitteeReview-submit]').click();
    await expect.poll(() => errorUnder(form, 'period').textContent()).toBe('该期次的班子运行分析已记录');
    await expect.poll(() => errorUnder(form, 'warning-0').count()).toBe(0);
    expect(await form.locator('[data-test=period]').inputValue()).toBe('2026年届中');
    expect(await events()).toHaveLength(before);
  });

  it('carries a resident’s request through 三单 as the village’s secretary: raised, dispatched, accepted, resolved, rated', async () => {
    const page = await admin.pageSignedInAs('VILLAGE', villageId);
    page.setDefaultTimeout(10_000);
    await page.goto(`${admin.gateway.url}/villages/${villageId}`);
    await page.locator('[data-test=raise-request]').click();
    const raise = formOf(page, 'raiseRequest');
    await raise.locator('[data-test=description]').fill('村东头路灯不亮');
    await raise.locator('[data-test=raised-by]').fill('村民 吴大爷');
    await submitAndClose(page, 'raiseRequest');
    const table = page.locator('[data-test=requests-table]');
    await expect.poll(() => table.textContent()).toContain('村东头路灯不亮');
    expect(await table.textContent()).toContain('待派单');

    await table.locator('[data-test=request-dispatchRequest]').click();
    await chooseOption(page, formOf(page, 'dispatchRequest').locator('[data-test=member]'), '钱志刚');
    await submitAndClose(page, 'dispatchRequest');
    await expect.poll(() => table.textContent()).toContain('钱志刚');

    await table.locator('[data-test=request-acceptRequest]').click();
    await submitAndClose(page, 'acceptRequest');
    await table.locator('[data-test=request-resolveRequest]').click();
    await formOf(page, 'resolveRequest').locator('[data-test=resolution]').fill('已更换灯泡三只');
    await submitAndClose(page, 'resolveRequest');
    await expect.poll(() => table.textContent()).toContain('已更换灯泡三只');
    await table.locator('[data-test=request-rateRequest]').click();
    await formOf(page, 'rateRequest').locator('[data-test=rating] .el-rate__item').nth(3).click();
    await submitAndClose(page, 'rateRequest');
    await expect.poll(() => table.textContent()).toContain('★★★★');
    expect(await table.textContent()).toContain('已评价');
    expect(await table.locator('[data-test^=request-]').count()).toBe(0);

    const requests = (await admin.system.store.readAll()).filter((event) =>
      event.streamId.startsWith('request-'),
    );
    expect(requests.map((event) => event.type)).toEqual([
      'ServiceRequestRaised',
      'ServiceRequestDispatched',
      'ServiceRequestAccepted',
      'ServiceRequestResolved',
      'ServiceRequestRated',
    ]);
    expect(requests.at(-1)?.data).toMatchObject({ rating: 4 });
    await page.context().close();
  });
});
