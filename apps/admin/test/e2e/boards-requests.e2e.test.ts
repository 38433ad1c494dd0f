import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { formOf, submitAndClose } from '../support/command-forms.js';
import { chooseOption, fillDate } from '../support/element-plus.js';
import { approveThroughBus, DEPARTMENTS, registerCadre, runCommands } from '../support/town.js';

/** 三单 as a board by status (real browser and store): a raised request dispatched moves column. */
describe('the 三单 board', () => {
  let admin: AdminUnderTest;
  let villageId: string;
  let otherVillageId: string;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    // Registered in November, so that the board can be read as of a November day.
    const town = { townshipId: randomUUID(), villageId: randomUUID() };
    villageId = town.villageId;
    otherVillageId = randomUUID();
    const registeredOn = '2026-11-01';
    await runCommands(admin, [
      [
        'RegisterTownship',
        {
          townshipId: town.townshipId,
          name: '测试镇',
          district: '测试区',
          settings: { reviewingDepartments: DEPARTMENTS },
          registeredOn,
        },
      ],
      [
        'RegisterVillage',
        { villageId, townshipId: town.townshipId, name: '幸福村', kind: 'VILLAGE', registeredOn },
      ],
      [
        'RegisterVillage',
        {
          villageId: otherVillageId,
          townshipId: town.townshipId,
          name: '和美村',
          kind: 'VILLAGE',
          registeredOn,
        },
      ],
    ]);
    const cadreId = await registerCadre(
      admin,
      { name: '钱志刚', gender: 'MALE', birthDate: '1985-04-02', serial: 41 },
      villageId,
    );
    const seat = { committee: 'PARTY_COMMITTEE', position: 'MEMBER' } as const;
    await approveThroughBus(admin, { cadreId, ...town }, seat);
    const raise = (
      village: string,
      description: string,
      raisedOn: string,
    ): [any, Record<string, unknown>] => [
      'RaiseServiceRequest',
      { requestId: randomUUID(), villageId: village, description, raisedBy: '村民', raisedOn },
    ];
    await runCommands(admin, [
      ['AppointCadre', { cadreId, villageId, ...seat, method: 'ELECTION', appointedOn: ADMIN_TODAY }],
      raise(villageId, '村东头路灯不亮', '2026-11-21'),
      raise(villageId, '排水沟堵塞', '2026-11-28'),
      raise(otherVillageId, '和美村广场健身器材损坏', '2026-11-11'),
    ]);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  const column = (status: string) => admin.page.locator(`[data-test=column-${status}]`);
  const count = async (status: string) =>
    Number(await column(status).locator('[data-test=column-count]').textContent());

  it('shows each status as a column with the days each request has been open, as of today or a past day', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/service-requests`);
    await expect.poll(() => count('RAISED')).toBe(3);
    expect(await count('DISPATCHED')).toBe(0);
    const raised = column('RAISED');
    // Open longest first: 20, 10 and 3 days by 2026-12-01.
    await expect
      .poll(() => raised.locator('[data-test=days-open]').allTextContents())
      .toEqual(['20 天', '10 天', '3 天']);
    await fillDate(page.locator('[data-test=board-as-of]'), '2026-11-25');
    await page.locator('[data-test=board-query]').click();
    // By 25 November the third request had not been raised yet.
    await expect
      .poll(() => raised.locator('[data-test=days-open]').allTextContents())
      .toEqual(['14 天', '4 天']);
    await page.locator('[data-test=board-reset]').click();
    await expect.poll(() => count('RAISED')).toBe(3);
  });

  it('dispatches a raised request to a party member, and the card moves to the next column', async () => {
    const { page } = admin;
    const card = column('RAISED').locator('[data-test=request-card]', { hasText: '村东头路灯不亮' });
    await card.locator('[data-test=request-dispatchRequest]').click();
    await chooseOption(page, formOf(page, 'dispatchRequest').locator('[data-test=member]'), '钱志刚');
    await submitAndClose(page, 'dispatchRequest');
    await expect.poll(() => count('DISPATCHED')).toBe(1);
    expect(await count('RAISED')).toBe(2);
    const moved = column('DISPATCHED').locator('[data-test=request-card]');
    expect(await moved.textContent()).toContain('村东头路灯不亮');
    expect(await moved.textContent()).toContain('钱志刚');
    expect(await moved.locator('[data-test=request-acceptRequest]').count()).toBe(1);
    const dispatched = (await admin.system.store.readAll()).filter(
      (e) => e.type === 'ServiceRequestDispatched',
    );
    expect(dispatched).toHaveLength(1);
    expect(dispatched[0]?.data).toMatchObject({ dispatchedOn: ADMIN_TODAY });
  });

  it('moves a card when another user takes the next step, without a reload (ledgerChanged)', async () => {
    const [dispatched] = (await admin.system.store.readAll()).filter(
      (e) => e.type === 'ServiceRequestDispatched',
    );
    const { requestId } = dispatched!.data as { requestId: string };
    await runCommands(admin, [['AcceptServiceRequest', { requestId, acceptedOn: ADMIN_TODAY }]]);
    await expect.poll(() => count('ACCEPTED')).toBe(1);
    expect(await count('DISPATCHED')).toBe(0);
    expect(await column('ACCEPTED').textContent()).toContain('村东头路灯不亮');
  });

  it('lists every request with its status filter, sorting by days open and the step each row may take', async () => {
    const { page } = admin;
    await page.getByRole('tab', { name: '全部诉求' }).click();
    await chooseOption(page, page.locator('[data-test=request-status]'), '待派单');
    await page.locator('[data-test=board-query]').click();
    const table = page.locator('[data-test=board-pager]').locator('..');
    await expect.poll(() => page.locator('.el-table__body tr:visible').count()).toBe(2);
    await page.locator('th', { hasText: '历时（天）' }).click();
    await expect
      .poll(() => page.locator('.el-table__body tr:visible').first().textContent())
      .toContain('排水沟堵塞');
    expect(await table.textContent()).toContain('共 2 条');
  });

  it('keeps a village secretary to their own village’s requests and offers no step to an auditor', async () => {
    const secretary = await admin.pageSignedInAs('VILLAGE', villageId);
    secretary.setDefaultTimeout(15_000);
    await secretary.goto(`${admin.gateway.url}/service-requests`);
    const cards = secretary.locator('[data-test=request-card]');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await secretary.locator('[data-test=request-columns]').textContent()).not.toContain('和美村');
    expect(await secretary.locator('[data-test=board-village]').count()).toBe(0);
    expect(await secretary.locator('[data-test=request-resolveRequest]:visible').count()).toBe(1);
    await secretary.context().close();

    const auditor = await admin.pageSignedInAs('AUDITOR');
    auditor.setDefaultTimeout(15_000);
    await auditor.goto(`${admin.gateway.url}/service-requests`);
    await expect.poll(() => auditor.locator('[data-test=request-card]').count()).toBe(3);
    expect(await auditor.locator('[data-test^=request-][data-test$=Request]').count()).toBe(0);
    await auditor.context().close();
  });
});
