import { chinaDate, DomainError, reminderCommandIdOf } from '@cadre/domain';
import { issuedReminderIds, selectDueItems } from '@cadre/projections';
import type { Accounts } from '../access/accounts.js';
import type { System } from '../system.js';
import { liveDueFacts } from './live-due-facts.js';
import { addressOf } from './reminder-recipients.js';

/** What one run did. */
export interface SchedulerRun {
  /** The day (China time) it computed what is due for. */
  on: string;
  issued: number;
  /** Due items whose reminder another run (or a gateway before a restart) had already issued. */
  alreadyIssued: number;
  /** Due items nobody holds a role to be reminded of (issued once someone does). */
  unaddressed: number;
}

export interface ReminderSchedulerOptions {
  /** How often it looks again (ms); it only works when the day, the ledger or the accounts changed. */
  intervalMs?: number;
}

/** Answers of the bus that mean "this reminder is already in the store". */
const ALREADY_THERE = new Set(['REMINDER_ALREADY_ISSUED', 'COMMAND_ID_REUSED']);

type SchedulerSystem = Pick<System, 'bus' | 'runner' | 'readModels' | 'now'> & { accounts: Accounts };

/**
 * Issues a `ReminderIssued` for every item that is due on the gateway's clock and has none yet. The
 * reminders in the store are its only memory: a run after a restart finds what the last one issued, and
 * a reminder's stream id is derived from its rule, subject and due date, so two runs that race (or two
 * gateways) write it once — the second finds it there.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SchedulerRun> | undefined;
  /** The day, checkpoint and accounts of the last finished run: nothing new is due until one changes. */
  private lastLook = '';

  constructor(
    private readonly system: SchedulerSystem,
    private readonly options: ReminderSchedulerOptions = {},
  ) {}

  /** Runs now, then every interval (a run is skipped while nothing it reads has changed). */
  start(): void {
    if (this.timer) return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One run; a run asked for while one is going joins it. */
  runOnce(): Promise<SchedulerRun> {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private look(): string {
    const users = this.system.accounts.listUsers();
    return `${chinaDate(this.system.now())}|${this.system.runner.checkpoint}|${users.map((u) => `${u.id}${u.disabledAt ?? ''}`).join(',')}`;
  }

  private async tick(): Promise<void> {
    if (this.look() === this.lastLook) return;
    try {
      await this.runOnce();
    } catch (error) {
      console.error('提醒调度失败 / The reminder scheduler failed:', error);
    }
  }

  private async run(): Promise<SchedulerRun> {
    const { bus, runner, readModels, accounts } = this.system;
    const look = this.look();
    const on = chinaDate(this.system.now());
    const users = accounts.listUsers();
    const issuedBefore = issuedReminderIds(readModels);
    const report: SchedulerRun = { on, issued: 0, alreadyIssued: 0, unaddressed: 0 };
    let last = 0n;
    for (const item of selectDueItems(liveDueFacts(this.system), on)) {
      if (issuedBefore.has(item.id)) {
        report.alreadyIssued++;
        continue;
      }
      const { audience, recipients } = addressOf(item, users);
      if (recipients.length === 0) {
        report.unaddressed++;
        continue;
      }
      const input = {
        rule: item.rule,
        subjectId: item.subjectId,
        villageId: item.villageId,
        cadreId: item.cadreId,
        dueOn: item.dueOn,
        audience,
        recipients,
      };
      try {
        const result = await bus.execute('IssueReminder', input, {
          commandId: reminderCommandIdOf(item),
          actor: 'system',
        });
        if (result.duplicate) report.alreadyIssued++;
        else report.issued++;
        if (result.position > last) last = result.position;
      } catch (error) {
        if (error instanceof DomainError && ALREADY_THERE.has(error.rule)) report.alreadyIssued++;
        else throw error;
      }
    }
    if (last > 0n) await runner.waitFor(last);
    // after writing, look once more: what else was stored meanwhile is behind the same checkpoint
    this.lastLook = report.issued > 0 ? '' : look;
    return report;
  }
}
