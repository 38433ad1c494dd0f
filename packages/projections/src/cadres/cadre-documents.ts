import { type CadreState, cadreAggregate } from '@cadre/domain';
import { json, sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

export const CADRE_DOCUMENTS_SCHEMA = `
  CREATE TABLE cadre_documents (
    cadre_id TEXT PRIMARY KEY,
    state    TEXT NOT NULL,
    position INTEGER NOT NULL
  )`;

interface Document {
  state: CadreState;
  /** The position of the last event folded into `state`. */
  position: number;
  /** The position of the state the table holds; behind `position` until the batch ends. */
  stored: number;
}

/** Documents kept in memory between batches: the cadres most recently written. */
const KEPT = 4096;
/**
 * Changed documents held in memory before the least recently written are stored early: a bulk load's
 * batch is the whole history, and a province's cadres would not fit.
 */
const MOST_CHANGED = 16_384;

/**
 * Each cadre's folded `CadreState` as a JSON document (`cadre_documents`). During a batch the states
 * stay in memory and each changed one is written once, at the batch's end: a cadre with many events in
 * one batch costs one write, not one per event. Between batches the most recent ones stay too, trusted
 * only while the table still holds the position they were written at. Beyond `mostChanged` changed
 * documents, the least recently written half is stored (in the batch's transaction) and let go.
 */
export class CadreDocuments {
  private readonly documents = new Map<string, Document>();
  private readonly changed = new Set<string>();
  private readonly mostChanged: number;

  constructor(
    private readonly db: ReadModelDatabase,
    { mostChanged = MOST_CHANGED }: { mostChanged?: number } = {},
  ) {
    this.mostChanged = mostChanged;
  }

  /** The cadre's state before the event at `position` (the initial state when there is no document). */
  read(cadreId: string): CadreState {
    const kept = this.documents.get(cadreId);
    if (kept && (this.changed.has(cadreId) || this.storedPosition(cadreId) === kept.stored))
      return kept.state;
    const row = sql(this.db, 'SELECT state, position FROM cadre_documents WHERE cadre_id = ?').get(cadreId) as
      | { state: string; position: number }
      | undefined;
    if (!row) return cadreAggregate.initialState;
    const document = {
      state: JSON.parse(row.state) as CadreState,
      position: row.position,
      stored: row.position,
    };
    this.documents.set(cadreId, document);
    return document.state;
  }

  write(cadreId: string, state: CadreState, position: number): void {
    const kept = this.documents.get(cadreId);
    // Re-inserted, so that the Map's order is the order of use and the oldest go first.
    this.documents.delete(cadreId);
    this.documents.set(cadreId, { state, position, stored: kept?.stored ?? 0 });
    this.changed.add(cadreId);
    if (this.changed.size > this.mostChanged) this.storeLeastRecent(Math.floor(this.mostChanged / 2));
  }

  /** Stores the least recently written changed documents until `remaining` are left, and lets them go. */
  private storeLeastRecent(remaining: number): void {
    const save = this.saveStatement();
    for (const [cadreId, document] of this.documents) {
      if (this.changed.size <= remaining) break;
      if (!this.changed.has(cadreId)) continue;
      save.run(cadreId, json(document.state), document.position);
      this.changed.delete(cadreId);
      this.documents.delete(cadreId);
    }
  }

  private saveStatement() {
    return sql(
      this.db,
      `INSERT INTO cadre_documents (cadre_id, state, position) VALUES (?, ?, ?)
       ON CONFLICT (cadre_id) DO UPDATE SET state = excluded.state, position = excluded.position`,
    );
  }

  /** Writes every state the batch changed; forgets the least recently used beyond what is kept. */
  flush(): void {
    const save = this.saveStatement();
    for (const cadreId of this.changed) {
      const document = this.documents.get(cadreId)!;
      save.run(cadreId, json(document.state), document.position);
      document.stored = document.position;
    }
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
