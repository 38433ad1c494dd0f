import type { Statement } from 'better-sqlite3';
import type { ProjectedEvent, Projection } from './projection.js';
import type { ReadModelDatabase } from './read-model-database.js';

const statements = new WeakMap<ReadModelDatabase, Map<string, Statement>>();

/**
 * A prepared statement, prepared once per database: projections run the same few SQL lines millions of times.
 * `raw` gives its rows as arrays of values, which better-sqlite3 builds at about half the cost of objects.
 */
export function sql(db: ReadModelDatabase, text: string, { raw = false } = {}): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  const key = raw ? `raw:${text}` : text;
  let statement = cache.get(key);
  if (!statement) {
    statement = raw ? db.prepare(text).raw(true) : db.prepare(text);
    cache.set(key, statement);
  }
  return statement;
}

// biome-ignore lint/suspicious/noExplicitAny: each handler narrows the data to its own event's shape
export type EventHandler = (db: ReadModelDatabase, data: any, event: ProjectedEvent) => void;

/** A projection as a table of handlers by event type; events it does not list pass it by. */
export function defineProjection(
  definition: Omit<Projection, 'apply'> & { handlers: Record<string, EventHandler> },
): Projection {
  const { handlers, ...rest } = definition;
  return {
    ...rest,
    eventTypes: new Set(Object.keys(handlers)),
    apply(db, event) {
      handlers[event.type]?.(db, event.data, event);
    },
  };
}

export const json = (value: unknown) => JSON.stringify(value);
