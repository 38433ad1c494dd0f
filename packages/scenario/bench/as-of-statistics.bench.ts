import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { SqliteEventStore } from '@cadre/event-store';
import { machineLine, percentile, SMOKE_RUN, timed, writeBenchmarkSection } from '@cadre/event-store/testing';
import {
  ALL_PROJECTIONS,
  currentStatistics,
  openReadModelDatabase,
  rebuildReadModels,
  statisticsAsOf,
  statisticsAsOfByReplay,
  type TimeBasis,
  temporalProjection,
} from '@cadre/projections';
import * as scenario from '../src/index.js';

/**
 * Statistics as of a past day (issue #15, point 3): from the temporal read models, against the replay of
 * every event up to the day (what they replace) and the live statistics, all in the same run.
 */
const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-as-of-statistics-'));
const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });

// The district generator once it is there; until then the large town.
const district = (scenario as Record<string, unknown>).generateDistrict as
  | ((s: SqliteEventStore, size?: Record<string, number>) => Promise<{ villages: number; cadres: number }>)
  | undefined;
let described: string;
process.stderr.write('generating…\n');
if (district) {
  const region = await district(
    store,
    SMOKE_RUN ? { townships: 2, villagesPerTownship: 3, targetEvents: 3000, longHistory: 50 } : {},
  );
  described = `the district data set (\`generateDistrict\`: ${region.villages} villages, ${region.cadres.toLocaleString('en')} cadres)`;
} else {
  await scenario.generateLargeTown(
    store,
    SMOKE_RUN ? 3000 : 100_000,
    SMOKE_RUN ? { cadres: 100, longHistory: 50 } : {},
  );
  described =
    'the large town (`generateLargeTown`: one village, 2,000 cadres; the district generator is not there yet)';
}
const events = Number(await store.headPosition());

// Rebuilt twice, with and without the temporal read models, for what they cost.
process.stderr.write('rebuilding…\n');
const withoutTemporal = openReadModelDatabase(join(dir, 'without-temporal.sqlite'));
const withoutMs = await timed(() =>
  rebuildReadModels(
    store,
    withoutTemporal,
    ALL_PROJECTIONS.filter((p) => p !== temporalProjection),
    () => {},
    { snapshots: false },
  ),
);
withoutTemporal.close();
const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
const rebuildMs = await timed(() =>
  rebuildReadModels(store, db, ALL_PROJECTIONS, () => {}, { snapshots: false }),
);

const first = db.prepare('SELECT MIN(occurred_day) FROM temporal_cadre_items').pluck().get() as string;
const recordedOn = db
  .prepare("SELECT MAX(valid_from) FROM temporal_cadres WHERE basis = 'RECORDED'")
  .pluck()
  .get() as string;
const last = db
  .prepare("SELECT MAX(valid_from) FROM temporal_cadres WHERE basis = 'OCCURRED'")
  .pluck()
  .get() as string;

let seed = 15;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const firstMs = Date.parse(first);
const span = Date.parse(last) - firstMs;
const DAYS = SMOKE_RUN ? 20 : 200;
const randomDays = Array.from({ length: DAYS }, () =>
  new Date(firstMs + Math.floor(next() * span)).toISOString().slice(0, 10),
);
const yearOf = (day: string) => Number(day.slice(0, 4));

function measure(days: readonly string[], basis: TimeBasis, scope: { townshipId?: string } = {}) {
  const samples: number[] = [];
  for (const day of days) {
    const start = performance.now();
    statisticsAsOf(db, { ...scope, year: yearOf(day), asOf: day, basis });
    samples.push(performance.now() - start);
  }
  return samples;
}
measure(randomDays.slice(0, 10), 'OCCURRED'); // warm up: statements prepared, pages cached
const occurred = measure(randomDays, 'OCCURRED');
const recorded = measure(randomDays, 'RECORDED');
const recordedDay = measure(
  Array.from({ length: DAYS / 4 }, () => recordedOn),
  'RECORDED',
);
const townshipId = db.prepare('SELECT township_id FROM townships LIMIT 1').pluck().get() as string;
const township = measure(randomDays, 'OCCURRED', { townshipId });
const now = new Date(`${last}T12:00:00+08:00`);
const live: number[] = [];
for (const day of randomDays) {
  const start = performance.now();
  currentStatistics(db, { year: yearOf(day) }, now);
  live.push(performance.now() - start);
}

