import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread on `entry`. From the sources (tests, benches under tsx) the entry is TypeScript: the
 * thread registers tsx's loader before importing it (Node 20 applies no `--import` hooks to a worker's own
 * entry module).
 */
export function startThread(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const start = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(start, { ...options, eval: true, execArgv: ['--conditions=source'] });
}

function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8'));
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}
