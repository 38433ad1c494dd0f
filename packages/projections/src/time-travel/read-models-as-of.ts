import { type EventStore, pagesOf } from '@cadre/event-store';
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
  for await (const page of pagesOf(store)) applier.apply(page.filter((event) => happenedBy(event, asOf)));
  return db;
}
