import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCrashSuite } from './crash-suite.js';

/**
 * `pnpm test:reliability`: the full crash suite (50 kills unless RELIABILITY_KILLS says otherwise;
 * RELIABILITY_SEED replays a run's random choices). Prints each kill, then the figures; exits 1 on any
 * violation, naming the data folder kept for it.
 */
const kills = Number(process.env.RELIABILITY_KILLS ?? 50);
const seed = process.env.RELIABILITY_SEED ? Number(process.env.RELIABILITY_SEED) : undefined;
const figures = await runCrashSuite({
  kills,
  ...(seed === undefined ? {} : { seed }),
  log: (line) => console.log(line),
});
const reports = fileURLToPath(new URL('../.reports/', import.meta.url));
mkdirSync(reports, { recursive: true });
writeFileSync(`${reports}reliability-full-run.json`, `${JSON.stringify(figures, null, 2)}\n`);
console.log(JSON.stringify(figures, null, 2));
const ok = figures.violations.length === 0;
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(ok ? 0 : 1);
