import { json, sql } from '../define-projection.js';
import type { Projection } from '../projection.js';

/** Every event, indexed for auditors: by stream, type, actor and business or recorded time. */
export const eventLogProjection: Projection = {
  name: 'event-log',
  version: 1,
  tables: ['event_log'],
  schema: `
    CREATE TABLE event_log (
      position    INTEGER PRIMARY KEY,
      event_id    TEXT NOT NULL,
      stream_id   TEXT NOT NULL,
      revision    INTEGER NOT NULL,
      type        TEXT NOT NULL,
      actor       TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      reason      TEXT,
      data        TEXT NOT NULL,
      metadata    TEXT NOT NULL
    );
    CREATE INDEX event_log_by_stream ON event_log (stream_id, position);
    CREATE INDEX event_log_by_type ON event_log (type, position);
    CREATE INDEX event_log_by_actor ON event_log (actor, position);
    CREATE INDEX event_log_by_occurred ON event_log (occurred_at);
  `,
  apply(db, event) {
    sql(
      db,
      `INSERT INTO event_log (position, event_id, stream_id, revision, type, actor, occurred_at, recorded_at, reason, data, metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      Number(event.position),
      event.id,
      event.streamId,
      event.revision,
      event.type,
      event.metadata.actor,
      event.metadata.occurredAt,
      event.recordedAt,
      event.metadata.reason ?? null,
      json(event.data),
      json(event.metadata),
    );
  },
};
