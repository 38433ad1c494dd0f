import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../src/index.js';
import { machineLine, sampleEvents, sized, timed, writeBenchmarkSection } from '../src/testing/index.js';

/**
 * How fast the embedded store accepts commands, against the floor of what better-sqlite3 can insert on
 * this machine in the same run. Appends come one event per command, 64 at a time as from concurrent users:
 * group commit turns them into few fsyncs, with synchronous=FULL kept.
 */
const EVENTS = sized(100_000, 2_000);
const CONCURRENT = 64;
const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-append-'));
const events = sampleEvents(EVENTS, 'CadreTrained');

const raw = new Database(join(dir, 'raw.sqlite'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec(
  'CREATE TABLE events (position INTEGER PRIMARY KEY, id TEXT UNIQUE, stream TEXT, type TEXT, data TEXT, metadata TEXT)',
);
const insert = raw.prepare('INSERT INTO events (id, stream, type, data, metadata) VALUES (?, ?, ?, ?, ?)');
const insertBatch = raw.transaction((batch: typeof events) => {
  for (const e of batch)
    insert.run(e.id, `cadre-${e.id}`, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
});
const rawMs = await timed(() => {
  for (let i = 0; i < EVENTS; i += 1000) insertBatch(events.slice(i, i + 1000));
});
raw.close();

const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
const storeMs = await timed(async () => {
  for (let i = 0; i < EVENTS; i += CONCURRENT) {
    await Promise.all(
      events.slice(i, i + CONCURRENT).map((e) => store.append(`cadre-${e.id}`, [e], 'no_stream')),
    );
  }
});
await store.close();
rmSync(dir, { recursive: true, force: true });

const rawRate = EVENTS / (rawMs / 1000);
const storeRate = EVENTS / (storeMs / 1000);
writeBenchmarkSection(
  'append',
  `## Event store: appends (embedded SQLite)

${machineLine()}

| what | events/s | ratio |
| --- | ---: | ---: |
| raw better-sqlite3 inserts, 1,000 per transaction (baseline) | ${Math.round(rawRate).toLocaleString('en')} | 1.00 |
| \`SqliteEventStore.append\`, one event per command, ${CONCURRENT} concurrent, hash-chained, \`synchronous=FULL\` | ${Math.round(storeRate).toLocaleString('en')} | ${(storeRate / rawRate).toFixed(2)} |

${EVENTS.toLocaleString('en')} events each.`,
);
