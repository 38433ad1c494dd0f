import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagesOf } from '@cadre/event-store';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderScheduler } from '../src/calendar/reminder-scheduler.js';
import { openSystem, type System } from '../src/system.js';
import { calendarLedger, DUE_BY_2027, daysFrom, movableClock } from './support/calendar-ledger.js';

interface Issued {
  rule: string;
  dueOn: string;
  issuedOn: string;
  recipients: string[];
}

async function remindersIn(system: System): Promise<Issued[]> {
  const issued: Issued[] = [];
  for await (const page of pagesOf(system.store, 500))
    for (const event of page) if (event.type === 'ReminderIssued') issued.push(event.data as Issued);
  return issued;
}

const keys = (issued: Issued[]) => issued.map((r) => `${r.rule}@${r.dueOn}`).sort();

async function withUsers(system: System, villageId: string) {
  const office = await system.accounts.createUser({
    username: 'office',
    password: 'office-password-1',
    role: 'ADMIN',
  });
  const secretary = await system.accounts.createUser({
    username: 'secretary',
    password: 'secretary-password-1',
    role: 'VILLAGE',
    villageId,
  });
  return { office: `user:${office.id}`, secretary: `user:${secretary.id}` };
}

const open: System[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const system of open.splice(0)) await system.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function systemOn(clock: ReturnType<typeof movableClock>, dataDir = ':memory:') {
  const system = await openSystem({ dataDir, now: clock.now });
  open.push(system);
  return system;
}

describe('the reminder scheduler on a fake clock', () => {
  it('issues each reminder once, on the day it falls due, across a year', async () => {
    const clock = movableClock('2026-01-01');
    const system = await systemOn(clock);
    const ledger = await calendarLedger(system);
    const users = await withUsers(system, ledger.villageId);
    const issuedPerDay = new Map<string, number>();
    for (const day of daysFrom('2026-01-01', '2027-01-01')) {
      clock.set(day);
      const run = await system.reminders.runOnce();
      if (run.issued > 0) issuedPerDay.set(day, run.issued);
    }
    const issued = await remindersIn(system);
    expect(keys(issued)).toEqual(DUE_BY_2027);
    expect(issued.every((r) => r.issuedOn === r.dueOn)).toBe(true);
    expect(Object.fromEntries(issuedPerDay)).toEqual({
      '2026-01-01': 3,
      '2026-01-31': 2,
      '2026-04-01': 1,
      '2026-05-20': 1,
      '2026-07-01': 1,
      '2026-09-30': 1,
      '2027-01-01': 1,
    });
    // the village's items go to its secretary too; the office's own (reviews, admonishments) to the office
    const byRule = Object.fromEntries(issued.map((r) => [r.rule, r.recipients]));
    expect(byRule.TERM_ENDING).toEqual([users.office, users.secretary].sort());
    expect(byRule.ADMONISHMENT_NOT_HELD).toEqual([users.office]);
  });

  it('loses and doubles nothing across a restart on the same data folder, even when down on the due day', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cadre-calendar-'));
    folders.push(dataDir);
    const clock = movableClock('2026-01-01');
    const first = await systemOn(clock, dataDir);
    const ledger = await calendarLedger(first);
    await withUsers(first, ledger.villageId);
    for (const day of daysFrom('2026-01-01', '2026-06-28')) {
      clock.set(day);
      await first.reminders.runOnce();
    }
    expect(keys(await remindersIn(first))).toHaveLength(7);
    await first.close();
    open.splice(open.indexOf(first), 1);

    // down from 29 June to 2 July: the mid-year pledge fell due meanwhile
    clock.set('2026-07-03');
    const second = await systemOn(clock, dataDir);
    second.reminders.start();
    await second.reminders.runOnce();
    for (const day of daysFrom('2026-07-03', '2027-01-01')) {
      clock.set(day);
      await second.reminders.runOnce();
    }
    const issued = await remindersIn(second);
    expect(keys(issued)).toEqual(DUE_BY_2027);
    expect(issued.find((r) => r.rule === 'PLEDGE_PROGRESS_MISSING')).toMatchObject({
      dueOn: '2026-07-01',
      issuedOn: '2026-07-03',
    });
  });

  it('writes a reminder once when two runs race (two schedulers on one ledger)', async () => {
    const clock = movableClock('2026-01-01');
    const system = await systemOn(clock);
    const ledger = await calendarLedger(system);
    await withUsers(system, ledger.villageId);
    clock.set('2026-12-31');
    const other = new ReminderScheduler(system);
    const [a, b] = await Promise.all([system.reminders.runOnce(), other.runOnce()]);
    expect(a.issued + b.issued).toBe(9);
    expect(a.issued + a.alreadyIssued).toBe(9);
    expect(b.issued + b.alreadyIssued).toBe(9);
    expect(keys(await remindersIn(system))).toEqual(DUE_BY_2027.filter((k) => !k.endsWith('2027-01-01')));
    // and a later run finds all of them there
    expect(await system.reminders.runOnce()).toMatchObject({ issued: 0, alreadyIssued: 9 });
  });

  it('runs by itself once started, and waits for someone to remind', async () => {
    const clock = movableClock('2026-01-01');
    const system = await openSystem({ dataDir: ':memory:', now: clock.now, reminderIntervalMs: 20 });
    open.push(system);
    const ledger = await calendarLedger(system);
    system.reminders.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await remindersIn(system)).toEqual([]);
    await withUsers(system, ledger.villageId);
    await expect.poll(async () => (await remindersIn(system)).length, { timeout: 10_000 }).toBe(3);
    clock.set('2026-01-31');
    await expect.poll(async () => (await remindersIn(system)).length, { timeout: 10_000 }).toBe(5);
  });
});
