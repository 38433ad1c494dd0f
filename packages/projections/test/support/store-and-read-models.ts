import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach } from 'vitest';
import { openReadModelDatabase, type ReadModelDatabase } from '../../src/index.js';

/** A fresh SQLite event store and read-model file in a temp folder for each test, closed and removed after it. */
export function storeAndReadModelsPerTest(prefix: string): {
  store: SqliteEventStore;
  db: ReadModelDatabase;
} {
  const files = {} as { dir: string; store: SqliteEventStore; db: ReadModelDatabase };
  beforeEach(() => {
    files.dir = mkdtempSync(join(tmpdir(), prefix));
    files.store = new SqliteEventStore({ path: join(files.dir, 'events.sqlite') });
    files.db = openReadModelDatabase(join(files.dir, 'read-models.sqlite'));
  });
  afterEach(async () => {
    await files.store.close();
    files.db.close();
    rmSync(files.dir, { recursive: true, force: true });
  });
  return {
    get store() {
      return files.store;
    },
    get db() {
      return files.db;
    },
  };
}
