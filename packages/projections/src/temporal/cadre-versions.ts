import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import { type CadreCore, cadreRowOf } from './cadre-core.js';
import { cadreKeyOf } from './cadre-keys.js';
import { packCadreVersion } from './packed-cadre-version.js';
import type { Version } from './versions.js';

export const CADRE_VERSIONS_SCHEMA = `
  CREATE TABLE temporal_cadres (
    basis              TEXT NOT NULL,
    cadre_id           TEXT NOT NULL,
    valid_from         TEXT NOT NULL,
    valid_to           TEXT,
    village_id         TEXT,
    reserve_village_id TEXT,
    facts              TEXT NOT NULL,
    PRIMARY KEY (basis, cadre_id, valid_from)
  ) WITHOUT ROWID;
  CREATE TABLE temporal_cadre_cores (
    basis      TEXT NOT NULL,
    cadre_id   TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    core       TEXT NOT NULL,
    PRIMARY KEY (basis, cadre_id, valid_from)
  )`;

export const CADRE_VERSION_TABLES = ['temporal_cadres', 'temporal_cadre_cores'];

type CadreVersions = readonly Version<CadreCore>[];

/** Versions kept in memory between batches: the cadres most recently changed. */
const KEPT = 4096;
/** Changed cadres written before the batch ends: a bulk load's batch is the whole history. */
const MOST_CHANGED = 16_384;

const keyOf = (basis: TimeBasis, cadreId: string) => `${basis}|${cadreId}`;

/**
 * Each cadre's core versions on each clock: `temporal_cadre_cores` holds the states to fold later events
 * onto, `temporal_cadres` the statistics' facts of the registered ones (packed in one column, see
 * packed-cadre-version.ts; the villages also as columns, for a scope's WHERE), valid from a day to the next
 * version's. During a batch the versions stay in memory and each changed cadre is written once, at its
 * end; the most recent stay between batches (only this projection writes these tables).
 */
export class CadreVersionStore {
  private readonly kept = new Map<string, CadreVersions>();
  private readonly changed = new Set<string>();

  constructor(private readonly db: ReadModelDatabase) {}

  read(basis: TimeBasis, cadreId: string, isNew: boolean): CadreVersions {
    const key = keyOf(basis, cadreId);
    const kept = this.kept.get(key);
    if (kept) return kept;
    if (isNew) return [];
    const rows = sql(
      this.db,
      'SELECT valid_from, core FROM temporal_cadre_cores WHERE basis = ? AND cadre_id = ? ORDER BY valid_from',
    ).all(basis, cadreId) as Array<{ valid_from: string; core: string }>;
    const versions = rows.map((row) => ({
      from: row.valid_from,
      state: JSON.parse(row.core),
      json: row.core,
    }));
    this.kept.set(key, versions);
    return versions;
  }

  write(basis: TimeBasis, cadreId: string, versions: CadreVersions): void {
    const key = keyOf(basis, cadreId);
    this.kept.delete(key); // re-inserted: the Map's order is the order of use
    this.kept.set(key, versions);
    this.changed.add(key);
    if (this.changed.size >= MOST_CHANGED) this.flush();
  }

  /** Writes every cadre the batch changed; forgets the least recently used beyond what is kept. */
  flush(): void {
    const dropFacts = sql(this.db, 'DELETE FROM temporal_cadres WHERE basis = ? AND cadre_id = ?');
    const dropCores = sql(this.db, 'DELETE FROM temporal_cadre_cores WHERE basis = ? AND cadre_id = ?');
    const insertCore = sql(
      this.db,
      'INSERT INTO temporal_cadre_cores (basis, cadre_id, valid_from, core) VALUES (?, ?, ?, ?)',
    );
    const insertFacts = sql(
      this.db,
      `INSERT INTO temporal_cadres (basis, cadre_id, valid_from, valid_to, village_id, reserve_village_id, facts)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    // in key order, the tables' own: each B-tree is written from one end, not at a random leaf per cadre
    for (const key of [...this.changed].sort()) {
      const separator = key.indexOf('|');
      const basis = key.slice(0, separator);
      const cadreId = key.slice(separator + 1);
      dropFacts.run(basis, cadreId);
      dropCores.run(basis, cadreId);
      const cadreKey = cadreKeyOf(this.db, cadreId);
      const versions = this.kept.get(key)!;
      versions.forEach((version, i) => {
        insertCore.run(basis, cadreId, version.from, version.json);
        const row = cadreRowOf(cadreId, version.state);
        if (!row) return;
        insertFacts.run(
          basis,
          cadreId,
          version.from,
          versions[i + 1]?.from ?? null,
          row.village_id,
          row.reserve_village_id,
          packCadreVersion(cadreKey, row, version.state.currentPosts),
        );
      });
    }
    this.changed.clear();
    for (const key of this.kept.keys()) {
      if (this.kept.size <= KEPT) break;
      this.kept.delete(key);
    }
  }

  forget(): void {
    this.kept.clear();
    this.changed.clear();
  }
}

const perDatabase = new WeakMap<ReadModelDatabase, CadreVersionStore>();

export function cadreVersions(db: ReadModelDatabase): CadreVersionStore {
  let store = perDatabase.get(db);
  if (!store) {
    store = new CadreVersionStore(db);
    perDatabase.set(db, store);
  }
  return store;
}
