import type { TownshipStatistics } from '@cadre/projections';
import { noteReadOfEveryEvent } from '@cadre/projections';
import type { System } from '../../system.js';

interface Kept {
  checkpoint: bigint;
  statistics: Promise<TownshipStatistics>;
}

/** Enough for the dashboard's scopes, years and a few time-travel days; the oldest entry goes first. */
const MAX_KEPT = 64;

/**
 * Statistics change only when an event is applied: answers are kept per request (scope, year, day, clock)
 * until the read models move past the checkpoint they were computed at (the live key names the day,
 * which moves ages). A time-travel answer is kept too: concurrent identical requests replay once.
 */
const caches = new WeakMap<System, Map<string, Kept>>();

export function cachedStatistics(
  system: System,
  key: string,
  compute: () => TownshipStatistics | Promise<TownshipStatistics>,
): Promise<TownshipStatistics> {
  let cache = caches.get(system);
  if (!cache) {
    cache = new Map();
    caches.set(system, cache);
  }
  // kept per checkpoint, and shared with requests that read none of its tables themselves
  noteReadOfEveryEvent();
  const checkpoint = system.runner.checkpoint;
  const hit = cache.get(key);
  if (hit && hit.checkpoint === checkpoint) return hit.statistics;
  const statistics = Promise.resolve().then(compute);
  cache.delete(key);
  cache.set(key, { checkpoint, statistics });
  if (cache.size > MAX_KEPT) cache.delete(cache.keys().next().value!);
  statistics.catch(() => {
    if (cache.get(key)?.statistics === statistics) cache.delete(key);
  });
  return statistics;
}
