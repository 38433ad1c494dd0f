import type { CadreState } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ProjectedEvent } from '../projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

/**
 * A table whose rows are one list of the cadre's folded state, kept for lists and statistics: the rows
 * follow the state, never the events.
 */
export type StateRows = AppendedRows<unknown> | ReplacedRows | KeyedRows<unknown>;

/** A list `evolve` only appends to: the items it appended are inserted. */
export interface AppendedRows<Item> {
  kind: 'appended';
  name: string;
  list(state: CadreState): readonly Item[];
  /** `event` appended the item: its id may serve as the row's key. */
  insert(db: ReadModelDatabase, cadreId: string, item: Item, event: ProjectedEvent): void;
}

/** A list whose items change: when it changed, the cadre's rows are written again. */
export interface ReplacedRows {
  kind: 'replaced';
  table: string;
  changed(before: CadreState, after: CadreState): boolean;
  insertAll(db: ReadModelDatabase, cadreId: string, state: CadreState): void;
}

/**
 * A list whose items `evolve` replaces one at a time, each the row of one key (a pledge: its year): the
 * items that are new objects are upserted, instead of writing every row of the cadre again.
 */
export interface KeyedRows<Item> {
  kind: 'keyed';
  table: string;
  list(state: CadreState): readonly Item[];
  sameKey(a: Item, b: Item): boolean;
  /** Inserts the item's row, or updates the row of its key. */
  upsert(db: ReadModelDatabase, cadreId: string, item: Item): void;
}

export const keyedRows = <Item>(rows: Omit<KeyedRows<Item>, 'kind'>): StateRows =>
  ({ kind: 'keyed', ...rows }) as StateRows;

export const appendedRows = <Item>(rows: Omit<AppendedRows<Item>, 'kind'>): StateRows =>
  ({ kind: 'appended', ...rows }) as StateRows;

export const replacedRows = (rows: Omit<ReplacedRows, 'kind'>): StateRows => ({ kind: 'replaced', ...rows });

/** Whether `now` is `old` with items appended: the same items (the same objects) first. */
function extendsList(old: readonly unknown[], now: readonly unknown[]): boolean {
  if (now.length < old.length) return false;
  for (let i = 0; i < old.length; i++) if (now[i] !== old[i]) return false;
  return true;
}

function appendTo<Item>(
  db: ReadModelDatabase,
  rows: AppendedRows<Item>,
  cadreId: string,
  before: CadreState,
  after: CadreState,
  event: ProjectedEvent,
): void {
  const old = rows.list(before);
  const now = rows.list(after);
  if (now === old) return;
  if (!extendsList(old, now))
    throw new Error(`${event.type} changed the cadre's ${rows.name} in place: make their rows replaced`);
  for (const item of now.slice(old.length)) rows.insert(db, cadreId, item, event);
}

function upsertChanged<Item>(
  db: ReadModelDatabase,
  rows: KeyedRows<Item>,
  cadreId: string,
  before: CadreState,
  after: CadreState,
): void {
  const old = rows.list(before);
  const now = rows.list(after);
  if (now === old) return;
  const keysKept = now.length >= old.length && old.every((item, i) => rows.sameKey(item, now[i]!));
  if (!keysKept) sql(db, `DELETE FROM ${rows.table} WHERE cadre_id = ?`).run(cadreId);
  for (const [i, item] of now.entries()) if (!keysKept || item !== old[i]) rows.upsert(db, cadreId, item);
}

/** Brings the rows of each table in line with the state the event led to. */
export function followState(
  db: ReadModelDatabase,
  tables: readonly StateRows[],
  cadreId: string,
  before: CadreState,
  after: CadreState,
  event: ProjectedEvent,
): void {
  for (const rows of tables) {
    if (rows.kind === 'appended') appendTo(db, rows, cadreId, before, after, event);
    else if (rows.kind === 'keyed') upsertChanged(db, rows, cadreId, before, after);
    else if (rows.changed(before, after)) {
      sql(db, `DELETE FROM ${rows.table} WHERE cadre_id = ?`).run(cadreId);
      rows.insertAll(db, cadreId, after);
    }
  }
}
