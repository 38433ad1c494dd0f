import type { EventStore, ReadAllOptions } from '@cadre/event-store';
import { timed } from '@cadre/event-store/testing';
import {
  ALL_PROJECTIONS,
  type Projection,
  type ReadModelDatabase,
  rebuildReadModels,
} from '@cadre/projections';

/**
 * Where a rebuild's time goes: the same rebuild with each read model's `apply` and `endBatch` timed, and
 * the store's reads; the rest (snapshots, deferred indexes, commits) is what remains of the whole.
 * Milliseconds by part, and `total`.
 */
export async function rebuildBreakdown(
  store: EventStore,
  db: ReadModelDatabase,
): Promise<Record<string, number>> {
  const spent: Record<string, number> = {};
  const add = (part: string, ms: number) => {
    spent[part] = (spent[part] ?? 0) + ms;
  };
  const timedProjection = (projection: Projection): Projection => ({
    ...projection,
    apply(database, event) {
      const started = performance.now();
      projection.apply(database, event);
      add(projection.name, performance.now() - started);
    },
    ...(projection.endBatch
      ? {
          endBatch(database) {
            const started = performance.now();
            projection.endBatch!(database);
            add(projection.name, performance.now() - started);
          },
        }
      : {}),
  });
  const timedStore: EventStore = Object.create(store);
  timedStore.readAll = async (options?: ReadAllOptions) => {
    const started = performance.now();
    const events = await store.readAll(options);
    add('reading the events', performance.now() - started);
    return events;
  };
  const total = await timed(() => rebuildReadModels(timedStore, db, ALL_PROJECTIONS.map(timedProjection)));
  const parts = Object.values(spent).reduce((a, b) => a + b, 0);
  return { ...spent, 'snapshots, indexes, commits': total - parts, total };
}
