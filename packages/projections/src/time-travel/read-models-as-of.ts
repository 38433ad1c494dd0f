import { type EventStore, pagesOf } from '@cadre/event-store';
import { ALL_PROJECTIONS } from '../all-projections.js';
import { eventLogProjection } from '../event-log/event-log-projection.js';
import type { Projection } from '../projection.js';
import { ProjectionApplier } from '../projection-applier.js';
import { openReadModelDatabase, type ReadModelDatabase } from '../read-model-database.js';
import { temporalProjection } from '../temporal/temporal-projection.js';
import { type AsOf, happenedBy } from './as-of.js';

/**
 * The read models a past state is asked of: all but the event log, an index of the store itself, and the
 * temporal read models, which hold every past day already.
 */
export const PAST_READ_MODELS: readonly Projection[] = ALL_PROJECTIONS.filter(
  (projection) => projection !== eventLogProjection && projection !== temporalProjection,
);

/** Events replayed between two turns of the event loop (about 10 ms of work). */
const PAGE = 500;

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
  const applier = new ProjectionApplier(db, projections, { bulk: true });
  for await (const page of pagesOf(store, PAGE)) {
    applier.apply(page.filter((event) => happenedBy(event, asOf)));
    if (asOf.upToPosition !== undefined && page.at(-1)!.position >= asOf.upToPosition) break;
    // a replay is the heaviest read there is: let other requests in between its pages
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  applier.finish();
  return db;
}

/** Answers a question from the read models as they stood at a moment, and closes them afterwards. */
export async function readAsOf<T>(
  store: EventStore,
  projections: readonly Projection[],
  asOf: AsOf,
  read: (db: ReadModelDatabase) => T,
): Promise<T> {
  const db = await readModelsAsOf(store, projections, asOf);
  try {
    return read(db);
  } finally {
    db.close();
  }
}
