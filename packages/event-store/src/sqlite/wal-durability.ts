import { closeSync, fsync, fsyncSync, openSync, realpathSync } from 'node:fs';
import { EventStoreUnavailableError } from '../errors.js';

/** Flushes the file behind `fd` to the device; answers once it is there (the default: `fs.fsync`, libuv's pool). */
export type FsyncFile = (fd: number) => Promise<void>;

const fsyncInThreadPool: FsyncFile = (fd) =>
  new Promise((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve())));

/**
 * Makes commits durable off the main thread. The writer connection commits with `synchronous=NORMAL` in WAL
 * mode: SQLite writes a commit's frames to the `-wal` file (into the page cache) and does not fsync it. This
 * fsyncs that file from libuv's thread pool, and tells when every event up to a position is on the device.
 *
 * What it relies on (SQLite's docs, pragma.html#pragma_synchronous and wal.html; checked with strace on this
 * machine, SQLite 3.5x under better-sqlite3 12):
 * - Under NORMAL in WAL mode a commit only writes its frames; "a transaction committed in WAL mode with
 *   synchronous=NORMAL might roll back following a power loss", never a corrupt file. SQLite still fsyncs by
 *   itself at a checkpoint (the WAL before copying frames back, the database after) and the WAL header when it
 *   restarts the log after a checkpoint (and the folder once, when it creates the WAL): on the main thread,
 *   as under FULL.
 * - Linux's fsync(2) flushes the file's (inode's) dirty pages, whichever descriptor wrote them: this store's
 *   own read-only descriptor flushes what SQLite wrote through its descriptor, and another process's commits too.
 * - The WAL keeps its inode while any connection is open: a checkpoint restarts it by overwriting from the top,
 *   `journal_size_limit` and `wal_checkpoint(TRUNCATE)` ftruncate it; SQLite deletes it only when the last
 *   connection closes (and every connection in WAL mode holds a shared lock on the database while open, so
 *   none can while this store's writer is open). The descriptor opened after the writer's first transaction
 *   therefore names the WAL for the store's whole life.
 * - Recovery replays the WAL as a checksummed prefix of frames (salts and running checksums): a power cut keeps
 *   commits in their order, so a later commit never survives without an earlier one; a fsync that started
 *   after a commit had been written covers it and every commit before it.
 *
 * One fsync runs at a time; commits made while it runs are covered by the next one, which starts as soon as
 * it ends (group commit over the fsync: its cost is shared by every commit it covers). A failed fsync leaves
 * the kernel free to have dropped the pages it could not write (their dirty flags cleared), so no later fsync
 * can vouch for them: the store stops acknowledging anything past what was durable before, until restarted.
 */
export class WalDurability {
  private readonly fd: number;
  /** Every event up to this position is on the device. */
  private durable: number;
  /** The highest position known committed (by this store, or read from the file). */
  private committed: number;
  /** The fsync running now; it covers what was committed when it started. */
  private inFlight?: Promise<void>;
  private failure?: EventStoreUnavailableError;
  private closed = false;

  constructor(
    databasePath: string,
    head: number,
    private readonly fsyncFile: FsyncFile = fsyncInThreadPool,
  ) {
    // SQLite names the WAL after the database's resolved path (it follows symbolic links).
    this.fd = openSync(`${realpathSync(databasePath)}-wal`, 'r');
    // What the file holds now may be a crashed process's commits still in the page cache: on disk from here.
    fsyncSync(this.fd);
    this.durable = head;
    this.committed = head;
  }

  /** True when every event up to `position` is on the device already (nothing to wait for). */
  isDurable(position: number): boolean {
    return position <= this.durable;
  }

  /** Every event up to this position is on the device. */
  get durablePosition(): number {
    return this.durable;
  }

  /** Why the store takes no more writes, once a fsync failed. */
  get failed(): EventStoreUnavailableError | undefined {
    return this.failure;
  }

  /**
   * Resolves once a fsync that started after `position` was committed has completed; rejects with the store's
   * unavailable error if a fsync failed first.
   */
  async through(position: number): Promise<void> {
    if (position > this.committed) this.committed = position;
    while (position > this.durable) {
      if (this.failure) throw this.failure;
      const running = this.inFlight;
      if (running) await running;
      else this.start();
    }
  }

  private start(): void {
    const covers = this.committed;
    const done = this.fsyncFile(this.fd).then(
      () => {
        this.inFlight = undefined;
        if (covers > this.durable) this.durable = covers;
      },
      (error: unknown) => {
        this.inFlight = undefined;
        this.failure ??= new EventStoreUnavailableError(undefined, 'STORE_UNREACHABLE', { cause: error });
      },
    );
    this.inFlight = done;
  }

  /** Waits for the fsync in flight (if any), then lets the descriptor go. */
  async close(): Promise<void> {
    await this.inFlight;
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
