import { fstatSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventStoreUnavailableError, type RecordedEvent, SqliteEventStore } from '../src/index.js';
import { sampleEvent } from '../src/testing/index.js';

/** An fsync a test holds: each call waits until the test completes or fails it. */
function heldFsync() {
  const calls: Array<{ complete: () => void; fail: (error: Error) => void }> = [];
  const fsyncFile = () =>
    new Promise<void>((resolve, reject) => {
      calls.push({ complete: resolve, fail: reject });
    });
  return { calls, fsyncFile };
}

/** Lets the store's setImmediate flush and the promise callbacks after it run. */
const turns = async (count = 3) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

function settledFlag(promise: Promise<unknown>) {
  const flag = { settled: false };
  promise.then(
    () => {
      flag.settled = true;
    },
    () => {
      flag.settled = true;
    },
  );
  return flag;
}

describe("SQLite, commitSync 'off-thread': nothing is answered or shown before the WAL's fsync has completed", () => {
  let dir: string;
  let path: string;
  let store: SqliteEventStore;
  let fsync: ReturnType<typeof heldFsync>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-fsync-'));
    path = join(dir, 'events.sqlite');
    fsync = heldFsync();
    store = new SqliteEventStore({
      path,
      pollMs: 60_000,
      commitSync: 'off-thread',
      fsyncFile: fsync.fsyncFile,
    });
  });
  afterEach(async () => {
    for (const call of fsync.calls) call.complete();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the append and the live subscription until its fsync completes, then answers both', async () => {
    const subscription = store.subscribeToAll();
    const seen: RecordedEvent[] = [];
    const reading = (async () => {
      for await (const event of subscription) seen.push(event);
    })();
    await subscription.caughtUp;
    const append = store.append('cadre-1', [sampleEvent()], 'no_stream');
    const answered = settledFlag(append);
    await turns();

    expect(fsync.calls).toHaveLength(1);
    // committed to the file (another connection sees it), but neither answered nor shown by the store
    const other = new Database(path, { readonly: true });
    expect(other.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(1);
    other.close();
    const head = store.headPosition();
    const headTold = settledFlag(head);
    await turns();
    expect(answered.settled).toBe(false);
    expect(headTold.settled).toBe(false);
    expect(seen).toEqual([]);

    fsync.calls[0]!.complete();
    expect(await append).toEqual({ nextExpectedRevision: 0, position: 1n });
    expect(await head).toBe(1n);
    await turns();
    expect(seen.map((e) => e.streamId)).toEqual(['cadre-1']);
    await subscription.close();
    await reading;
  });

  it('answers a second group committed during the first fsync only after a fsync that started after it', async () => {
    const first = store.append('cadre-1', [sampleEvent()], 'no_stream');
    await turns();
    expect(fsync.calls).toHaveLength(1);
    const second = store.append('cadre-2', [sampleEvent()], 'no_stream');
    const secondAnswered = settledFlag(second);
    await turns();
    // the second group is committed already (pipelined), while the first fsync runs
    const other = new Database(path, { readonly: true });
    expect(other.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(2);
    other.close();
    expect(fsync.calls).toHaveLength(1);

    fsync.calls[0]!.complete();
    expect((await first).position).toBe(1n);
    await turns();
    expect(secondAnswered.settled).toBe(false);
    expect(fsync.calls).toHaveLength(2);
    fsync.calls[1]!.complete();
    expect((await second).position).toBe(2n);
  });

  it('does not show a reader an event committed but not yet fsynced, whoever reads it', async () => {
    await turns();
    const append = store.append('cadre-1', [sampleEvent()], 'no_stream');
    await turns();
    const read = store.readStream('cadre-1');
    const readDone = settledFlag(read);
    await turns();
    expect(readDone.settled).toBe(false);
    fsync.calls[0]!.complete();
    expect((await read).map((e) => e.revision)).toEqual([0]);
    await append;
  });

  it('tells a conflict with a commit not yet fsynced only after that fsync', async () => {
    const first = store.append('cadre-1', [sampleEvent()], 'no_stream');
    await turns();
    const conflicting = store.append('cadre-1', [sampleEvent()], 'no_stream');
    const refused = settledFlag(conflicting);
    await turns();
    expect(refused.settled).toBe(false);
    fsync.calls[0]!.complete();
    await first;
    await turns();
    fsync.calls[1]?.complete();
    await expect(conflicting).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rejects the group as unavailable when its fsync fails, and acknowledges nothing after it', async () => {
    const first = store.append('cadre-1', [sampleEvent()], 'no_stream');
    await turns();
    const pipelined = store.append('cadre-2', [sampleEvent()], 'no_stream');
    await turns();
    fsync.calls[0]!.fail(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));

    const error = await first.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    expect((error as EventStoreUnavailableError).reason).toBe('STORE_UNREACHABLE');
    expect(((error as Error).cause as { code: string }).code).toBe('EIO');
    await expect(pipelined).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.append('cadre-3', [sampleEvent()], 'no_stream')).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
    // nothing further was written, and what may not be on the device is not shown
    const other = new Database(path, { readonly: true });
    expect(other.prepare('SELECT stream_id FROM events ORDER BY position').pluck().all()).toEqual([
      'cadre-1',
      'cadre-2',
    ]);
    other.close();
    expect(await store.readAll()).toEqual([]);
    expect(await store.headPosition()).toBe(0n);
    const health = await store.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toContain('fsync');
    expect(fsync.calls).toHaveLength(1);
  });
});

