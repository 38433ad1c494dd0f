import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CommandBus, deterministicUuid } from '@cadre/application';
import { cadreAggregate } from '@cadre/domain';
import { exportEvents, importEvents, SqliteEventStore } from '@cadre/event-store';
import { percentile, timed } from '@cadre/event-store/testing';
import {
  ALL_PROJECTIONS,
  currentStatistics,
  findCadre,
  forgetKept,
  listCadres,
  openReadModelDatabase,
  type RebuildInThreadsResult,
  rebuildReadModels,
  rebuildReadModelsInThreads,
  StreamSnapshots,
  stateAsOf,
  statisticsAsOf,
} from '@cadre/projections';
import { type GeneratedRegion, generateRegion, type RegionSize } from '../src/index.js';
import { rawInsertMs } from './raw-insert-baseline.js';
import { rebuildBreakdown } from './rebuild-breakdown.js';

/**
 * The phases of the scale benchmark, each run in a process of its own on the files of one size's folder
 * (so that each phase's peak memory is its own): generate (and the raw-insert baseline, and the export),
 * import, rebuild, reads, commands.
 */
export type Phase = 'generate' | 'import' | 'rebuild' | 'reads' | 'commands';
export type Figures = Record<string, number>;

/** The clock of the reads and commands: the day after the generated history's last business day. */
const NOW = new Date('2026-11-25T08:00:00Z');
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const events = (dir: string) => join(dir, 'events.sqlite');
const region = (dir: string): GeneratedRegion => JSON.parse(readFileSync(join(dir, 'region.json'), 'utf8'));

/** Latency samples of `ask`, until `count` samples or `budgetMs` spent (at least `least` samples). */
async function sample(
  count: number,
  budgetMs: number,
  ask: (i: number) => unknown,
  least = 3,
  before?: (i: number) => void,
): Promise<number[]> {
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < count && (spent < budgetMs || samples.length < least); i++) {
    before?.(i);
    const ms = await timed(() => ask(i));
    samples.push(ms);
    spent += ms;
  }
  return samples;
}
const p50p99 = (name: string, samples: number[]): Figures => ({
  [`${name}P50`]: percentile(samples, 50),
  [`${name}P99`]: percentile(samples, 99),
  [`${name}Samples`]: samples.length,
});

async function generate(dir: string, size: RegionSize): Promise<Figures> {
  const store = new SqliteEventStore({ path: events(dir) });
  let generated: GeneratedRegion | undefined;
  const generateMs = await timed(async () => {
    generated = await generateRegion(store, size, {
      onProgress: (n) => process.stderr.write(`\r  generated ${n.toLocaleString('en')} events`),
    });
  });
  process.stderr.write('\n');
  writeFileSync(join(dir, 'region.json'), JSON.stringify(generated));
  const generateRss = peakRss();

  const rawMs = await rawInsertMs(store, join(dir, 'raw.sqlite'));

  // What `cadre export` writes: one JSON line per event.
  const out = createWriteStream(join(dir, 'events.ndjson'));
  const exportMs = await timed(() =>
    exportEvents(store, async (line) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }),
  );
  out.end();
  await once(out, 'finish');
  await store.close();
  const { events: count, commands, cadres, villages } = generated!;
  return { events: count, commands, cadres, villages, generateMs, rawMs, exportMs, generateRss };
}

/** A province's import is measured on its first million events (minutes on a busy machine, not all of them). */
export const IMPORT_LIMIT = 1_000_000;

async function* firstLines(lines: AsyncIterable<string>, limit: number): AsyncIterable<string> {
  let n = 0;
  for await (const line of lines) {
    if (n++ >= limit) return;
    yield line;
  }
}

async function importPhase(dir: string): Promise<Figures> {
  const target = new SqliteEventStore({ path: join(dir, 'imported.sqlite') });
  const input = createReadStream(join(dir, 'events.ndjson'));
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let imported = 0;
  const importMs = await timed(async () => {
    imported = (await importEvents(target, firstLines(lines, IMPORT_LIMIT))).events;
  });
  input.destroy();
  await target.close();
  return { imported, importMs };
}

/** Sizes up to this many events also rebuild once more with every part timed (see rebuildBreakdown). */
const BREAKDOWN_LIMIT = 1_000_000;

/**
 * The rebuild as `cadre rebuild` runs it (two threads, rebuild-in-threads.ts), its peak memory the process's
 * (every thread's); then, up to BREAKDOWN_LIMIT events, the same rebuild in one thread (the baseline of the
 * same run) and once more with every part timed.
 */
async function rebuild(dir: string): Promise<Figures> {
  let threads: RebuildInThreadsResult | undefined;
  const rebuildMs = await timed(async () => {
    threads = await rebuildReadModelsInThreads(events(dir), join(dir, 'read-models.sqlite'));
  });
  const figures: Figures = { rebuildMs, rebuildThreadsRss: peakRss(), rebuildCopyMs: threads!.copyMs };
  threads!.groups.forEach((group, i) => {
    figures[`rebuildGroup${i}Read`] = group.read;
    figures[`rebuildGroup${i}BusyMs`] = group.busyMs;
    figures[`rebuildGroup${i}IndexesMs`] = group.indexesMs;
    figures[`rebuildGroup${i}DoneMs`] = group.doneMs;
  });
  if (region(dir).events <= BREAKDOWN_LIMIT) {
    const store = new SqliteEventStore({ path: events(dir), readonly: true });
    const oneThread = openReadModelDatabase(join(dir, 'read-models-one-thread.sqlite'));
    figures.oneThreadRebuildMs = await timed(() => rebuildReadModels(store, oneThread, ALL_PROJECTIONS));
    oneThread.close();
    const scratch = openReadModelDatabase(join(dir, 'read-models-timed.sqlite'));
    for (const [part, ms] of Object.entries(await rebuildBreakdown(store, scratch)))
      figures[`breakdown:${part}`] = ms;
    scratch.close();
    await store.close();
  }
  return figures;
}

