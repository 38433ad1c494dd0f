import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteEventStore, verifyIntegrity } from '../src/index.js';
import { sampleEvents } from '../src/testing/index.js';

describe('integrity check over the hash chains', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-integrity-'));
    path = join(dir, 'events.sqlite');
    const store = new SqliteEventStore({ path });
    await store.append('cadre-a', sampleEvents(3), 'no_stream');
    await store.append('cadre-b', sampleEvents(3), 'no_stream');
    await store.append('cadre-a', sampleEvents(2), 2);
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** What someone with write access to the file could do, past the append-only triggers. */
  function tamper(sql: string) {
    const db = new Database(path);
    db.exec('DROP TRIGGER events_are_never_updated; DROP TRIGGER events_are_never_deleted;');
    db.exec(sql);
    db.close();
  }

  async function check() {
    const store = new SqliteEventStore({ path });
    try {
      return await verifyIntegrity(store);
    } finally {
      await store.close();
    }
  }

  it('finds every chain intact in an untouched store', async () => {
    expect(await check()).toMatchObject({ ok: true, streams: 2, events: 8 });
  });

  it('refuses edits and deletions through SQL while the triggers stand', () => {
    const db = new Database(path);
    expect(() => db.exec(`UPDATE events SET data = '{}' WHERE position = 1`)).toThrow('append-only');
    expect(() => db.exec('DELETE FROM events WHERE position = 1')).toThrow('append-only');
    db.close();
  });

  it('names the first edited event when a row of the file is changed directly', async () => {
    tamper(`UPDATE events SET data = '{"n":99}' WHERE stream_id = 'cadre-b' AND revision = 1`);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ fault: 'HASH_MISMATCH', streamId: 'cadre-b', revision: 1 });
  });

  it('notices an event removed from the middle of a stream', async () => {
    tamper(`DELETE FROM events WHERE stream_id = 'cadre-a' AND revision = 1`);
    expect((await check()).firstBroken).toMatchObject({
      fault: 'REVISION_GAP',
      streamId: 'cadre-a',
      revision: 2,
    });
  });

  it('notices a rewritten event whose hash was recomputed but whose successor still links to the original', async () => {
    const db = new Database(path, { readonly: true });
    const row = db
      .prepare(`SELECT metadata FROM events WHERE stream_id = 'cadre-a' AND revision = 0`)
      .get() as { metadata: string };
    db.close();
    const forged = { ...JSON.parse(row.metadata), hash: 'f'.repeat(64) };
    tamper(
      `UPDATE events SET metadata = '${JSON.stringify(forged)}' WHERE stream_id = 'cadre-a' AND revision = 0`,
    );
    expect((await check()).firstBroken).toMatchObject({ streamId: 'cadre-a', revision: 0 });
  });
});
