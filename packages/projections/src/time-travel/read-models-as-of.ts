import type { EventStore } from '@cadre/event-store';
import type { Projection } from '../projection.js';
import { ProjectionApplier } from '../projection-applier.js';
import { openReadModelDatabase, type ReadModelDatabase } from '../read-model-database.js';
import { type AsOf, happenedBy } from './as-of.js';

/**
 * Read models as they stood at a moment: every event up to it replayed into a throw-away in-memory
 * database. The caller queries it like the live one, then closes it.
 */
export async function readModelsAsOf(
  store: EventStore,
  projections: readonly Projection[],
  asOf: AsOf,
): Promise<ReadModelDatabase> {
  const db = openReadModelDatabase(':memory:');
  const applier = new ProjectionApplier(db, projections);
  let after = 0n;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 5000 });
    if (page.length === 0) break;
    applier.apply(page.filter((event) => happenedBy(event, asOf)));
    after = page[page.length - 1]!.position;
  }
  return db;
}
