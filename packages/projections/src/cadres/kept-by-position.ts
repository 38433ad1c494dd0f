import type { ReadModelDatabase } from '../read-model-database.js';
import { noteTablesRead } from '../table-versions/read-scope.js';

/** How many cadres' parsed rows one database keeps: a roster page's and a dossier's worth many times over. */
const KEPT = 20_000;

/**
 * What a reader built from one cadre's rows (a roster summary, a dossier), kept between requests and
 * trusted only while the cadre's document is still at the position it was built at: every row of a cadre
 * (its `cadres` row, posts, document) is derived from its state at that position, and written in the same
 * transaction. Values are frozen: they are shared by every request that reads them.
 */
export class KeptByPosition<T extends object> {
  private readonly kept = new Map<string, { position: number; value: T }>();

  /** `madeOf`: the tables a value is built from, noted as read by a request served a kept one (see read-scope.ts). */
  constructor(private readonly madeOf: readonly string[] = []) {}

  get(cadreId: string, position: number | null): T | undefined {
    const kept = this.kept.get(cadreId);
    if (kept === undefined || kept.position !== position) return undefined;
    noteTablesRead(this.madeOf);
    return kept.value;
  }

  keep(cadreId: string, position: number | null, value: T): T {
    deepFreeze(value);
    if (position === null) return value;
    this.kept.delete(cadreId);
    this.kept.set(cadreId, { position, value });
    // a Map iterates in insertion order: the first key is the one built longest ago
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    return value;
  }

  forget(): void {
    this.kept.clear();
  }
}

function deepFreeze(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value))
    if (child !== null && typeof child === 'object') deepFreeze(child);
}

const registry = new WeakMap<ReadModelDatabase, Map<string, KeptByPosition<object>>>();

/** The database's own memo of one kind (`summaries`, `dossiers`), forgotten with the cadres read model. */
export function keptByPosition<T extends object>(
  db: ReadModelDatabase,
  kind: string,
  madeOf: readonly string[] = [],
): KeptByPosition<T> {
  let kinds = registry.get(db);
  if (!kinds) {
    kinds = new Map();
    registry.set(db, kinds);
  }
  let kept = kinds.get(kind);
  if (!kept) {
    kept = new KeptByPosition(madeOf);
    kinds.set(kind, kept);
  }
  return kept as KeptByPosition<T>;
}

/** Called when the cadres read model is emptied or a batch rolled back: nothing kept is trusted any more. */
export function forgetKept(db: ReadModelDatabase): void {
  for (const kept of registry.get(db)?.values() ?? []) kept.forget();
}
