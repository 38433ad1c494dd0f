import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, writeBenchmarkSection } from '@cadre/event-store/testing';
import { DISTRICT_SIZE, PROVINCE_SIZE, type RegionSize } from '../src/index.js';
import { type Figures, IMPORT_LIMIT, type Phase } from './scale-phases.js';

/**
 * Township, district and province generated through domain commands into SQLite files, and on each: the
 * direct runner's and the command bus's throughput, import, rebuild, the roster page, a dossier, the
 * statistics (today and as of a date), a cadre as of a date, peak memory; each phase in a process of its
 * own. Then the cost-growth table: each figure per event (or per query), the township = 1.00.
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const LAST = process.env.BENCH_SCALE ?? 'province';
const LONG_HISTORY = 500;
const TOWNSHIP: RegionSize = {
  ...DISTRICT_SIZE,
  townships: 1,
  targetEvents: 7_000,
  longHistory: LONG_HISTORY,
};
const SIZES: Array<[string, RegionSize]> = SMOKE
  ? [
      ['township', TOWNSHIP],
      [
        'district (smoke: 3 townships)',
        { ...DISTRICT_SIZE, townships: 3, targetEvents: 20_000, longHistory: LONG_HISTORY },
      ],
    ]
  : [
      ['township', TOWNSHIP],
      ['district', { ...DISTRICT_SIZE, longHistory: LONG_HISTORY }],
      ...(LAST === 'district'
        ? []
        : [['province', { ...PROVINCE_SIZE, longHistory: LONG_HISTORY }] as [string, RegionSize]]),
    ];
const PHASES: Phase[] = ['generate', 'import', 'rebuild', 'reads', 'commands'];
const phaseScript = fileURLToPath(new URL('./scale-phase.ts', import.meta.url));

function runPhase(phase: Phase, dir: string, size: RegionSize): Figures {
  process.stderr.write(`  ${phase}…\n`);
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, phaseScript, phase, dir, JSON.stringify(size), SMOKE ? '1' : '0'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 2 ** 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

const results: Array<{ name: string; f: Figures }> = [];
for (const [name, size] of SIZES) {
  process.stderr.write(
    `${name}: ${size.townships} townships × ${size.villagesPerTownship} villages, ≈${size.targetEvents.toLocaleString('en')} events\n`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-scale-'));
  try {
    const f: Figures = {};
    results.push({ name, f });
    for (const phase of PHASES) {
      Object.assign(f, runPhase(phase, dir, size));
      // the figures so far, for a run too long to wait for
      if (process.env.BENCH_SCALE_PARTIAL)
        writeFileSync(process.env.BENCH_SCALE_PARTIAL, JSON.stringify(results, null, 1));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mib = (bytes: number) => `${int(bytes / 2 ** 20)} MiB`;
const rate = (count: number, millis: number) => count / (millis / 1000);
const peak = (f: Figures) => Math.max(...PHASES.map((p) => f[`${p}PeakRss`] ?? 0));
const columns = results.map((r) => r.name);
const row = (what: string, cell: (f: Figures) => string) =>
  `| ${what} | ${results.map((r) => cell(r.f)).join(' | ')} |`;
const latency = (key: string) => (f: Figures) => `${ms(f[`${key}P50`]!)} / ${ms(f[`${key}P99`]!)}`;

/** Per-unit costs whose growth from the township is the cost-growth table. */
const COSTS: Array<[string, (f: Figures) => number]> = [
  ['raw inserts (baseline), time per event', (f) => f.rawMs! / f.events!],
  ['generate (direct runner), time per event', (f) => f.generateMs! / f.events!],
  ['command bus, time per command', (f) => f.busMs! / f.busCommands!],
  ['export, time per event', (f) => f.exportMs! / f.events!],
  ['import, time per event', (f) => f.importMs! / f.imported!],
  ['rebuild, time per event', (f) => f.rebuildMs! / f.events!],
  ['roster page p50, per query', (f) => f.pageP50!],
  ['roster page p50, per row returned', (f) => f.pagePerRowP50!],
  ['roster page, nothing kept, p50, per query', (f) => f.coldPageP50!],
  ['roster page, nothing kept, p50, per row returned', (f) => f.coldPagePerRowP50!],
  ['dossier p50, per query', (f) => f.dossierP50!],
  ['dossier, nothing kept, p50, per query', (f) => f.coldDossierP50!],
  [`dossier of the ${LONG_HISTORY}-event cadre p50, per query`, (f) => f.longDossierP50!],
  ['statistics of the whole region p50, per cadre', (f) => f.statisticsP50! / f.cadres!],
  ['statistics of one township p50, per query', (f) => f.townshipStatisticsP50!],
  ['statistics as of a date p50, per event', (f) => f.statisticsAsOfP50! / f.events!],
  ['cadre as of a date p50, per query', (f) => f.cadreAsOfP50!],
  [`the ${LONG_HISTORY}-event cadre as of a date p50, per query`, (f) => f.longCadreAsOfP50!],
  ['peak memory, per event', (f) => peak(f) / f.events!],
];
/** A cost is flat if the largest size's stays within this factor of the township's. */
const FLAT = 1.5;
const base = results[0]!.f;
const largest = results[results.length - 1]!;
const growth = COSTS.map(([what, cost]) => ({ what, ratios: results.map((r) => cost(r.f) / cost(base)) }));
const notFlat = growth.filter((g) => g.ratios[g.ratios.length - 1]! > FLAT);

