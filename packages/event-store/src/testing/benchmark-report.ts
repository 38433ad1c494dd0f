import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

/** docs/benchmarks.md, unless BENCH_REPORT names another file (the CI smoke run writes to a temporary one). */
const REPORT =
  process.env.BENCH_REPORT ?? fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));

const HEADER = `# Benchmarks

Written by \`pnpm bench\`; each section is replaced by the benchmark that owns it. This machine is noisy
(2 shared cores), so every result is also given as a ratio to a baseline measured in the same run.
`;

/** A CI smoke run (`BENCH_SMOKE=1`): every benchmark on a tiny size, to prove it still runs, not to measure. */
export const SMOKE_RUN = process.env.BENCH_SMOKE === '1';

/** The full size of a benchmark, or its smoke size on a smoke run. */
export const sized = <T>(full: T, smoke: T): T => (SMOKE_RUN ? smoke : full);

export function machineLine(): string {
  return `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces (or appends) the section between `<!-- bench:name -->` markers in docs/benchmarks.md. */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const current = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : HEADER;
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current)
    ? current.replace(pattern, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(REPORT, next);
  console.log(markdown);
}

/** Runs `body` and answers how long it took, in milliseconds. */
export async function timed(body: () => unknown): Promise<number> {
  const started = process.hrtime.bigint();
  await body();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
