import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));

/** The NODE_ENV graphql-js sees once the CLI's first import has run, started with `env`. */
function nodeEnvSeenByGraphql(env: Record<string, string | undefined>): string {
  const { NODE_ENV: _, ...inherited } = process.env;
  return execFileSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--import',
      './src/production-by-default.ts',
      '--input-type=module',
      '-e',
      "await import('graphql'); console.log(process.env.NODE_ENV)",
    ],
    { cwd: gatewayDir, env: { ...inherited, ...env }, encoding: 'utf8' },
  ).trim();
}

describe('the CLI runs in production mode unless told otherwise', () => {
  it('sets NODE_ENV=production when it is unset or empty', () => {
    expect(nodeEnvSeenByGraphql({})).toBe('production');
    expect(nodeEnvSeenByGraphql({ NODE_ENV: '' })).toBe('production');
  });

  it('keeps a mode it was told', () => {
    expect(nodeEnvSeenByGraphql({ NODE_ENV: 'development' })).toBe('development');
  });

  it('is the first thing main.ts imports, before anything loads graphql-js', () => {
    const imports = readFileSync(`${gatewayDir}/src/main.ts`, 'utf8').match(/^import .*$/gm) ?? [];
    expect(imports[0]).toBe("import './production-by-default.js';");
  });
});
