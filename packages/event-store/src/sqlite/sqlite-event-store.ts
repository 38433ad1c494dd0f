import Database from 'better-sqlite3';
import { DuplicateEventIdError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import { isExpectedRevision } from '../expected-revision.js';
import { chainEvents, GENESIS_HASH } from '../hash-chain.js';
import { findIdempotentReplay } from '../idempotent-replay.js';
import { pollingSubscription } from '../polling-subscription.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreHealth,
  StreamWrite,
  SubscribeOptions,
  Subscription,
} from '../port.js';
import { categoryOf } from '../stream-name.js';
import { EVENT_STORE_SCHEMA } from './schema.js';
import { storeFailure } from './sqlite-failures.js';
import { type FsyncFile, WalDurability } from './wal-durability.js';

export interface SqliteEventStoreOptions {
  /** A file path, or `:memory:` (tests). */
  path: string;
  /** The store's clock for `recordedAt`; tests pass a fixed one. */
  now?: () => Date;
  /** How often a live subscription looks for events written by another process. */
  pollMs?: number;
  /**
   * Opens an existing store to read it only (a rebuild's worker threads): no schema, no pragma written,
   * and any append fails. The file is never changed.
   */
  readonly?: boolean;
  /**
   * How a group commit reaches the device (a file store; one in memory has no file). 'off-thread' (the
   * default): the commit runs with `synchronous=NORMAL` and the store fsyncs the WAL in libuv's thread pool
   * before it answers the group's appends or wakes a subscription (see wal-durability.ts). 'full': the commit
   * runs with `synchronous=FULL`, its fsync on the main thread. Either way an append is answered only once
   * its events are on the device.
   */
  commitSync?: CommitSync;
  /** The fsync the 'off-thread' mode runs on the WAL's descriptor (tests hold it, or make it fail). */
  fsyncFile?: FsyncFile;
}

export type CommitSync = 'off-thread' | 'full';

/** Measured faster in one process under load (docs/benchmarks.md, "Event store: appends"). */
export const DEFAULT_COMMIT_SYNC: CommitSync = 'off-thread';

/**
 * A stored event as a read returns it: the columns of EVENT_COLUMNS in their order (`.raw()` rows: reading
 * a province's 5 million events, an object per row with its keys cost a quarter of the read).
 */
type EventRow = [
  position: number | bigint,
  eventId: string,
  streamId: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  recordedAt: string,
];
const EVENT_COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata, recorded_at';
const POSITION = 0;
const REVISION = 3;

/** An append waiting for the next group commit: the writes of one caller, stored together or not at all. */
interface PendingAppend {
  writes: readonly StreamWrite[];
  resolve: (results: AppendResult[]) => void;
  reject: (error: unknown) => void;
}

/** What a health check writes (and removes in the same transaction) to learn whether the file takes writes again. */
const PROBE_BYTES = 64 * 1024;

/**
 * The statement of a read of $all: events in position order. A filter is a condition on the rows walked in
 * that order (as EventStoreDB's filtered reads scan $all): with an index by type, SQLite gathered and
 * sorted every later event of the types for each page, and a rebuild reading two thirds of a province's
 * events took about 0.35 s a page (`+` keeps a column's terms off any index).
 */
export function readAllQuery(options: ReadAllOptions): { sql: string; params: unknown[] } {
  const where = ['position > ?'];
  const params: unknown[] = [Number(options.after ?? 0n)];
  const { categories, eventTypes } = options.filter ?? {};
  if (categories) {
    where.push(`+category IN (${categories.map(() => '?').join(',') || 'NULL'})`);
    params.push(...categories);
  }
  if (eventTypes) {
    where.push(`+type IN (${eventTypes.map(() => '?').join(',') || 'NULL'})`);
    params.push(...eventTypes);
  }
  params.push(options.maxCount ?? -1);
  const sql = `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position ASC LIMIT ?`;
  return { sql, params };
}

