/**
 * One table of events in their global order, one row per stream with its head, and triggers that make
 * the event table append-only: nothing is ever edited or deleted, not even by a careless SQL session.
 */
export const EVENT_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id    TEXT    NOT NULL UNIQUE,
  stream_id   TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  category    TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
-- A filtered read walks the positions (readAll): an index by type or category is not read, only written.
DROP INDEX IF EXISTS events_by_category;
DROP INDEX IF EXISTS events_by_type;

CREATE TABLE IF NOT EXISTS streams (
  stream_id TEXT    PRIMARY KEY,
  revision  INTEGER NOT NULL,
  last_hash TEXT    NOT NULL
) WITHOUT ROWID;

-- Written and emptied in one transaction by the health check after a failed write: does the file take writes again?
CREATE TABLE IF NOT EXISTS write_probe (filler BLOB NOT NULL);

CREATE TRIGGER IF NOT EXISTS events_are_never_updated BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_are_never_deleted BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
`;
