import type { AccountsDatabase } from './accounts-database.js';
import {
  type PersonalDataRead,
  type RepeatedRead,
  recordPersonalDataReads,
  recordRepeatedReads,
} from './personal-data-reads.js';

interface Pending {
  write: () => void;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * The personal-data read log with group commit: the reads of answers being prepared at the same moment
 * are written in one transaction (one fsync), and each answer waits until its reads are on disk.
 */
export class PersonalDataLog {
  private queue: Pending[] = [];

  /** `clock`: the gateway's, so that a read is stamped on the same day the gateway calls today. */
  constructor(
    private readonly db: AccountsDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Logs what one answer disclosed; resolves with the disclosures' ids once on disk. */
  record(reads: readonly PersonalDataRead[], now: Date = this.clock()): Promise<number[]> {
    if (reads.length === 0) return Promise.resolve([]);
    return this.enqueue(() => recordPersonalDataReads(this.db, reads, now));
  }

  /** Logs a caller receiving earlier disclosures again (an answer served from the cache). */
  recordRepeated(repeat: RepeatedRead, now: Date = this.clock()): Promise<void> {
    if (repeat.disclosureIds.length === 0) return Promise.resolve();
    return this.enqueue(() => recordRepeatedReads(this.db, [repeat], now));
  }

  private enqueue<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, failed) => {
      let result: T;
      const pending: Pending = {
        write: () => {
          result = write();
        },
        // Resolved only once the whole group committed: no answer leaves before its reads are on disk.
        done: () => resolve(result),
        failed,
      };
      if (this.queue.push(pending) === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    try {
      this.db.transaction(() => {
        for (const pending of batch) pending.write();
      })();
    } catch (error) {
      for (const pending of batch) pending.failed(error);
      return;
    }
    for (const pending of batch) pending.done();
  }
}
