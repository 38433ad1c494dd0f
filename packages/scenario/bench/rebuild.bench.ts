import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cadreAggregate } from '@cadre/domain';
import { type EventStore, SqliteEventStore } from '@cadre/event-store';
import {
  machineLine,
  percentile,
  sampleMetadata,
  sized,
  timed,
  writeBenchmarkSection,
} from '@cadre/event-store/testing';
import {
  ALL_PROJECTIONS,
  openReadModelDatabase,
  type ReadModelDatabase,
  rebuildReadModels,
  rebuildReadModelsInThreads,
  SNAPSHOT_EVERY,
  StreamSnapshots,
  stateAsOf,
} from '@cadre/projections';
import { generateLargeTown } from '../src/index.js';
import { rawInsertMs } from './raw-insert-baseline.js';

/**
 * Rebuild throughput on a large history, against the raw insert rate of better-sqlite3 into the same
 * kind of file in the same run; and time travel on a cadre with a long history.
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? sized(1_000_000, 20_000));
const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-rebuild-'));
const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });

process.stderr.write(`generating ${EVENTS.toLocaleString('en')} events through domain commands…\n`);
let longHistoryCadreId = '';
const generateMs = await timed(async () => {
  ({ longHistoryCadreId } = await generateLargeTown(store, EVENTS, {
    cadres: sized(2000, 50),
    onProgress: (n) => process.stderr.write(`\r  ${Math.round((n / EVENTS) * 100)}%`),
  }));
});
process.stderr.write(`\n  generated in ${(generateMs / 1000).toFixed(0)} s\n`);
const total = Number(await store.headPosition());

const rawMs = await rawInsertMs(store, join(dir, 'raw.sqlite'));

process.stderr.write('rebuilding, with and without time-travel snapshots…\n');
const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
const rebuildMs = await timed(() => rebuildReadModels(store, db, ALL_PROJECTIONS));
const rss = process.memoryUsage().rss;
// As `cadre rebuild` does it: two worker threads, each reading the store's file (rebuild-in-threads.ts).
const threadsMs = await timed(() =>
  rebuildReadModelsInThreads(join(dir, 'events.sqlite'), join(dir, 'read-models-threads.sqlite')),
);
const plain = openReadModelDatabase(join(dir, 'read-models-without-snapshots.sqlite'));
const plainMs = await timed(() =>
  rebuildReadModels(store, plain, ALL_PROJECTIONS, () => {}, { snapshots: false }),
);
plain.close();

/** Bytes of a table with its indexes. */
function bytesOfTable(database: ReadModelDatabase, table: string): number {
  return database
    .prepare<[string], number>(
      'SELECT SUM(pgsize) FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = ?)',
    )
    .pluck()
    .get(table)!;
}
const snapshotBytes = bytesOfTable(db, new StreamSnapshots(db).table);
const snapshotRows = db
  .prepare(`SELECT COUNT(*) FROM ${new StreamSnapshots(db).table}`)
  .pluck()
  .get() as number;
db.close();

// Time travel: a cadre with 1,000 events (one a day from 2010-01-01), as of 200 dates spread over them.
const longStream = `cadre-${longHistoryCadreId}`;
const historyLength = (await store.readStream(longStream)).length;
const datesOver = (days: number) =>
  Array.from({ length: 200 }, (_, i) =>
    new Date(Date.UTC(2010, 0, 1) + Math.floor((i * days) / 200) * 86_400_000).toISOString().slice(0, 10),
  );

// The first question in a new process: nothing compiled, no page of either file in its caches.
const child = execFileSync(
  process.execPath,
  [
    ...process.execArgv,
    fileURLToPath(new URL('./first-as-of-question.ts', import.meta.url)),
    dir,
    longHistoryCadreId,
    '2011-06-01',
  ],
  { encoding: 'utf8' },
);
const coldMs = (JSON.parse(child) as { ms: number }).ms;

// A server that has answered questions about other cadres, asked about this one for the first time.
const server = openReadModelDatabase(join(dir, 'read-models.sqlite'));
const source = { store, snapshots: new StreamSnapshots(server) };
const otherCadres = (
  await store.readAll({ maxCount: 50, filter: { categories: ['cadre'] }, after: 5000n })
).map((e) => e.streamId.slice('cadre-'.length));
for (const id of otherCadres) await stateAsOf(source, cadreAggregate, id, { at: '2011-06-01' });
const firstOnWarmServerMs = await timed(() =>
  stateAsOf(source, cadreAggregate, longHistoryCadreId, { at: '2011-06-01' }),
);

