import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { EventStoreUnavailableError } from './errors.js';
import { isEsdbConnectionString, redactConnectionString } from './esdb/connection-string.js';
import { EsdbEventStore } from './esdb/esdb-event-store.js';
import type { EventStore } from './port.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';

export interface EventStoreConfig {
  /** `esdb://…` or `esdb+discover://…` (e.g. EVENTSTORE_CONNECTION_STRING); none: the embedded SQLite store. */
  connectionString?: string;
  /** The SQLite file, when there is no connection string. */
  sqlitePath?: string;
  /** How long an EventStoreDB server has to answer before start-up gives up on it. */
  connectTimeoutMs?: number;
  /** The embedded store's clock for `recordedAt` (tests pass a fixed or moving one). */
  now?: () => Date;
}

/** The store the configuration names, ready to use: an EventStoreDB server has answered before this returns. */
export async function openEventStore(config: EventStoreConfig = {}): Promise<EventStore> {
  const { connectionString } = config;
  if (!connectionString) {
    const path = config.sqlitePath ?? 'data/events.sqlite';
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return new SqliteEventStore({ path, ...(config.now ? { now: config.now } : {}) });
  }
  const redacted = redactConnectionString(connectionString);
  if (!isEsdbConnectionString(connectionString))
    throw new Error(
      `不支持的事件存储连接串 ${redacted} / Unsupported event store connection string ${redacted}`,
    );
  const store = new EsdbEventStore({ connectionString, healthTimeoutMs: config.connectTimeoutMs ?? 5000 });
  const health = await store.health();
  if (health.ok) return store;
  await store.close();
  throw new EventStoreUnavailableError(
    `无法连接事件存储 ${redacted} / Cannot reach the event store ${redacted}` +
      (health.detail ? ` (${health.detail})` : ''),
  );
}