const province = results.find((r) => r.name === 'province')?.f;
const rebuildRate = (f: Figures) => rate(f.events!, f.rebuildMs!);
const goals = province
  ? [
      `- Province rebuild under 2 minutes: ${(province.rebuildMs! / 1000).toFixed(0)} s (${int(rebuildRate(province))} events/s) — ${province.rebuildMs! < 120_000 ? 'met' : '**not met**'}.`,
      `- Province rebuild's peak memory under 1.5 GB: ${mib(province.rebuildPeakRss!)} — ${province.rebuildPeakRss! < 1.5 * 2 ** 30 ? 'met' : '**not met**'}.`,
    ]
  : [
      `- Province: not run (${SMOKE ? 'smoke size' : 'BENCH_SCALE=district'}); the goals below are the district's.`,
    ];
goals.push(
  `- Each figure per event flat from township to ${largest.name} (within ${FLAT}× of the township's): ${notFlat.length === 0 ? 'met' : `**not met** for ${notFlat.map((g) => g.what).join('; ')}`}.`,
);

/** Where the rebuild's time goes, on the largest size timed part by part. */
function breakdownTable(): string {
  const timed = [...results].reverse().find((r) => r.f['breakdown:total'] !== undefined);
  if (!timed) return '';
  const parts = Object.entries(timed.f)
    .filter(([key]) => key.startsWith('breakdown:') && key !== 'breakdown:total')
    .map(([key, ms]) => [key.slice('breakdown:'.length), ms] as const)
    .sort((a, b) => b[1] - a[1]);
  const total = timed.f['breakdown:total']!;
  return `Where the rebuild's time goes (${timed.name}, a second rebuild with each part timed: ${(total / 1000).toFixed(1)} s):

| part | s | share | µs per event |
| --- | ---: | ---: | ---: |
${parts.map(([part, ms]) => `| ${part} | ${(ms / 1000).toFixed(1)} | ${((ms / total) * 100).toFixed(0)} % | ${((ms * 1000) / timed.f.events!).toFixed(1)} |`).join('\n')}

${results.map(threadsLine).join('\n')}`;
}

/** The two-thread rebuild of one size: each group's thread busy, and the copy of the second file into the first. */
function threadsLine({ name, f }: { name: string; f: Figures }): string {
  const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
  const group = (i: number) =>
    `busy ${s(f[`rebuildGroup${i}BusyMs`])} (its deferred indexes ${s(f[`rebuildGroup${i}IndexesMs`])}) over ${int(f[`rebuildGroup${i}Read`] ?? 0)} events read`;
  return `- ${name}, in two threads: the first group's thread ${group(0)}, the second's ${group(1)}, then the copy ${s(f.rebuildCopyMs)} (a thread's start, its sources compiled by tsx, counts: about a second or two, most of a small size's time).`;
}

