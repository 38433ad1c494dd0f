import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandBus } from '@cadre/application';
import { type RecordedEvent, SqliteEventStore } from '@cadre/event-store';
import { machineLine, writeBenchmarkSection } from '@cadre/event-store/testing';
import { ALL_PROJECTIONS, openReadModelDatabase, ProjectionApplier } from '@cadre/projections';
import { loadZhouwangScenario } from '@cadre/scenario';
import { TableVersions } from '../src/answer-cache/table-versions.js';

/**
 * What the table versions' triggers (answer-cache/table-versions.ts: an UPDATE of the versions table per row
 * written) cost the writer: the Zhouwang demo's events applied to fresh read-model files one command's
 * events per transaction, as the live projection runner applies a commit, with and without the triggers,
 * alternating in the same run. A single process pays them too: its own answer cache reads the same versions.
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const ROUNDS = SMOKE ? 1 : 8;
const TODAY = '2026-11-25';

const store = new SqliteEventStore({ path: ':memory:' });
await loadZhouwangScenario(new CommandBus({ store, now: () => new Date(`${TODAY}T08:00:00Z`) }), {
  today: TODAY,
});
const events = await store.readAll();
const commits: RecordedEvent[][] = [];
for (const event of events) {
  const last = commits.at(-1);
  if (last && last[0]!.metadata.commandId === event.metadata.commandId) last.push(event);
  else commits.push([event]);
}

const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-triggers-'));
let files = 0;
/** CPU ms (this process's: the machine is shared) to apply every commit to a fresh read-model file, with or without the triggers. */
async function applyAll(triggers: boolean): Promise<{ ms: number; rows: number }> {
  const db = openReadModelDatabase(join(dir, `read-models-${files++}.sqlite`));
  const applier = new ProjectionApplier(db, ALL_PROJECTIONS);
  if (triggers) new TableVersions(db);
  const start = process.cpuUsage();
  for (const commit of commits) applier.apply(commit);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  const rows = triggers
    ? (db
        .prepare("SELECT SUM(version) FROM read_model_table_versions WHERE name <> ''")
        .pluck()
        .get() as number)
    : 0;
  db.close();
  return { ms, rows };
}

const without: number[] = [];
const withTriggers: number[] = [];
let rowsWritten = 0;
for (let round = 0; round < ROUNDS; round++) {
  without.push((await applyAll(false)).ms);
  const run = await applyAll(true);
  withTriggers.push(run.ms);
  rowsWritten = run.rows;
}
await store.close();
rmSync(dir, { recursive: true, force: true });
if (!(rowsWritten > 0)) throw new Error('the triggers moved no version: nothing was measured');

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const best = median;
const perCommit = (ms: number) => ((ms * 1000) / commits.length).toFixed(1);
const extra = best(withTriggers) - best(without);
const ratio = best(withTriggers) / best(without);
writeBenchmarkSection(
  'table-version-triggers',
  `## Writer: the table versions' triggers

${machineLine()}

The Zhouwang demo (${events.length.toLocaleString('en')} events, ${commits.length.toLocaleString('en')} commands) applied to a
fresh read-model file one command's events per transaction (as the projection runner applies a commit), with and
without the triggers that move a table's version per row written (${rowsWritten.toLocaleString('en')} rows, ${(rowsWritten / commits.length).toFixed(1)} per command), alternating, CPU time of the process, median of ${ROUNDS}.
Reproduce: \`cd apps/gateway && NODE_ENV=production node --conditions=source --import tsx bench/table-version-triggers.bench.ts\`.

| | CPU ms | µs per command | ratio |
| --- | ---: | ---: | ---: |
| without triggers (baseline) | ${best(without).toFixed(0)} | ${perCommit(best(without))} | 1.00 |
| with triggers | ${best(withTriggers).toFixed(0)} | ${perCommit(best(withTriggers))} | ${ratio.toFixed(2)} |

The triggers cost ${perCommit(extra)} µs per command (${((extra * 1000) / rowsWritten).toFixed(2)} µs per row written). A single process
keeps them: its own answer cache reads the versions they move (answer-cache/table-versions.ts), so leaving them
out there would need another record of which tables a commit changed.`,
);