async function reads(dir: string, smoke: boolean): Promise<Figures> {
  const store = new SqliteEventStore({ path: events(dir) });
  const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
  const { longHistoryCadreId, townshipId } = region(dir);
  const budget = smoke ? 300 : 3000;
  const cadreIds = db.prepare<[], string>('SELECT cadre_id FROM cadres ORDER BY cadre_id').pluck().all();
  const villageIds = db
    .prepare<[], string>('SELECT village_id FROM villages ORDER BY village_id')
    .pluck()
    .all();
  const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length]!;

  // A 50-row roster page: the whole roster, one village's, the secretaries, a name search; two sorts.
  const filters = (i: number) =>
    [{}, { villageId: pick(villageIds, i) }, { role: 'PARTY_SECRETARY' as const }, { search: '王' }][i % 4]!;
  const askPage = (i: number) =>
    listCadres(db, filters(i), { first: 50, sort: i % 8 < 4 ? 'REGISTERED' : 'NAME' });
  const askDossier = (i: number) => findCadre(db, pick(cadreIds, i));
  // At every size the same state of the kept summaries and dossiers: a township's few cadres are all kept
  // after a few asks, a province's seldom; so each is measured asked just before (kept) and with nothing kept.
  const page = await sample(400, budget, askPage, 3, (i) => void askPage(i));
  const coldPage = await sample(400, budget, askPage, 3, () => forgetKept(db));
  const pageRows = page.map((_, i) => askPage(i).nodes.length);
  // a township has fewer secretaries (20) than a page holds: the cost per row returned compares like with like
  const perRow = (samples: number[]) =>
    percentile(
      samples.map((ms, i) => ms / Math.max(1, askPage(i).nodes.length)),
      50,
    );
  const pagePerRowP50 = perRow(page);
  const coldPagePerRowP50 = perRow(coldPage);
  const dossier = await sample(400, budget, askDossier, 3, (i) => void askDossier(i));
  const coldDossier = await sample(400, budget, askDossier, 3, () => forgetKept(db));
  const longDossier = await sample(100, budget, () => findCadre(db, longHistoryCadreId));
  const statistics = await sample(50, budget, () => currentStatistics(db, { year: 2026 }, NOW));
  const townshipStatistics = await sample(100, budget, () =>
    currentStatistics(db, { year: 2026, townshipId }, NOW),
  );
  const statisticsAsOfDate = await sample(50, budget, (i) =>
    statisticsAsOf(db, { year: 2025, asOf: `2025-0${1 + (i % 9)}-15` }),
  );
  const source = { store, snapshots: new StreamSnapshots(db) };
  const day = (i: number) => `${2022 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
  const cadreAsOf = await sample(400, budget, (i) =>
    stateAsOf(source, cadreAggregate, pick(cadreIds, i), { at: day(i) }),
  );
  const longCadreAsOf = await sample(200, budget, (i) =>
    stateAsOf(source, cadreAggregate, longHistoryCadreId, { at: day(i) }),
  );
  db.close();
  await store.close();
  return {
    ...p50p99('page', page),
    ...p50p99('coldPage', coldPage),
    pageRows: pageRows.reduce((sum, rows) => sum + rows, 0) / pageRows.length,
    pagePerRowP50,
    coldPagePerRowP50,
    ...p50p99('dossier', dossier),
    ...p50p99('coldDossier', coldDossier),
    ...p50p99('longDossier', longDossier),
    ...p50p99('statistics', statistics),
    ...p50p99('townshipStatistics', townshipStatistics),
    ...p50p99('statisticsAsOf', statisticsAsOfDate),
    ...p50p99('cadreAsOf', cadreAsOf),
    ...p50p99('longCadreAsOf', longCadreAsOf),
  };
}

/** The real command bus, one command after another: a training on a cadre's file, cadres in turn. */
async function commands(dir: string, smoke: boolean): Promise<Figures> {
  const store = new SqliteEventStore({ path: events(dir) });
  const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
  const cadreIds = db.prepare<[], string>('SELECT cadre_id FROM cadres ORDER BY cadre_id').pluck().all();
  db.close();
  const bus = new CommandBus({ store, now: () => NOW });
  const count = smoke ? 50 : 500;
  let done = 0;
  const busMs = await timed(async () => {
    for (; done < count; done++) {
      const cadreId = cadreIds[(done * 7919) % cadreIds.length]!;
      await bus.execute(
        'RecordTraining',
        { cadreId, topic: `规模测试${done}`, kind: 'INTERNAL', trainedOn: '2026-11-20' },
        { commandId: deterministicUuid('scale-bench', 'command', String(done)), actor: 'system:bench' },
      );
    }
  });
  await store.close();
  return { busCommands: done, busMs };
}

export async function runPhase(
  phase: Phase,
  dir: string,
  size: RegionSize,
  smoke: boolean,
): Promise<Figures> {
  const figures =
    phase === 'generate'
      ? await generate(dir, size)
      : phase === 'import'
        ? await importPhase(dir)
        : phase === 'rebuild'
          ? await rebuild(dir)
          : phase === 'reads'
            ? await reads(dir, smoke)
            : await commands(dir, smoke);
  return { ...figures, [`${phase}PeakRss`]: peakRss() };
}
