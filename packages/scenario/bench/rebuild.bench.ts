import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cadreAggregate } from '@cadre/domain';
import { pagesOf, SqliteEventStore } from '@cadre/event-store';
import { machineLine, percentile, timed, writeBenchmarkSection } from '@cadre/event-store/testing';
import {
  ALL_PROJECTIONS,
  openReadModelDatabase,
  rebuildReadModels,
  StreamHistories,
  stateAsOf,
} from '@cadre/projections';
import { generateLargeTown } from '../src/index.js';

/**
 * Rebuild throughput on a large history, against the raw insert rate of better-sqlite3 into the same
 * kind of file in the same run; and time travel on a cadre with a long history.
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-rebuild-'));
const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });

process.stderr.write(`generating ${EVENTS.toLocaleString('en')} events through domain commands…\n`);
let longHistoryCadreId = '';
const generateMs = await timed(async () => {
  ({ longHistoryCadreId } = await generateLargeTown(store, EVENTS, {
    onProgress: (n) => process.stderr.write(`\r  ${Math.round((n / EVENTS) * 100)}%`),
  }));
});
process.stderr.write(`\n  generated in ${(generateMs / 1000).toFixed(0)} s\n`);
const total = Number(await store.headPosition());

// Baseline: the same number of rows inserted raw into a read-model-like file, 1,000 per transaction.
const raw = openReadModelDatabase(join(dir, 'raw.sqlite'));
raw.exec('CREATE TABLE rows (position INTEGER PRIMARY KEY, stream TEXT, type TEXT, data TEXT)');
const insert = raw.prepare('INSERT INTO rows (position, stream, type, data) VALUES (?, ?, ?, ?)');
const insertPage = raw.transaction(
  (page: Array<{ position: bigint; streamId: string; type: string; data: unknown }>) => {
    for (const e of page) insert.run(Number(e.position), e.streamId, e.type, JSON.stringify(e.data));
  },
);
let rawMs = 0;
for await (const page of pagesOf(store, 1000)) rawMs += await timed(() => insertPage(page));
raw.close();

const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
const rebuildMs = await timed(() => rebuildReadModels(store, db, ALL_PROJECTIONS));
const rss = process.memoryUsage().rss;
db.close();

// Time travel: a cadre with 1,000 events, as of dates spread over its history. The first question reads
// and parses the whole stream; later ones reuse the parsed history (streams only grow).
const histories = new StreamHistories(store);
const coldMs = await timed(() =>
  stateAsOf(histories, cadreAggregate, longHistoryCadreId, { at: '2015-01-01' }),
);
const samples: number[] = [];
let folded = 0;
for (let i = 0; i < 200; i++) {
  const at = new Date(Date.UTC(2010, 0, 1) + ((i * 27) % 5400) * 86_400_000).toISOString().slice(0, 10);
  samples.push(
    await timed(async () => {
      folded = (await stateAsOf(histories, cadreAggregate, longHistoryCadreId, { at })).eventCount;
    }),
  );
}
// The first question about this cadre on a server that has answered others (code compiled, stream not cached).
const firstOnWarmServerMs = await timed(() =>
  stateAsOf(new StreamHistories(store), cadreAggregate, longHistoryCadreId, { at: '2015-01-01' }),
);
const historyLength = (await store.readStream(`cadre-${longHistoryCadreId}`)).length;
await store.close();
rmSync(dir, { recursive: true, force: true });

const rawRate = total / (rawMs / 1000);
const rebuildRate = total / (rebuildMs / 1000);
writeBenchmarkSection(
  'rebuild',
  `## Read models: rebuild and time travel

${machineLine()}

${total.toLocaleString('en')} events generated through domain commands (one township, 2,000 cadres with trainings,
talks and honors). Every read model is rebuilt into a fresh file, as \`cadre rebuild\` does: pages of
5,000 events per transaction, no fsync until the end, secondary indexes built once the tables are full.

| what | events/s | ratio |
| --- | ---: | ---: |
| raw better-sqlite3 inserts of the same events, one row each, 1,000 per transaction (baseline) | ${Math.round(rawRate).toLocaleString('en')} | 1.00 |
| \`rebuild\` of all ${ALL_PROJECTIONS.length} read models (each event: upcast, every projection, event log) | ${Math.round(rebuildRate).toLocaleString('en')} | ${(rebuildRate / rawRate).toFixed(2)} |

Goal: at least 50,000 events/s — ${rebuildRate >= 50_000 ? 'met' : '**not met**'}. Peak resident memory ${Math.round(rss / 2 ** 20)} MiB. The events are read from an SQLite file.

| time travel: a cadre with ${historyLength.toLocaleString('en')} events as of a date | ms |
| --- | ---: |
| first question in a new process (reads and parses the whole stream, code not yet compiled) | ${coldMs.toFixed(2)} |
| first question about this cadre on a warm server (reads and parses the whole stream) | ${firstOnWarmServerMs.toFixed(2)} |
| later questions, p50 (200 dates) | ${percentile(samples, 50).toFixed(2)} |
| later questions, p99 | ${percentile(samples, 99).toFixed(2)} |

Goal: under 5 ms — ${percentile(samples, 99) < 5 ? 'met' : '**not met**'} for every later question (folded from checkpoints every 50 events);
the first question about a cadre ${firstOnWarmServerMs < 5 ? 'meets it too' : '**does not**: it reads the whole stream'} (last sample folded ${folded} events).`,
);
