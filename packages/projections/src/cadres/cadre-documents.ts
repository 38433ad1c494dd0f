import { type CadreState, cadreAggregate } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

/**
 * The lists of a cadre's state that `evolve` only ever appends to: they grow with the history, so each of
 * their items is a row of its own, written once. (Lists `evolve` changes in place stay in the head.)
 */
export const APPENDED_LISTS = [
  'corrections',
  'formerPosts',
  'trainings',
  'educationCompleted',
  'interviews',
  'honors',
  'assessments',
  'benefits',
] as const satisfies readonly (keyof CadreState)[];

type AppendedList = (typeof APPENDED_LISTS)[number];
type Lists = Record<AppendedList, readonly unknown[]>;

const itemsOf = (list: AppendedList) =>
  `json((SELECT json_group_array(json(i.item) ORDER BY i.seq) FROM cadre_document_items i
     WHERE i.cadre_id = d.cadre_id AND i.list = '${list}'))`;

/**
 * `cadre_documents` holds each cadre's state without its appended lists (the head, each list's place kept
 * by its length) and `cadre_document_items` each item of them, so that an event costs the small head and
 * its new items, never a rewrite of the history. `cadre_states` puts the state together again in one
 * indexed read, with the keys in their places: the same JSON text the whole state was stored as.
 */
export const CADRE_DOCUMENTS_SCHEMA = `
  CREATE TABLE cadre_documents (
    cadre_id TEXT PRIMARY KEY,
    head     TEXT NOT NULL,
    position INTEGER NOT NULL
  );
  CREATE TABLE cadre_document_items (
    cadre_id TEXT NOT NULL,
    list     TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    item     TEXT NOT NULL,
    PRIMARY KEY (cadre_id, list, seq)
  ) WITHOUT ROWID;
  DROP VIEW IF EXISTS cadre_states;
  CREATE VIEW cadre_states AS
    SELECT d.cadre_id, d.position,
      json_set(d.head, ${APPENDED_LISTS.map((list) => `'$.${list}', ${itemsOf(list)}`).join(', ')}) AS state
    FROM cadre_documents d`;

export const CADRE_DOCUMENT_TABLES = ['cadre_documents', 'cadre_document_items'];

interface Document {
  state: CadreState;
  /** The position of the last event folded into `state`. */
  position: number;
  /** The position of the state the table holds; behind `position` until the batch ends. */
  stored: number;
  /** The appended lists as the table holds them at `stored`; unknown for a document the table may not have. */
  storedLists?: Lists;
}

/** Documents kept in memory between batches: the cadres most recently written. */
const KEPT = 4096;
/**
 * Changed documents held in memory before the least recently written are stored early: a bulk load's
 * batch is the whole history, and a province's cadres would not fit.
 */
const MOST_CHANGED = 16_384;

const listsOf = (state: CadreState): Lists =>
  Object.fromEntries(APPENDED_LISTS.map((list) => [list, state[list]])) as unknown as Lists;

/** The state with each appended list replaced by its length, in its place. */
function headOf(state: CadreState): string {
  const head: Record<string, unknown> = { ...state };
  for (const list of APPENDED_LISTS) head[list] = state[list].length;
  return JSON.stringify(head);
}

/** True when `now` is `stored` with items added at its end (the same items: `evolve` never copies them). */
function extends_(now: readonly unknown[], stored: readonly unknown[]): boolean {
  if (now === stored) return true;
  if (now.length < stored.length) return false;
  for (let i = 0; i < stored.length; i++) if (now[i] !== stored[i]) return false;
  return true;
}

/**
 * The state `cadre_states` puts together, assembled here from the head and the items in two indexed reads:
 * a bulk load of more cadres than it keeps reads a document back for most of their events, and the view's
 * JSON functions (each item parsed and printed again by SQLite, then the whole text by `JSON.parse`) cost
 * several times more. The lists take their places in the head, as `json_set` puts them.
 */
function readStoredState(
  db: ReadModelDatabase,
  cadreId: string,
): { state: CadreState; position: number } | undefined {
  const row = sql(db, 'SELECT head, position FROM cadre_documents WHERE cadre_id = ?').get(cadreId) as
    | { head: string; position: number }
    | undefined;
  if (!row) return undefined;
  const state = JSON.parse(row.head) as Record<string, unknown[]>;
  for (const list of APPENDED_LISTS) state[list] = [];
  const items = sql(db, 'SELECT list, item FROM cadre_document_items WHERE cadre_id = ? ORDER BY list, seq')
    .raw()
    .all(cadreId) as Array<[AppendedList, string]>;
  for (const [list, item] of items) state[list]!.push(JSON.parse(item));
  return { state: state as unknown as CadreState, position: row.position };
}

