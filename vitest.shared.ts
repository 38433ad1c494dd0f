import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export interface Alias {
  find: RegExp;
  replacement: string;
}

/**
 * Tests import our packages from their TypeScript sources, so a test run never needs a stale build.
 * graphql 16 has no exports map: pointing every import at one file keeps Apollo from seeing two copies.
 */
export function workspaceAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const src = join(root, group, name, 'src');
      aliases.push({ find: new RegExp(`^@cadre/${name}$`), replacement: join(src, 'index.ts') });
      for (const subpath of ['testing', 'labels']) {
        if (existsSync(join(src, subpath, 'index.ts'))) {
          aliases.push({
            find: new RegExp(`^@cadre/${name}/${subpath}$`),
            replacement: join(src, subpath, 'index.ts'),
          });
        }
      }
    }
  }
  try {
    const graphql = require.resolve('graphql/index.js', { paths: [join(root, 'apps', 'gateway')] });
    aliases.push({ find: /^graphql$/, replacement: graphql });
  } catch {
    // a package without graphql in its tree has nothing to alias
  }
  return aliases;
}

/**
 * Hooks that load the demo town or a big data set take seconds on an idle machine and many times that on a
 * busy 2-core one (CI, or several people testing at once). Only hooks get the long bound: a test that hangs
 * still fails after its own, short testTimeout.
 */
export const DATA_LOADING_HOOK_TIMEOUT = 120_000;

export const testReporters: [string, Record<string, unknown>][] = [
  ['default', {}],
  ['json', { outputFile: '.reports/vitest.json' }],
];
