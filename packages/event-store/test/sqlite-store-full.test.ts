import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventStoreUnavailableError, SqliteEventStore, verifyIntegrity } from '../src/index.js';
import { sampleEvent, sampleEvents } from '../src/testing/index.js';

/** Events big enough that a few of them need more pages than a full file has free. */
const bulky = (count: number) => sampleEvents(count).map((e) => ({ ...e, data: { text: 'x'.repeat(6000) } }));

describe('SQLite: a full file (SQLITE_FULL) refuses writes as unavailable, writing nothing, until space returns', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-full-'));
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    await store.append('cadre-1', sampleEvents(3), 'no_stream');
    store.limitSize(store.sizeInPages());
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers EventStoreUnavailableError (STORE_FULL, zh-CN and en) and stores nothing of the command', async () => {
    const error = await store
      .appendToStreams([
        { streamId: 'id-number-1', events: bulky(1), expectedRevision: 'no_stream' },
        { streamId: 'cadre-2', events: bulky(4), expectedRevision: 'no_stream' },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    const unavailable = error as EventStoreUnavailableError;
    expect(unavailable.reason).toBe('STORE_FULL');
    expect(unavailable.messages.zh).toContain('磁盘已满');
    expect(unavailable.messages.en).toContain('nothing was written');
    expect((unavailable.cause as { code: string }).code).toBe('SQLITE_FULL');
    expect((await store.readAll()).map((e) => e.streamId)).toEqual(['cadre-1', 'cadre-1', 'cadre-1']);
  });

  it('fails the whole group commit when SQLite rolled it back, acknowledging none of its appends', async () => {
    // The first append fits; the second fills the file and SQLite rolls the transaction back: the third
    // must not slip into the file on its own outside the transaction.
    const outcomes = await Promise.allSettled([
      store.append('training-1', [sampleEvent()], 'no_stream'),
      store.append('cadre-2', bulky(6), 'no_stream'),
      store.append('training-2', [sampleEvent()], 'no_stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const outcome of outcomes)
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(EventStoreUnavailableError);
    expect(await store.headPosition()).toBe(3n);
    expect(await store.readStream('training-2')).toEqual([]);
  });

  it('says unhealthy while full, healthy again once space returns, and then takes the same write', async () => {
    expect(await store.health()).toEqual({ ok: true });
    const events = bulky(4);
    await expect(store.append('cadre-2', events, 'no_stream')).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
    const degraded = await store.health();
    expect(degraded.ok).toBe(false);
    expect(degraded.detail).toContain('STORE_FULL');

    store.limitSize(1_000_000);
    expect(await store.health()).toEqual({ ok: true });
    const written = await store.append('cadre-2', events, 'no_stream');
    expect(written.nextExpectedRevision).toBe(3);
    expect((await verifyIntegrity(store)).ok).toBe(true);
  });

  it('clears the unhealthy state with the next write that commits', async () => {
    await expect(store.append('cadre-2', bulky(4), 'no_stream')).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
    store.limitSize(1_000_000);
    await store.append('cadre-3', [sampleEvent()], 'no_stream');
    expect(await store.health()).toEqual({ ok: true });
  });
});
