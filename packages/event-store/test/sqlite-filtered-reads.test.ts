import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteEventStore } from '../src/index.js';
import { readAllQuery } from '../src/sqlite/sqlite-event-store.js';
import { sampleEvents } from '../src/testing/sample-events.js';

const indexesOf = (path: string): string[] => {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL",
      )
      .pluck()
      .all() as string[];
  } finally {
    db.close();
  }
};

/** A store of `count` events with the indexes by category and by type that stores were created with until 2026-12. */
async function olderStore(path: string, count: number): Promise<void> {
  const store = new SqliteEventStore({ path });
  await store.append('thing-1', sampleEvents(count), 'no_stream');
  await store.close();
  const db = new Database(path);
  db.exec('CREATE INDEX events_by_category ON events (category, position)');
  db.exec('CREATE INDEX events_by_type ON events (type, position)');
  db.close();
}

describe('filtered reads of an SQLite store', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cadre-filtered-reads-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('walk the events by position, whatever the filter: no sort of every later matching event per page', async () => {
    const path = join(folder, 'plan.sqlite');
    // a store written before, read where its indexes stay (a rebuild's threads open it read only)
    await olderStore(path, 3);
    const db = new Database(path, { readonly: true });
    try {
      const { sql, params } = readAllQuery({
        after: 0n,
        maxCount: 10,
        filter: { categories: ['a', 'b'], eventTypes: ['c', 'd'] },
      });
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
      const details = plan.map((step) => step.detail).join(' | ');
      expect(details).toMatch(/USING INTEGER PRIMARY KEY/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    } finally {
      db.close();
    }
    const reader = new SqliteEventStore({ path, readonly: true });
    const [first] = await reader.readAll({ maxCount: 1 });
    const filtered = await reader.readAll({ filter: { eventTypes: [first!.type] } });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((event) => event.type === first!.type)).toBe(true);
    await reader.close();
  });

  it('drops the type and category indexes of a store written before (they were only ever written)', async () => {
    const path = join(folder, 'older.sqlite');
    await olderStore(path, 2);
    expect(indexesOf(path)).toEqual(expect.arrayContaining(['events_by_category', 'events_by_type']));

    const reopened = new SqliteEventStore({ path });
    expect((await reopened.readAll()).length).toBe(2);
    await reopened.close();
    expect(indexesOf(path)).not.toContain('events_by_category');
    expect(indexesOf(path)).not.toContain('events_by_type');
  });
});