describe("SQLite: the default mode, 'full' (kept as an option) and a store in memory", () => {
  it('answers without the off-thread fsync', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-fsync-full-'));
    const fsync = heldFsync();
    const store = new SqliteEventStore({
      path: join(dir, 'e.sqlite'),
      commitSync: 'full',
      fsyncFile: fsync.fsyncFile,
    });
    expect((await store.append('cadre-1', [sampleEvent()], 'no_stream')).position).toBe(1n);
    expect(fsync.calls).toHaveLength(0);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the default, with fs.fsync on the WAL: answers, and a reopened store holds what it answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-fsync-default-'));
    const path = join(dir, 'e.sqlite');
    const store = new SqliteEventStore({ path });
    await Promise.all([1, 2, 3].map((n) => store.append(`cadre-${n}`, [sampleEvent()], 'no_stream')));
    await store.close();
    const reopened = new SqliteEventStore({ path });
    expect((await reopened.readAll()).map((e) => e.streamId)).toEqual(['cadre-1', 'cadre-2', 'cadre-3']);
    await reopened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fsyncs the same WAL file after checkpoints restart and truncate it (its inode stays while the store is open)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-fsync-wal-'));
    const path = join(dir, 'e.sqlite');
    const synced: number[] = [];
    const store = new SqliteEventStore({
      path,
      fsyncFile: async (fd) => {
        synced.push(fstatSync(fd).ino);
      },
    });
    const wal = statSync(`${path}-wal`).ino;
    const other = new Database(path);
    await store.append('cadre-1', [sampleEvent()], 'no_stream');
    other.pragma('wal_checkpoint(PASSIVE)');
    await store.append('cadre-2', [sampleEvent()], 'no_stream');
    other.pragma('journal_size_limit = 0');
    other.pragma('wal_checkpoint(TRUNCATE)');
    expect(statSync(`${path}-wal`).size).toBe(0);
    await store.append('cadre-3', [sampleEvent()], 'no_stream');
    other.close();
    expect(statSync(`${path}-wal`).ino).toBe(wal);
    expect(synced).toEqual([wal, wal, wal]);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a store in memory as it was (no file to fsync)', async () => {
    const fsync = heldFsync();
    const store = new SqliteEventStore({
      path: ':memory:',
      commitSync: 'off-thread',
      fsyncFile: fsync.fsyncFile,
    });
    expect((await store.append('cadre-1', [sampleEvent()], 'no_stream')).position).toBe(1n);
    expect(fsync.calls).toHaveLength(0);
    await store.close();
  });
});
