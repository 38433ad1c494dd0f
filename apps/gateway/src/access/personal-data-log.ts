import type { AccountsDatabase } from './accounts-database.js';
import { type PersonalDataRead, recordPersonalDataReads } from './personal-data-reads.js';

interface Pending {
  reads: readonly PersonalDataRead[];
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * The personal-data read log with group commit: the reads of answers being prepared at the same moment
 * are written in one transaction (one fsync), and each answer waits until its reads are on disk.
 */
export class PersonalDataLog {
  private queue: Pending[] = [];

  constructor(private readonly db: AccountsDatabase) {}

  record(reads: readonly PersonalDataRead[]): Promise<void> {
    if (reads.length === 0) return Promise.resolve();
    return new Promise((done, failed) => {
      if (this.queue.push({ reads, done, failed }) === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    try {
      recordPersonalDataReads(
        this.db,
        batch.flatMap((pending) => pending.reads),
      );
    } catch (error) {
      for (const pending of batch) pending.failed(error);
      return;
    }
    for (const pending of batch) pending.done();
  }
}