async function askOver(days: number): Promise<{ samples: number[]; folded: number }> {
  const samples: number[] = [];
  let folded = 0;
  for (const at of datesOver(days)) {
    samples.push(
      await timed(async () => {
        folded = (await stateAsOf(source, cadreAggregate, longHistoryCadreId, { at })).eventCount;
      }),
    );
  }
  return { samples, folded };
}
const { samples, folded } = await askOver(historyLength);

// The worst case: SNAPSHOT_EVERY - 1 events appended since its last snapshot, read on every question.
async function appendUnsnapshotted(events: EventStore, count: number): Promise<void> {
  const trainings = Array.from({ length: count }, (_, i) => {
    const on = new Date(Date.UTC(2010, 0, 1) + (historyLength + i) * 86_400_000).toISOString().slice(0, 10);
    const data = { cadreId: longHistoryCadreId, topic: `补录${i}`, kind: 'INTERNAL', trainedOn: on };
    return {
      id: randomUUID(),
      type: 'CadreTrained',
      data,
      metadata: sampleMetadata({ occurredAt: `${on}T09:00:00+08:00` }),
    };
  });
  await events.append(longStream, trainings, historyLength - 1);
}
await appendUnsnapshotted(store, SNAPSHOT_EVERY - 1);
const withTail = await askOver(historyLength + SNAPSHOT_EVERY);
server.close();
await store.close(); // its last connection folds the WAL into the file
const storeBytes = statSync(join(dir, 'events.sqlite')).size;
rmSync(dir, { recursive: true, force: true });

const rawRate = total / (rawMs / 1000);
const rebuildRate = total / (rebuildMs / 1000);
const plainRate = total / (plainMs / 1000);
const threadsRate = total / (threadsMs / 1000);
const p99 = Math.max(percentile(samples, 99), percentile(withTail.samples, 99));
const worst = Math.max(coldMs, firstOnWarmServerMs, p99);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
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
| \`rebuild\` of all ${ALL_PROJECTIONS.length} read models and the time-travel snapshots (each event: upcast, every projection, event log, cadre fold) | ${Math.round(rebuildRate).toLocaleString('en')} | ${(rebuildRate / rawRate).toFixed(2)} |
| the same rebuild in two threads, as \`cadre rebuild\` does it (the temporal read models and the event log in one, the others and the snapshots in the other; the second file's tables then copied into the first) | ${Math.round(threadsRate).toLocaleString('en')} | ${(threadsRate / rawRate).toFixed(2)} |
| the same rebuild without the snapshots (measured after it, for their cost) | ${Math.round(plainRate).toLocaleString('en')} | ${(plainRate / rawRate).toFixed(2)} |

Goal: at least 50,000 events/s — ${threadsRate >= 50_000 ? 'met' : '**not met**'} (two threads: ${(threadsRate / rebuildRate).toFixed(2)}× one thread; each thread reads and parses every event, see the scale section). The snapshots take ${((plainRate / rebuildRate - 1) * 100).toFixed(0)} % more time.
Resident memory after the rebuild ${mib(rss)}. The events are read from an SQLite file.

| time travel: a cadre with ${historyLength.toLocaleString('en')} events as of a date (snapshots every ${SNAPSHOT_EVERY} events) | ms |
| --- | ---: |
| first question in a new process (nothing compiled, no page cached by SQLite) | ${coldMs.toFixed(2)} |
| first question about this cadre on a server that has answered others | ${firstOnWarmServerMs.toFixed(2)} |
| questions as of 200 dates over its history, p50 | ${percentile(samples, 50).toFixed(2)} |
| the same, p99 | ${percentile(samples, 99).toFixed(2)} |
| the same with ${SNAPSHOT_EVERY - 1} more events since its last snapshot (the worst case: read on every question), p50 | ${percentile(withTail.samples, 50).toFixed(2)} |
| the same, p99 | ${percentile(withTail.samples, 99).toFixed(2)} |

Goal: under 5 ms — ${worst < 5 ? 'met' : '**not met**'} (slowest of the above: ${worst.toFixed(2)} ms; the last questions folded ${folded} and ${withTail.folded} events). Snapshots: ${snapshotRows.toLocaleString('en')} rows, ${mib(snapshotBytes)} in the read-model file,
${(snapshotBytes / storeBytes).toFixed(2)}× the event store (${mib(storeBytes)}).`,
);
