import { completeTornCommands } from '@cadre/application';
import type { EventStore } from '@cadre/event-store';
import { type ReadModelDatabase, sql } from '@cadre/projections';

/** How often the history is looked at again, and how old a begun command must be to be someone else's to finish. */
const EVERY_MS = 30_000;
const GRACE_MS = 10_000;

const SCHEMA = `CREATE TABLE IF NOT EXISTS torn_command_scan (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  checked_up_to INTEGER NOT NULL
)`;

/**
 * On a store without multi-stream transactions (EventStoreDB), carries out the commands a crash cut off
 * between their writes: once before the gateway serves, then every 30 s for what a failure left behind.
 * Where it has looked is kept in the read-model file (a rebuild starts it over, which is only slower).
 */
export class TornCommandCompleter {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly db: ReadModelDatabase,
    private readonly now: () => Date,
  ) {
    db.exec(SCHEMA);
  }

  /** Completes what the history shows begun before `recordedBefore` (default: everything so far). */
  async completeOnce(recordedBefore = this.now()): Promise<number> {
    const after = BigInt(
      (
        sql(this.db, 'SELECT checked_up_to FROM torn_command_scan WHERE id = 1').get() as
          | { checked_up_to: number }
          | undefined
      )?.checked_up_to ?? 0,
    );
    const { completed, checkedUpTo } = await completeTornCommands(this.store, { after, recordedBefore });
    sql(
      this.db,
      'INSERT INTO torn_command_scan (id, checked_up_to) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_up_to = excluded.checked_up_to',
    ).run(Number(checkedUpTo));
    if (completed > 0)
      console.warn(`[gateway] completed ${completed} command(s) interrupted between their writes`);
    return completed;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.running = this.completeOnce(new Date(this.now().getTime() - GRACE_MS)).catch((error) =>
        console.error('[gateway] completing interrupted commands failed:', error),
      );
    }, EVERY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
