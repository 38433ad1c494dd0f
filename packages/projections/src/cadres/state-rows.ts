import type { CadreState } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ProjectedEvent } from '../projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

/**
 * A table whose rows are one list of the cadre's folded state, kept for lists and statistics: the rows
 * follow the state, never the events.
 */
export type StateRows = AppendedRows<unknown> | ReplacedRows;

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
    else if (rows.changed(before, after)) {
      sql(db, `DELETE FROM ${rows.table} WHERE cadre_id = ?`).run(cadreId);
      rows.insertAll(db, cadreId, after);
    }
  }
}
