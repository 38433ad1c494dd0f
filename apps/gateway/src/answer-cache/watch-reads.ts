import type { EventStore } from '@cadre/event-store';
import type { ReadModelDatabase } from '@cadre/projections';
import { currentReadScope, noteReadOfEveryEvent } from '@cadre/projections';
import type { System } from '../system.js';
import type { TableVersions } from './table-versions.js';

type Database = ReadModelDatabase;
interface Statement {
  readonly database: Database;
  readonly source: string;
  readonly reader: boolean;
}

/** The live read models of each gateway's system, with their tables' versions. */
const liveFiles = new WeakMap<Database, TableVersions>();
/** Files no event moves (the accounts): an answer that read one is never kept. */
const mutableFiles = new WeakSet<Database>();
const watchedPrototypes = new WeakSet<object>();
const watchedStores = new WeakSet<EventStore>();

/**
 * Notes every read of a request into its read scope, at the lowest level there is: each execution of a
 * SQLite statement that returns rows (whatever helper prepared it), and each call on the event store.
 * A statement on the live read models names its tables; one on the accounts file makes the answer
 * uncacheable; one on any other file (the event store, a replay of the past into a scratch database) and
 * any call on the store tie the answer to the events as a whole. Outside a read scope nothing is noted.
 */
export function watchReads(system: System, versions: TableVersions): void {
  liveFiles.set(system.readModels, versions);
  mutableFiles.add(system.accounts.db);
  watchStatementsOf(system.readModels);
  watchStatementsOf(system.accounts.db);
  system.store = watchedStore(system.store);
  system.rawStore = watchedStore(system.rawStore);
}

function watchStatementsOf(db: Database): void {
  const prototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, unknown>;
  if (watchedPrototypes.has(prototype)) return;
  watchedPrototypes.add(prototype);
  for (const method of ['get', 'all', 'iterate'] as const) {
    const original = prototype[method] as (this: Statement, ...args: unknown[]) => unknown;
    prototype[method] = function (this: Statement, ...args: unknown[]) {
      if (currentReadScope() && this.reader) noteStatement(this);
      return original.apply(this, args);
    };
  }
}

function noteStatement(statement: Statement): void {
  const scope = currentReadScope()!;
  const versions = liveFiles.get(statement.database);
  if (versions) for (const table of versions.tablesOf(statement.source)) scope.tables.add(table);
  else if (mutableFiles.has(statement.database)) scope.uncacheable = true;
  else scope.everyEvent = true;
}

function watchedStore(store: EventStore): EventStore {
  if (watchedStores.has(store)) return store;
  const methods = new Map<PropertyKey, unknown>();
  const watched = new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      let method = methods.get(property);
      if (!method) {
        method = (...args: unknown[]) => {
          noteReadOfEveryEvent();
          return value.apply(target, args);
        };
        methods.set(property, method);
      }
      return method;
    },
  });
  watchedStores.add(watched);
  return watched;
}