writeBenchmarkSection(
  'scale',
  `## Scale: township, district, province

${machineLine()}

Each size is generated through domain commands (the bench's direct runner: the same \`decide\` and
\`evolve\` as the command bus, events appended in large batches) into an SQLite event store: townships of
20 villages and communities, each with 6 committee members elected in 2021 through the joint review (one
secretary each) and 3 reserve cadres, then five years of monthly activity (trainings with attendance,
talks, pledges and their evaluation, annual assessments, honors, service requests, by-elections,
profile corrections, back-dated entries) spread to reach the size's events; one cadre has
${LONG_HISTORY} events. Every phase runs in a process of its own (its peak memory is its own):
generate (then the raw-insert baseline and the NDJSON export), import (\`importEvents\` into a fresh store,
as \`cadre import\` does; at most the first ${int(IMPORT_LIMIT)} events), rebuild (\`rebuildReadModelsInThreads\` into a fresh file, as \`cadre rebuild\` does: two worker threads), reads (the projections' query
functions in process), commands (the real CommandBus, one command after another, on the same store).
Latencies are p50 / p99 in ms. Reproduce: \`cd packages/scenario && NODE_ENV=production node
--conditions=source --import tsx bench/scale.bench.ts\` (\`BENCH_SCALE=district\` stops there, \`BENCH_SMOKE=1\`
is the CI size).

| | ${columns.join(' | ')} |
| --- | ${columns.map(() => '---:').join(' | ')} |
${[
  row('events', (f) => int(f.events!)),
  row('commands', (f) => int(f.commands!)),
  row('villages', (f) => int(f.villages!)),
  row('cadres and reserve cadres', (f) => int(f.cadres!)),
  row('raw better-sqlite3 inserts, 1,000 per transaction (baseline), events/s', (f) =>
    int(rate(f.events!, f.rawMs!)),
  ),
  row('generate: direct runner, commands/s', (f) => int(rate(f.commands!, f.generateMs!))),
  row('command bus, sequential, commands/s', (f) => int(rate(f.busCommands!, f.busMs!))),
  row('export to NDJSON, events/s', (f) => int(rate(f.events!, f.exportMs!))),
  row(
    `import from NDJSON (at most the first ${int(IMPORT_LIMIT)} events), events/s (ratio to raw)`,
    (f) =>
      `${int(rate(f.imported!, f.importMs!))} (${(rate(f.imported!, f.importMs!) / rate(f.events!, f.rawMs!)).toFixed(3)})`,
  ),
  row(
    'rebuild, events/s (ratio to raw)',
    (f) => `${int(rebuildRate(f))} (${(f.rawMs! / f.rebuildMs!).toFixed(2)})`,
  ),
  row('rebuild, s', (f) => (f.rebuildMs! / 1000).toFixed(1)),
  row('the same rebuild in one thread (same run), events/s; speed-up of two threads', (f) =>
    f.oneThreadRebuildMs === undefined
      ? 'not run'
      : `${int(rate(f.events!, f.oneThreadRebuildMs))}; ${(f.oneThreadRebuildMs / f.rebuildMs!).toFixed(2)}×`,
  ),
  row('roster page, 50 rows (4 filters, 2 sorts), summaries kept', latency('page')),
  row('roster page, nothing kept (every summary built)', latency('coldPage')),
  row('roster page: rows returned, mean', (f) => f.pageRows!.toFixed(1)),
  row('dossier of a cadre, kept', latency('dossier')),
  row('dossier of a cadre, nothing kept (the document read)', latency('coldDossier')),
  row(`dossier of the ${LONG_HISTORY}-event cadre`, latency('longDossier')),
  row('statistics of the whole region', latency('statistics')),
  row('statistics of one township', latency('townshipStatistics')),
  row('statistics of the whole region as of a date', latency('statisticsAsOf')),
  row('a cadre as of a date', latency('cadreAsOf')),
  row(`the ${LONG_HISTORY}-event cadre as of a date`, latency('longCadreAsOf')),
  ...PHASES.map((p) => row(`peak memory: ${p}`, (f) => mib(f[`${p}PeakRss`]!))),
].join('\n')}

Cost growth: each cost per unit as a ratio to the township's (1.00 = flat).

| cost | ${columns.join(' | ')} |
| --- | ${columns.map(() => '---:').join(' | ')} |
${growth.map((g) => `| ${g.what} | ${g.ratios.map((r) => r.toFixed(2)).join(' | ')} |`).join('\n')}

${breakdownTable()}

\`cadre rebuild\` runs in two worker threads (rebuild-in-threads.ts): the temporal read models and the
trainings in one, the others and the time-travel snapshots in the other, each reading the store's file
read only into its own file; the second file's tables are then copied into the first (ATTACH, and
INSERT … SELECT into tables of the same schema and indexes: SQLite copies rows and index entries in key
order). What limits it: each thread reads and parses every event (15 % of a one-thread rebuild's CPU,
paid twice), the copy runs after both threads (a province's temporal and training tables), and two
threads need two free cores. Within one thread, from the table above and profiles (\`node --cpu-prof\`)
of a 200,000-event district's rebuild: every event is applied to every read model; the temporal read models (each cadre's
core versioned per day on both clocks) take the largest share, then the cadres projection (the domain's
\`evolve\` per cadre event, folded again by the temporal core and the time-travel snapshots), reading the
events (two \`JSON.parse\` per event in the store's \`toRecorded\`) and SQLite's writes of the rows at each
commit; garbage collection is 12–17 % of the CPU. On one core the rebuild is CPU-bound (the district's
200,000 events took 11 s of CPU, ≈18,000 events/s, whatever the wall clock on a shared machine).

What the roster page and the dossier read, at every size: a page of any filter and sort is a range of one
index of \`cadre_facets\` (a row per registered cadre and facet: every cadre, a village, a role, each character
of the name as LIKE compares it, with the sort keys), 51 rows and each one's document position, and its total
is the facet's kept count (\`cadre_facet_counts\`); a search of several characters ranges over its rarest
character's rows with LIKE, combined filters over their smallest facet. So a page costs what it returns, not
the region's cadres: a township has 20 secretaries and fewer cadres named 王 than a page holds, hence the
figure per row returned. The summaries and dossiers are kept between reads while a cadre's document is
unchanged; a township's few cadres are all kept after a few asks, a province's seldom, so each is measured
asked just before (kept) and with nothing kept (every summary built, the document read through
\`cadre_states\`: primary-key reads of the head and the cadre's items). Beyond that, only the B-trees' depth
grows with the region.

Goals:
${goals.join('\n')}`,
);
