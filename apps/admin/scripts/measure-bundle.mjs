// Builds the admin client and reports what its first load costs: the files index.html loads before the
// app starts (entry, modulepreloads, stylesheets), as they are, gzipped and brotli'd. Fails (exit 1) over
// the 250 KB gzip budget. `--no-build` measures the dist/ there is.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { INITIAL_GZIP_BUDGET, initialAssets } from './initial-assets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.argv.includes('--no-build')) await build({ root, logLevel: 'warn' });

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const { files, total } = initialAssets(fileURLToPath(new URL('../dist/', import.meta.url)));
const width = Math.max(...files.map((file) => file.path.length), 5);
console.log(
  `${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`,
);
for (const file of files) {
  const brotli = file.brotli === undefined ? '—' : kb(file.brotli);
  console.log(
    `${file.path.padEnd(width)}  ${kb(file.bytes).padStart(10)}  ${kb(file.gzip).padStart(10)}  ${brotli.padStart(10)}`,
  );
}
console.log(
  `${'total'.padEnd(width)}  ${kb(total.bytes).padStart(10)}  ${kb(total.gzip).padStart(10)}  ${kb(total.brotli).padStart(10)}`,
);
const within = total.gzip <= INITIAL_GZIP_BUDGET;
console.log(
  `initial JavaScript and CSS: ${kb(total.gzip)} gzip, budget ${kb(INITIAL_GZIP_BUDGET)}: ${within ? 'within' : 'OVER'}`,
);
if (!within) process.exitCode = 1;
