import { sql } from '../define-projection.js';
import type { Projection } from '../projection.js';

/**
 * An index of every event for auditors: by stream, type, actor and business or recorded time. The events
 * themselves stay in the store; a page of the log reads them from there.
 */
export const eventLogProjection: Projection = {
  name: 'event-log',
  version: 3,
  tables: ['event_log'],
  schema: `
    CREATE TABLE event_log (
      position    INTEGER PRIMARY KEY,
      stream_id   TEXT NOT NULL,
      revision    INTEGER NOT NULL,
      type        TEXT NOT NULL,
      actor       TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      reason      TEXT
    );
    CREATE INDEX event_log_by_stream ON event_log (stream_id, position);
    CREATE INDEX event_log_by_type ON event_log (type, position);
    CREATE INDEX event_log_by_actor ON event_log (actor, position);
  `,
  apply(db, event) {
    sql(
      db,
      `INSERT INTO event_log (position, stream_id, revision, type, actor, occurred_at, recorded_at, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      Number(event.position),
      event.streamId,
      event.revision,
      event.type,
      event.metadata.actor,
      event.metadata.occurredAt,
      event.recordedAt,
      event.metadata.reason ?? null,
    );
  },
};
