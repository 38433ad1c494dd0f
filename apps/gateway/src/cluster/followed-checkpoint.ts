import type { ReadModelDatabase } from '@cadre/projections';
import type { WriterChannel } from './writer-channel.js';

/** How often a waiting reader looks at the file itself, should a checkpoint message be late. */
const RECHECK_MS = 50;

/**
 * A reader's stand-in for the projection runner: it applies nothing, it follows the checkpoint the
 * writer's runner commits into the read-model file. `checkpoint` is read from the file on every call (the
 * lowest projection checkpoint, written in the same transaction as the rows; read again whenever the file's
 * data version moved), so an answer cached at an older checkpoint is never served after the file moved on,
 * even before the writer's message arrives.
 */
export class FollowedCheckpoint {
  private readonly lowest;
  private readonly dataVersion;
  /** The checkpoint as last read, and the file's data version it was read at. */
  private read = { version: -1, checkpoint: 0n };
  private waiters: { position: bigint; resolve: () => void }[] = [];
  private timer?: NodeJS.Timeout;
  private readonly unlisten: () => void;

  constructor(db: ReadModelDatabase, channel: Pick<WriterChannel, 'onCheckpoint'>) {
    this.lowest = db
      .prepare<[], { position: bigint | null }>(
        'SELECT MIN(CAST(position AS INTEGER)) AS position FROM projection_checkpoints',
      )
      .safeIntegers(true);
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.unlisten = channel.onCheckpoint(() => this.release());
  }

  /** Read again only when the file changed (its data version moves with every commit of another connection). */
  get checkpoint(): bigint {
    const version = this.dataVersion.get()!;
    if (version !== this.read.version)
      // the version before the read: a commit in between is read again on the next call, never missed
      this.read = { version, checkpoint: this.lowest.get()?.position ?? 0n };
    return this.read.checkpoint;
  }

  /** The writer's runner reports its own failures; a reader has none of its own. */
  get error(): unknown {
    return undefined;
  }

  /** Resolves once the read-model file reflects every event up to `position` (read-your-writes). */
  waitFor(position: bigint): Promise<void> {
    if (position <= this.checkpoint) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push({ position, resolve });
      this.timer ??= setInterval(() => this.release(), RECHECK_MS);
    });
  }

  async catchUp(): Promise<void> {}

  async stop(): Promise<void> {
    this.unlisten();
    clearInterval(this.timer);
  }

  private release(): void {
    if (this.waiters.length === 0) return;
    const reached = this.checkpoint;
    const ready = this.waiters.filter((w) => w.position <= reached);
    this.waiters = this.waiters.filter((w) => w.position > reached);
    for (const waiter of ready) waiter.resolve();
    if (this.waiters.length === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
