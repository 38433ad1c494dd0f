import type { TownshipStatistics } from '@cadre/projections';
import type { System } from '../../system.js';

/**
 * Live statistics change only when an event is applied: answers are kept per scope until the read
 * models move past the checkpoint they were computed at (or the day changes, which moves ages).
 */
const caches = new WeakMap<System, Map<string, { checkpoint: bigint; statistics: TownshipStatistics }>>();

export function cachedStatistics(
  system: System,
  key: string,
  compute: () => TownshipStatistics,
): TownshipStatistics {
  let cache = caches.get(system);
  if (!cache) {
    cache = new Map();
    caches.set(system, cache);
  }
  const checkpoint = system.runner.checkpoint;
  const hit = cache.get(key);
  if (hit && hit.checkpoint === checkpoint) return hit.statistics;
  const statistics = compute();
  cache.set(key, { checkpoint, statistics });
  return statistics;
}
