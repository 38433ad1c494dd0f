// Adds up the JSON reports that each package's vitest run wrote, and prints one closing line
// ("N passed, N failed") that a reader of the whole run can trust.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(group)) {
    const pkg = JSON.parse(readFileSync(join(group, name, 'package.json'), 'utf8'));
    if (!pkg.scripts?.test) continue;
    const report = join(group, name, '.reports', 'vitest.json');
    if (!existsSync(report)) {
      missing.push(pkg.name);
      continue;
    }
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + (json.numTodoTests ?? 0);
    console.log(`${pkg.name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
  }
}
if (missing.length > 0) {
  console.log(`no test report from: ${missing.join(', ')}`);
  failed += missing.length;
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