// The replay, on a few days only (it reads every event each time), and its answer checked against ours.
process.stderr.write('replaying…\n');
const replayDays: Array<[string, TimeBasis]> = SMOKE_RUN
  ? [[randomDays[0]!, 'OCCURRED']]
  : [
      [randomDays[0]!, 'OCCURRED'],
      [randomDays[1]!, 'OCCURRED'],
      [recordedOn, 'RECORDED'],
    ];
const replay: number[] = [];
let differ = 0;
for (const [day, basis] of replayDays) {
  const request = { year: yearOf(day), asOf: day, basis };
  let replayed: unknown;
  replay.push(await timed(async () => (replayed = await statisticsAsOfByReplay(store, request))));
  if (!isDeepStrictEqual(replayed, statisticsAsOf(db, request))) differ++;
}
const rows = db.prepare('SELECT basis, COUNT(*) AS n FROM temporal_cadres GROUP BY basis').all() as Array<{
  basis: string;
  n: number;
}>;
db.close();
await store.close();
rmSync(dir, { recursive: true, force: true });

const ms = (value: number) => value.toFixed(2);
const liveP50 = percentile(live, 50);
const line = (what: string, samples: number[]) =>
  `| ${what} | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 99))} | ${(percentile(samples, 50) / liveP50).toFixed(2)} |`;
const worstP99 = Math.max(...[occurred, recorded, recordedDay, township].map((s) => percentile(s, 99)));
const replayMedian = percentile(replay, 50);
const rate = (ms: number) => Math.round(events / (ms / 1000));
writeBenchmarkSection(
  'as-of-statistics',
  `## Statistics as of a past day

${machineLine()}

${events.toLocaleString('en')} events, ${described}. The read models are rebuilt into a file, then
\`statisticsAsOf\` answers the district's figures as of ${DAYS} random past days (${first} to ${last}, the
figure year being the day's) from the temporal read models: each cadre's state versioned per day on both clocks,
dated items and events, so a day is a \`WHERE\` (packages/projections/src/temporal/). Baseline: the live
statistics (\`currentStatistics\`, today's read models) over the same years in the same run.

| statistics as of a day | p50 ms | p99 ms | p50 ÷ live p50 |
| --- | ---: | ---: | ---: |
| live statistics, the same years (baseline) | ${ms(liveP50)} | ${ms(percentile(live, 99))} | 1.00 |
${line(`as of ${DAYS} random days, business time (OCCURRED)`, occurred)}
${line(`the same days, recorded time (RECORDED: the whole history was recorded on ${recordedOn}, so these are empty)`, recorded)}
${line(`recorded time, as of ${recordedOn} (everything recorded)`, recordedDay)}
${line('business time, one township', township)}
| the replay of every event up to the day (what this replaces; ${replay.length} days) | ${ms(replayMedian)} | ${ms(Math.max(...replay))} | ${(replayMedian / liveP50).toFixed(2)} |

Goal: ≤ 20 ms as of any day — ${worstP99 <= 20 ? 'met' : '**not met**'} (slowest p99 ${ms(worstP99)} ms; the replay's median is
${Math.round(replayMedian / percentile(occurred, 50)).toLocaleString('en')}× the temporal read's). Each answer is computed synchronously in that time: nothing
longer holds the event loop. The replay's answers equal the temporal ones on ${replay.length - differ} of ${replay.length} days.
Cadre versions: ${rows.map((r) => `${r.n.toLocaleString('en')} on ${r.basis}`).join(', ')}.

Rebuild with the temporal read models ${rate(rebuildMs).toLocaleString('en')} events/s, without them ${rate(withoutMs).toLocaleString('en')}
(${((withoutMs / rebuildMs) * 100).toFixed(0)} %: they cost ${((rebuildMs / withoutMs - 1) * 100).toFixed(0)} % more time).`,
);
if (differ > 0) {
  process.stderr.write(`the temporal answer differs from the replay on ${differ} day(s)\n`);
  process.exit(1);
}
