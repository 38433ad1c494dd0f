import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request's execution read, gathered while it runs: the read-model tables its statements named,
 * whether it read something only the events as a whole decide (the event store, a replay into a scratch
 * database, a memo kept per checkpoint), and whether it read something no event moves (the accounts file).
 */
export interface ReadScope {
  tables: Set<string>;
  everyEvent: boolean;
  uncacheable: boolean;
}

const scopes = new AsyncLocalStorage<ReadScope>();

export const newReadScope = (): ReadScope => ({ tables: new Set(), everyEvent: false, uncacheable: false });

/** Runs `work` (and everything it starts asynchronously) noting its reads into `scope`. */
export function withinReadScope<T>(scope: ReadScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The scope of the request running now, if it is one whose answer may be kept. */
export const currentReadScope = (): ReadScope | undefined => scopes.getStore();

export function noteTablesRead(tables: readonly string[]): void {
  const scope = scopes.getStore();
  if (scope) for (const table of tables) scope.tables.add(table);
}

/**
 * For a value kept in memory until the read models move past a checkpoint: a request served from it read
 * no table itself, so its answer holds only until the next event is applied.
 */
export function noteReadOfEveryEvent(): void {
  const scope = scopes.getStore();
  if (scope) scope.everyEvent = true;
}

export function noteUncacheableRead(): void {
  const scope = scopes.getStore();
  if (scope) scope.uncacheable = true;
}
