import { type Phase, runPhase } from './scale-phases.js';

/** One phase of scale.bench.ts in a process of its own: argv phase, folder, size (JSON), smoke (0/1). */
const [phase, dir, size, smoke] = process.argv.slice(2);
const figures = await runPhase(phase as Phase, dir!, JSON.parse(size!), smoke === '1');
process.stdout.write(`${JSON.stringify(figures)}\n`);
