import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openReadModelDatabase, progressRatio, rebuildReadModelsInThreads } from '@cadre/projections';
import type { GatewayConfig } from '../config.js';
import { lockDataFolder } from '../data-folder-lock.js';
import { progressBar } from './progress-bar.js';
import type { RebuildStoreOptions } from './rebuild-store.js';

/**
 * Rebuilds every read model from the events into a fresh file, in two threads (one per core), then swaps
 * it in: the old read models stay usable until the new ones are complete. Refused while a gateway holds
 * the data folder.
 */
export async function rebuildCommand(config: GatewayConfig): Promise<number> {
  const lock = lockDataFolder(config.dataDir);
  try {
    return await rebuildInto(config);
  } finally {
    lock.release();
  }
}

async function rebuildInto(config: GatewayConfig): Promise<number> {
  const target = join(config.dataDir, 'read-models.sqlite');
  const scratch = join(config.dataDir, 'read-models.rebuild.sqlite');
  const bar = progressBar('重建读模型 Rebuilding read models');
  const started = Date.now();
  const options: RebuildStoreOptions = {
    dataDir: config.dataDir,
    eventStoreConnectionString: config.eventStoreConnectionString,
  };
  const module = new URL(`./rebuild-store.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url)
    .href;
  const result = await rebuildReadModelsInThreads({ module, options }, scratch, {
    onProgress: (progress) => bar.update(progressRatio(progress), `${progress.applied} events`),
  });
  const seconds = (Date.now() - started) / 1000;
  bar.done(
    `${result.applied} events in ${seconds.toFixed(1)} s (${Math.round(result.applied / Math.max(seconds, 0.001))}/s)`,
  );
  // The old file's WAL is folded into it first (closing its last connection does that): a process killed
  // between removing a WAL that still held frames and the rename would leave a half-checkpointed file.
  if (existsSync(target)) openReadModelDatabase(target).close();
  for (const suffix of ['-wal', '-shm']) if (existsSync(target + suffix)) rmSync(target + suffix);
  renameSync(scratch, target);
  return 0;
}
