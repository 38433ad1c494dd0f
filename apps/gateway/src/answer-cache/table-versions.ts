import { type ReadModelDatabase, sql } from '@cadre/projections';

/** The read-model tables' versions at one moment. */
export interface VersionSnapshot {
  /**
   * Moves whenever versions alone cannot tell what changed: the tables were created or dropped (their
   * triggers go with them), or another connection wrote to the file (a cluster's writer).
   */
  epoch: number;
  versions: ReadonlyMap<string, number>;
}

interface Probe {
  changes: number;
  schema: number;
  data: number;
}

const VERSIONS = 'temp.answer_cache_table_versions';
const PROBE = `SELECT total_changes() AS changes,
  (SELECT schema_version FROM pragma_schema_version) AS schema,
  (SELECT data_version FROM pragma_data_version) AS data`;
const MEMO_KEYS = /\/\*\s*memo keys\s*\*\/\s*[A-Za-z_][A-Za-z0-9_]*/g;
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (name: string) => `'${name.replaceAll("'", "''")}'`;

/**
 * A version per read-model table, moved by temporary triggers on this connection whenever a row of the
 * table is inserted, updated or deleted, whoever's statement did it. Nothing is written to the file:
 * the triggers and their table live in this connection's temp schema. `current()` costs one tiny
 * statement while nothing changed: the connection's change count and the file's schema and data versions.
 */
export class TableVersions {
  private epoch = 0;
  private last: Probe = { changes: -1, schema: -1, data: -1 };
  private snapshot: VersionSnapshot = { epoch: 0, versions: new Map() };
  /** Per table or view, the tables a statement naming it reads. */
  private relations = new Map<string, readonly string[]>();
  private readonly tablesOfSource = new Map<string, readonly string[]>();
  /** False when the triggers could not be made: then any change at all starts a new epoch. */
  private tracking = true;

  constructor(private readonly db: ReadModelDatabase) {
    this.current();
  }

  current(): VersionSnapshot {
    const probe = this.probe();
    if (
      probe.changes === this.last.changes &&
      probe.schema === this.last.schema &&
      probe.data === this.last.data
    )
      return this.snapshot;
    if (!this.tracking || probe.schema !== this.last.schema || probe.data !== this.last.data) {
      this.epoch++;
      if (this.tracking) this.install();
    }
    this.snapshot = { epoch: this.epoch, versions: this.read() };
    this.last = this.probe();
    return this.snapshot;
  }

  /**
   * The tables a statement's text names (through the views it names too), as far as this file has them.
   * A table right after `/* memo keys *\/` is left out: the statement reads it only to key values kept in
   * memory, which note the tables they are made of themselves when served (KeptByPosition).
   */
  tablesOf(source: string): readonly string[] {
    let tables = this.tablesOfSource.get(source);
    if (!tables) {
      const named = new Set<string>();
      const read = source.replace(MEMO_KEYS, ' ');
      for (const word of read.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])
        for (const table of this.relations.get(word) ?? []) named.add(table);
      tables = [...named];
      this.tablesOfSource.set(source, tables);
    }
    return tables;
  }

  private probe(): Probe {
    return sql(this.db, PROBE).get() as Probe;
  }

  private read(): Map<string, number> {
    if (!this.tracking) return new Map();
    const rows = sql(this.db, `SELECT name, version FROM ${VERSIONS}`).all() as {
      name: string;
      version: number;
    }[];
    return new Map(rows.map((row) => [row.name, row.version]));
  }

  private install(): void {
    try {
      this.installTriggers();
    } catch (error) {
      this.tracking = false;
      console.error('[answer-cache] table versions unavailable, every change empties the cache:', error);
    }
  }

  /** Triggers for every table that has none yet (a recreated table lost its own); views map to their tables. */
  private installTriggers(): void {
    const objects = this.db
      .prepare(
        "SELECT type, name, sql FROM main.sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { type: 'table' | 'view'; name: string; sql: string }[];
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS ${VERSIONS} (name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID`,
    );
    const relations = new Map<string, readonly string[]>();
    for (const { type, name } of objects) if (type === 'table') relations.set(name, [name]);
    this.db.transaction(() => {
      for (const { name } of objects.filter((object) => object.type === 'table')) {
        this.db.prepare(`INSERT OR IGNORE INTO ${VERSIONS} (name, version) VALUES (?, 0)`).run(name);
        for (const change of ['INSERT', 'UPDATE', 'DELETE'])
          this.db.exec(
            `CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`answer_cache_${change.toLowerCase()}_${name}`)}
             AFTER ${change} ON main.${quoted(name)} BEGIN
               UPDATE ${VERSIONS} SET version = version + 1 WHERE name = ${literal(name)};
             END`,
          );
      }
    })();
    // A view names tables (or other views): a statement naming it reads all of them.
    this.relations = relations;
    this.tablesOfSource.clear();
    const views = objects.filter((object) => object.type === 'view');
    for (let round = 0; round <= views.length; round++) {
      for (const view of views) relations.set(view.name, this.tablesOf(view.sql));
      this.tablesOfSource.clear();
    }
  }
}
