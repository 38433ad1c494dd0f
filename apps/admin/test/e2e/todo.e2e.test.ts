import { randomUUID } from 'node:crypto';
import type { CommandName } from '@cadre/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { chooseOption } from '../support/element-plus.js';

describe('待办: the dashboard panel, the menu count and the list (real browser)', () => {
  let admin: AdminUnderTest;
  const townshipId = randomUUID();
  const villageId = randomUUID();
  const otherVillageId = randomUUID();

  const run = async (name: CommandName, input: object) => {
    const result = await admin.system.bus.execute(name, input, {
      commandId: randomUUID(),
      actor: 'system:test',
    });
    await admin.system.runner.waitFor(result.position);
  };

  beforeAll(async () => {
    admin = await startAdmin();
    await run('RegisterTownship', { townshipId, name: '周王镇', district: '长丰县' });
    await run('RegisterVillage', { villageId, townshipId, name: '周王村', kind: 'VILLAGE' });
    await run('RegisterVillage', { villageId: otherVillageId, townshipId, name: '桥头村', kind: 'VILLAGE' });
    // the term ends on 15 December: 6 and 3 months before have passed by 1 December
    await run('RecordCommitteeTerm', { villageId, startedOn: '2021-12-15' });
    await run('RecordCommitteeReview', {
      villageId,
      period: '2026年度',
      reviewedOn: '2026-11-20',
      findings: '班子运行总体良好',
      earlyWarnings: [{ issueId: randomUUID(), description: '村务公开不及时' }],
    });
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('shows a village secretary their village’s items, counts them in the menu, and records an acknowledgement', async () => {
    const page = await admin.pageSignedInAs('VILLAGE', villageId);
    page.setDefaultTimeout(15_000);
    // reminders go to the accounts holding the roles when they are issued: the secretary exists now
    await admin.system.reminders.runOnce();
    await page.goto(`${admin.gateway.url}/dashboard`);
    const panel = page.locator('[data-test=todo-panel]');
    await expect.poll(() => panel.locator('[data-test=todo-item]').count()).toBe(3);
    expect(await panel.locator('[data-test=todo-panel-count]').textContent()).toBe('共 3 项');
    const rules = await panel.locator('[data-test=todo-rule]').allTextContents();
    expect(rules.sort()).toEqual(
      [
        '村"两委"任期即将届满，请筹备换届',
        '村"两委"任期即将届满，请筹备换届',
        '苗头性、倾向性问题尚未整改销号',
      ].sort(),
    );
    expect(await panel.locator('[data-test=todo-status]').allTextContents()).toEqual([
      '2026-12-01 已提醒，待确认',
      '2026-12-01 已提醒，待确认',
      '2026-12-01 已提醒，待确认',
    ]);
    await expect
      .poll(() => page.locator('[data-test=nav-todo] [data-test=todo-count]').textContent())
      .toBe('3');

    // the first item (the oldest: 6 months before the term's end) acknowledged from the panel
    await panel.locator('[data-test=todo-item]').first().locator('[data-test=acknowledge]').click();
    await expect
      .poll(() => panel.locator('[data-test=todo-status]').first().textContent())
      .toMatch(/^2026-12-01 已确认（vill.*）$/);
    expect(await panel.locator('[data-test=acknowledge]').count()).toBe(2);
    const acknowledged = admin.system.readModels
      .prepare('SELECT rule, due_on, acknowledged_by FROM reminders WHERE acknowledged_on IS NOT NULL')
      .all() as { rule: string; due_on: string; acknowledged_by: string }[];
    const secretary = admin.system.accounts.listUsers().find((u) => u.role === 'VILLAGE')!;
    expect(acknowledged).toEqual([
      { rule: 'TERM_ENDING', due_on: '2026-06-15', acknowledged_by: `user:${secretary.id}` },
    ]);

    // the list: filtered by rule, the Chinese wording of each, the acknowledged one without its button
    await page.locator('[data-test=todo-view-all]').click();
    const table = page.locator('[data-test=todo-table]');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await chooseOption(page, page.locator('[data-test=todo-rule-filter]'), '预警问题未整改');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.textContent()).toContain('村务公开不及时');
    await table.locator('[data-test=acknowledge]').click();
    await expect.poll(() => table.textContent()).toContain('2026-12-01 已确认');
    await page.context().close();
  });

  it('shows another village’s secretary nothing of this village', async () => {
    const page = await admin.pageSignedInAs('VILLAGE', otherVillageId);
    page.setDefaultTimeout(15_000);
    await page.goto(`${admin.gateway.url}/dashboard`);
    const panel = page.locator('[data-test=todo-panel]');
    await expect.poll(() => panel.textContent()).toContain('暂无待办事项');
    expect(await page.locator('[data-test=nav-todo] [data-test=todo-count]').count()).toBe(0);
    await page.context().close();
  });

  it('lets the office see the reminders issued, whom they went to and how long each took', async () => {
    const page = admin.page;
    page.setDefaultTimeout(15_000);
    await page.goto(`${admin.gateway.url}/todo`);
    await page.getByRole('tab', { name: '提醒记录' }).click();
    const table = page.locator('[data-test=reminders-table]');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('镇组织办');
    expect(text).toContain('未确认');
    expect(text).toContain('仍待办');
    await page.locator('[data-test=todo-only-open]').click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
  });
});