/**
 * Each cadre's folded `CadreState` as a document (`cadre_documents` and its items). During a batch the
 * states stay in memory and each changed one is written once, at the batch's end: a cadre with many
 * events in one batch costs one write, not one per event. Between batches the most recent ones stay too,
 * trusted only while the table still holds the position they were written at. Beyond `mostChanged`
 * changed documents, the least recently written half is stored (in the batch's transaction) and let go.
 */
export class CadreDocuments {
  private readonly documents = new Map<string, Document>();
  private readonly changed = new Set<string>();
  private mostChanged: number;

  constructor(
    private readonly db: ReadModelDatabase,
    { mostChanged = MOST_CHANGED }: { mostChanged?: number } = {},
  ) {
    this.mostChanged = mostChanged;
  }

  /**
   * How many changed documents stay in memory before the least recently written are stored (`undefined`:
   * the default again). A rebuild feeds every cadre in turns, month after month: with fewer kept than
   * cadres, nearly every event reads its cadre's document back from the table and stores it again.
   */
  keepChanged(mostChanged: number | undefined): void {
    this.mostChanged = mostChanged ?? MOST_CHANGED;
  }

  /** The cadre's state before the event at `position` (the initial state when there is no document). */
  read(cadreId: string): CadreState {
    const kept = this.documents.get(cadreId);
    if (kept && (this.changed.has(cadreId) || this.storedPosition(cadreId) === kept.stored))
      return kept.state;
    const stored = readStoredState(this.db, cadreId);
    if (!stored) return cadreAggregate.initialState;
    const { state, position } = stored;
    const document = { state, position, stored: position, storedLists: listsOf(state) };
    this.documents.set(cadreId, document);
    return document.state;
  }

  write(cadreId: string, state: CadreState, position: number): void {
    const kept = this.documents.get(cadreId);
    // Re-inserted, so that the Map's order is the order of use and the oldest go first.
    this.documents.delete(cadreId);
    this.documents.set(cadreId, {
      state,
      position,
      stored: kept?.stored ?? 0,
      ...(kept?.storedLists ? { storedLists: kept.storedLists } : {}),
    });
    this.changed.add(cadreId);
    if (this.changed.size > this.mostChanged) this.storeLeastRecent(Math.floor(this.mostChanged / 2));
  }

  /** Stores the least recently written changed documents until `remaining` are left, and lets them go. */
  private storeLeastRecent(remaining: number): void {
    for (const [cadreId, document] of this.documents) {
      if (this.changed.size <= remaining) break;
      if (!this.changed.has(cadreId)) continue;
      this.store(cadreId, document);
      this.changed.delete(cadreId);
      this.documents.delete(cadreId);
    }
  }

  /** Writes the head, and of each list the items the table does not hold yet (all of it when unsure). */
  private store(cadreId: string, document: Document): void {
    const { state, storedLists } = document;
    sql(
      this.db,
      `INSERT INTO cadre_documents (cadre_id, head, position) VALUES (?, ?, ?)
       ON CONFLICT (cadre_id) DO UPDATE SET head = excluded.head, position = excluded.position`,
    ).run(cadreId, headOf(state), document.position);
    const insert = sql(
      this.db,
      'INSERT OR REPLACE INTO cadre_document_items (cadre_id, list, seq, item) VALUES (?, ?, ?, ?)',
    );
    for (const list of APPENDED_LISTS) {
      const items = state[list];
      const stored = storedLists?.[list];
      let from = 0;
      if (stored && extends_(items, stored)) from = stored.length;
      else
        sql(this.db, 'DELETE FROM cadre_document_items WHERE cadre_id = ? AND list = ?').run(cadreId, list);
      for (let seq = from; seq < items.length; seq++)
        insert.run(cadreId, list, seq, JSON.stringify(items[seq]));
    }
    document.stored = document.position;
    document.storedLists = listsOf(state);
  }

  /** Writes every state the batch changed; forgets the least recently used beyond what is kept. */
  flush(): void {
    // in key order: the items' B-tree is then filled from one end, not at a random leaf per row (a province's
    // items are many times the page cache)
    for (const cadreId of [...this.changed].sort()) this.store(cadreId, this.documents.get(cadreId)!);
    this.changed.clear();
    for (const cadreId of this.documents.keys()) {
      if (this.documents.size <= KEPT) break;
      this.documents.delete(cadreId);
    }
  }

  forget(): void {
    this.documents.clear();
    this.changed.clear();
  }

  private storedPosition(cadreId: string): number | undefined {
    return sql(this.db, 'SELECT position FROM cadre_documents WHERE cadre_id = ?').pluck().get(cadreId) as
      | number
      | undefined;
  }
}

const perDatabase = new WeakMap<ReadModelDatabase, CadreDocuments>();

export function cadreDocuments(db: ReadModelDatabase): CadreDocuments {
  let documents = perDatabase.get(db);
  if (!documents) {
    documents = new CadreDocuments(db);
    perDatabase.set(db, documents);
  }
  return documents;
}
