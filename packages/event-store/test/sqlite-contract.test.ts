import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/index.js';
import { eventStoreContract } from '../src/testing/index.js';

eventStoreContract('SQLite in memory', async () => ({ store: new SqliteEventStore({ path: ':memory:' }) }));

eventStoreContract('SQLite file (WAL)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-store-'));
  return {
    store: new SqliteEventStore({ path: join(dir, 'events.sqlite'), pollMs: 50 }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
