import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpReadModels, openReadModelDatabase } from '@cadre/projections';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildCommand } from '../src/cli/rebuild-command.js';
import { configFromEnv } from '../src/config.js';
import { openSystem } from '../src/system.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

describe('rebuild command', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-rebuild-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('rebuilds read models equal to the incrementally built ones, reporting progress', async () => {
    const system = await openSystem({ dataDir, now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(system);
    await system.close();
    const readIncremental = openReadModelDatabase(join(dataDir, 'read-models.sqlite'));
    const incremental = dumpReadModels(readIncremental);
    const indexesOf = (db: typeof readIncremental) =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    const incrementalIndexes = indexesOf(readIncremental);
    readIncremental.close();
    expect(Object.values(incremental).flat().length).toBeGreaterThan(0);

    const progress: string[] = [];
    const stderr = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) =>
      progress.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      expect(await rebuildCommand({ ...configFromEnv({}), dataDir })).toBe(0);
    } finally {
      process.stderr.write = stderr;
    }
    const rebuiltDb = openReadModelDatabase(join(dataDir, 'read-models.sqlite'));
    expect(dumpReadModels(rebuiltDb)).toEqual(incremental);
    expect(indexesOf(rebuiltDb)).toEqual(incrementalIndexes);
    rebuiltDb.close();
    expect(progress.join('')).toContain('100%');
  });
});