function toRecorded(row: EventRow): RecordedEvent {
  const metadata = JSON.parse(row[6]);
  return {
    id: row[1],
    streamId: row[2],
    revision: row[3],
    position: BigInt(row[0]),
    type: row[4],
    data: JSON.parse(row[5]),
    metadata,
    recordedAt: metadata.originalRecordedAt ?? row[7],
  };
}

/**
 * The embedded default store. Appends that arrive while a transaction is being prepared are committed
 * together (group commit): one fsync for many commands, so that an acknowledged append survives a power
 * cut. Nothing is answered, and no read shows an event, before that event is on the device.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly pollMs: number;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private appendWaiters = new Set<() => void>();
  private readonly statements;
  private readonly readStatements = new Map<string, Database.Statement<unknown[], EventRow>>();
  /**
   * For streams this connection wrote or read to the end: a revision no lower than the stream's head, so a
   * read after it (a command's look at what it does not know of a stream yet) needs no query. Forgotten
   * as soon as another connection commits anything (`PRAGMA data_version`).
   */
  private readonly headBounds = new Map<string, number>();
  private headBoundsVersion = -1;
  private readonly appendOneAtomically: (job: PendingAppend) => AppendResult[];
  private readonly probeWrite: () => void;
  /** The last group commit's failure when the file could not take it (full, unreachable); cleared by a write. */
  private writeFailure?: EventStoreUnavailableError;
  /** The WAL's fsync off the main thread ('off-thread' on a file); none: every commit is durable when it returns. */
  private readonly durability?: WalDurability;
  /** Group commits whose appends wait for their fsync (close waits for them). */
  private readonly awaitingFsync = new Set<Promise<void>>();

  constructor(options: SqliteEventStoreOptions) {
    const readonly = options.readonly ?? false;
    this.db = new Database(options.path, { readonly, fileMustExist: readonly });
    this.now = options.now ?? (() => new Date());
    this.pollMs = options.pollMs ?? 1000;
    this.db.pragma('busy_timeout = 5000');
    let offThread = false;
    if (!readonly) {
      const wal = this.db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
      offThread = wal && !this.db.memory && (options.commitSync ?? DEFAULT_COMMIT_SYNC) === 'off-thread';
      this.db.pragma(`synchronous = ${offThread ? 'NORMAL' : 'FULL'}`);
      this.db.exec(EVENT_STORE_SCHEMA);
    }
    this.statements = {
      streamHead: this.db.prepare<[string], { revision: number; last_hash: string }>(
        'SELECT revision, last_hash FROM streams WHERE stream_id = ?',
      ),
      upsertStream: this.db.prepare(
        `INSERT INTO streams (stream_id, revision, last_hash) VALUES (?, ?, ?)
         ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, last_hash = excluded.last_hash`,
      ),
      insertEvent: this.db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, category, type, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      eventById: this.db.prepare<[string], { stream_id: string; revision: number; position: number }>(
        'SELECT stream_id, revision, position FROM events WHERE event_id = ?',
      ),
      head: this.db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
      dataVersion: this.db.prepare<[], number>('PRAGMA data_version').pluck(),
      probeInsert: this.db.prepare<[number]>('INSERT INTO write_probe (filler) VALUES (zeroblob(?))'),
      probeDelete: this.db.prepare('DELETE FROM write_probe'),
    };
    // Nested inside the group's transaction, better-sqlite3 turns this into a savepoint: one failed
    // append rolls back alone and the others in the group still commit.
    this.appendOneAtomically = this.db.transaction((job: PendingAppend) =>
      job.writes.map((write) => this.appendNow(write)),
    );
    this.probeWrite = this.db.transaction(() => {
      this.statements.probeInsert.run(PROBE_BYTES);
      this.statements.probeDelete.run();
    });
    if (offThread) this.durability = new WalDurability(options.path, this.headNumberNow(), options.fsyncFile);
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ streamId, events, expectedRevision }]);
    return result!;
  }

  appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ writes, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    if (!this.db.open) return;
    const jobs = this.queue;
    this.queue = [];
    const refused = this.durability?.failed;
    if (refused) {
      for (const job of jobs) job.reject(refused);
      return;
    }
    const outcomes: Array<{ ok: true; result: AppendResult[] } | { ok: false; error: unknown }> = [];
    try {
      this.db.transaction(() => {
        for (const job of jobs) {
          try {
            outcomes.push({ ok: true, result: this.appendOneAtomically(job) });
          } catch (error) {
            // SQLite rolls the whole transaction back on some failures (SQLITE_FULL, I/O errors): the
            // appends before this one are gone, and the next ones would run outside any transaction.
            if (!this.db.inTransaction) throw error;
            outcomes.push({ ok: false, error: storeFailure(error) });
          }
        }
      })();
    } catch (error) {
      const failure = storeFailure(error);
      if (failure instanceof EventStoreUnavailableError) this.writeFailure = failure;
      for (const job of jobs) job.reject(failure);
      return;
    }
    this.writeFailure = outcomes.find(
      (outcome): outcome is { ok: false; error: EventStoreUnavailableError } =>
        !outcome.ok && outcome.error instanceof EventStoreUnavailableError,
    )?.error;
    const answer = () => {
      jobs.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (!outcome.ok) {
          job.reject(outcome.error);
          return;
        }
        for (const [w, write] of job.writes.entries())
          this.boundHead(write.streamId, outcome.result[w]!.nextExpectedRevision);
        job.resolve(outcome.result);
      });
      const waiters = this.appendWaiters;
      this.appendWaiters = new Set();
      for (const wake of waiters) wake();
    };
    if (!this.durability) {
      answer();
      return;
    }
    // Even a refusal waits: a conflict tells of the commits before it, which may not be on the device yet.
    const answered: Promise<void> = this.durability.through(this.headNumberNow()).then(answer, (failure) => {
      for (const job of jobs) job.reject(failure);
    });
    this.awaitingFsync.add(answered);
    answered.finally(() => this.awaitingFsync.delete(answered));
  }

  /**
   * The rows a reader may be shown: those on the device. Rows of commits whose fsync has not completed yet
   * (this store's next group, another process's commit) wait for one; after a failed fsync they are left out.
   */
  private async onDevice(rows: EventRow[]): Promise<EventRow[]> {
    const durability = this.durability;
    if (!durability || rows.length === 0) return rows;
    let last = 0;
    for (const row of rows) last = Math.max(last, Number(row[POSITION]));
    if (durability.isDurable(last)) return rows;
    await durability.through(last).catch(() => undefined);
    return rows.filter((row) => durability.isDurable(Number(row[POSITION])));
  }

  private appendNow({ streamId, events, expectedRevision }: StreamWrite): AppendResult {
    const head = this.statements.streamHead.get(streamId);
    const current = head?.revision ?? -1;
    const replay = findIdempotentReplay(
      streamId,
      events,
      events.map((e) => this.storedLocation(e.id)),
    );
    if (replay) return replay;
    if (!isExpectedRevision(expectedRevision, current))
      throw new WrongExpectedRevisionError(streamId, expectedRevision, current);
    if (events.length === 0) return { nextExpectedRevision: current, position: this.headPositionNow() };

    const chained = chainEvents(head?.last_hash ?? GENESIS_HASH, streamId, current, events);
    let position = 0n;
    const recordedAt = this.now().toISOString();
    const category = categoryOf(streamId);
    chained.forEach((event, i) => {
      try {
        const info = this.statements.insertEvent.run(
          event.id,
          streamId,
          current + 1 + i,
          category,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          recordedAt,
        );
        position = BigInt(info.lastInsertRowid);
      } catch (error) {
        if (String(error).includes('events.event_id')) throw new DuplicateEventIdError(streamId, event.id);
        throw error;
      }
    });
    const revision = current + chained.length;
    this.statements.upsertStream.run(streamId, revision, chained[chained.length - 1]!.metadata.hash);
    return { nextExpectedRevision: revision, position };
  }

  private storedLocation(eventId: string) {
    const row = this.statements.eventById.get(eventId);
    return row && { streamId: row.stream_id, revision: row.revision, position: BigInt(row.position) };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const limit = options.maxCount ?? -1;
    if (!backwards && this.knownToEndBefore(streamId, from)) return [];
    const sql = backwards
      ? `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`
      : `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`;
    const read = this.prepared<[string, number, number]>(sql).all(streamId, from, limit);
    const rows = await this.onDevice(read);
    if (!backwards && limit === -1 && rows.length === read.length)
      this.boundHead(streamId, rows.at(-1)?.[REVISION] ?? from - 1);
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { sql, params } = readAllQuery(options);
    return (await this.onDevice(this.prepared<unknown[]>(sql).all(...params))).map(toRecorded);
  }

  /** True when the stream is known to end before `revision`, and no other connection wrote since. */
  private knownToEndBefore(streamId: string, revision: number): boolean {
    const version = this.statements.dataVersion.get()!;
    if (version !== this.headBoundsVersion) {
      this.headBounds.clear();
      this.headBoundsVersion = version;
    }
    const bound = this.headBounds.get(streamId);
    return bound !== undefined && bound < revision;
  }

  private boundHead(streamId: string, revision: number): void {
    if (this.headBounds.size >= 100_000) this.headBounds.clear();
    this.headBounds.set(streamId, revision);
  }

  /** The statement of a read's SQL, prepared once: commands and the projections read on every append. */
  private prepared<Params extends unknown[]>(sql: string): Database.Statement<Params, EventRow> {
    let statement = this.readStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], EventRow>(sql).raw();
      // filters of many lengths make many texts: keep the first few, prepare the rest each time
      if (this.readStatements.size < 64) this.readStatements.set(sql, statement);
    }
    return statement as unknown as Database.Statement<Params, EventRow>;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return pollingSubscription(
      { readAll: (o) => this.readAll(o), waitForAppend: (ms) => this.waitForAppend(ms) },
      options,
      this.pollMs,
    );
  }

  private waitForAppend(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.appendWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.appendWaiters.add(done);
    });
  }

  private headPositionNow(): bigint {
    return BigInt(this.statements.head.get()?.position ?? 0);
  }

  private headNumberNow(): number {
    return Number(this.statements.head.get()?.position ?? 0);
  }

  /** The last event's position, once that event is on the device (after a failed fsync: the last one that is). */
  async headPosition(): Promise<bigint> {
    const head = this.headNumberNow();
    const durability = this.durability;
    if (!durability || durability.isDurable(head)) return BigInt(head);
    await durability.through(head).catch(() => undefined);
    return BigInt(durability.isDurable(head) ? head : durability.durablePosition);
  }

  /**
   * Healthy unless the last write found the file unable to take it; then a probe write (removed in the
   * same transaction) tells whether it can again, so the store recovers as soon as space returns.
   */
  async health(): Promise<StoreHealth> {
    const unsynced = this.durability?.failed;
    if (unsynced)
      return {
        ok: false,
        detail: `${unsynced.reason}: the WAL's fsync failed, restart the store: ${String(unsynced.cause)}`,
      };
    const failure = this.writeFailure;
    if (!failure) return { ok: true };
    try {
      this.probeWrite();
      this.writeFailure = undefined;
      return { ok: true };
    } catch (error) {
      const still = storeFailure(error);
      const reason = still instanceof EventStoreUnavailableError ? still.reason : failure.reason;
      return { ok: false, detail: `${reason}: ${still instanceof Error ? still.message : String(still)}` };
    }
  }

  /**
   * Caps how far the file may grow, in pages (`PRAGMA max_page_count` on this connection, never below the
   * file's size): a write past it fails as on a full disk. Tests fill the store with it. Answers the cap.
   */
  limitSize(pages: number): number {
    return this.db.pragma(`max_page_count = ${Math.max(1, Math.floor(pages))}`, { simple: true }) as number;
  }

  /** The file's size in pages (see `limitSize`). */
  sizeInPages(): number {
    return this.db.pragma('page_count', { simple: true }) as number;
  }

  async close(): Promise<void> {
    if (this.queue.length > 0) this.flush();
    await Promise.all(this.awaitingFsync);
    for (const wake of this.appendWaiters) wake();
    if (this.db.open) this.db.close();
    await this.durability?.close();
  }
}
