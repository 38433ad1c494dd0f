import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

/**
 * Everyone who has caused an event (`user:<id>`, `api-key:<id>`, `system:…`), in order: what the event
 * log's actor filter offers. A skip scan over the actor index, one probe per actor, not one per event.
 */
export function listEventLogActors(db: ReadModelDatabase): string[] {
  return sql(
    db,
    `WITH RECURSIVE actors(actor) AS (
       SELECT MIN(actor) FROM event_log
       UNION ALL
       SELECT (SELECT MIN(actor) FROM event_log WHERE actor > actors.actor) FROM actors WHERE actors.actor IS NOT NULL
     )
     SELECT actor FROM actors WHERE actor IS NOT NULL`,
  )
    .pluck()
    .all() as string[];
}
