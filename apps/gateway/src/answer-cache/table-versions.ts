import { PUBLISHED_TABLE_VERSIONS, type ReadModelDatabase, SCHEMA_ROW, sql } from '@cadre/projections';

/** The read-model tables' versions at one moment. */
export interface VersionSnapshot {
  /**
   * Moves whenever versions alone cannot tell what changed: the tables were created or dropped, or the
   * file's triggers do not cover its schema (until the writer installs them again).
   */
  epoch: number;
  versions: ReadonlyMap<string, number>;
}

interface Probe {
  changes: number;
  schema: number;
  data: number;
}

interface Published {
  /** Whether the triggers were installed at the schema the versions were read at. */
  tracked: boolean;
  schema: number;
  versions: Map<string, number>;
}

const VERSIONS = `main.${PUBLISHED_TABLE_VERSIONS}`;
/** One statement, so the versions and the schema they are checked against come from one snapshot of the file. */
const READ = `SELECT name, version, (SELECT schema_version FROM pragma_schema_version) AS schema FROM ${VERSIONS}`;
const MEMO_KEYS = /\/\*\s*memo keys\s*\*\/\s*[A-Za-z_][A-Za-z0-9_]*/g;
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (name: string) => `'${name.replaceAll("'", "''")}'`;

/**
 * A version per read-model table, kept in the read-model file itself (PUBLISHED_TABLE_VERSIONS) by
 * triggers that move it whenever a row of the table is inserted, updated or deleted, in the transaction
 * that wrote the row, whichever connection did. The writer's connection installs the triggers; a reader
 * process's read-only connection reads the same versions, so both keep an answer while the tables it read
 * are unchanged. `current()` costs one tiny statement while nothing changed: the connection's change
 * count and the file's schema and data versions; the versions are read again only when those moved.
 */
export class TableVersions {
  private epoch = 0;
  private last: Probe = { changes: -1, schema: -1, data: -1 };
  /** The schema the snapshot and the relations were read at. */
  private schema = -1;
  private snapshot: VersionSnapshot = { epoch: 0, versions: new Map() };
  /** Per table or view, the tables a statement naming it reads. */
  private relations = new Map<string, readonly string[]>();
  private readonly tablesOfSource = new Map<string, readonly string[]>();
  /** A read-only connection (a reader process) reads the versions; it cannot install the triggers. */
  private readonly installs: boolean;
  private installFailed = false;
  /**
   * The probe's three figures, each its own statement: together they cost a third of one statement over the
   * pragmas' table-valued functions (the probe runs on every request a cache answers).
   */
  private readonly probes;

  constructor(private readonly db: ReadModelDatabase) {
    this.installs = !db.readonly;
    this.probes = {
      changes: db.prepare<[], number>('SELECT total_changes()').pluck(),
      schema: db.prepare<[], number>('PRAGMA schema_version').pluck(),
      data: db.prepare<[], number>('PRAGMA data_version').pluck(),
    };
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
    // The probe before the read: a commit in between shows as a change on the next call, never as none.
    this.last = probe;
    let published = this.readPublished();
    if (!published.tracked && this.installs && !this.installFailed) {
      this.install();
      published = this.readPublished();
    }
    if (!published.tracked || published.schema !== this.schema) this.epoch++;
    if (published.schema !== this.schema) this.mapRelations();
    this.schema = published.schema;
    this.snapshot = { epoch: this.epoch, versions: published.tracked ? published.versions : new Map() };
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
    return {
      changes: this.probes.changes.get()!,
      schema: this.probes.schema.get()!,
      data: this.probes.data.get()!,
    };
  }

  private readPublished(): Published {
    let rows: { name: string; version: number; schema: number }[];
    try {
      rows = sql(this.db, READ).all() as typeof rows;
    } catch {
      // no such table yet: the writer has not installed the triggers
      return { tracked: false, schema: this.last.schema, versions: new Map() };
    }
    const schema = rows[0]?.schema ?? this.last.schema;
    const versions = new Map(rows.map((row) => [row.name, row.version]));
    const tracked = versions.get(SCHEMA_ROW) === schema;
    versions.delete(SCHEMA_ROW);
    return { tracked, schema, versions };
  }

  private objects() {
    return this.db
      .prepare(
        `SELECT type, name, sql FROM main.sqlite_master
         WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name != ?`,
      )
      .all(PUBLISHED_TABLE_VERSIONS) as { type: 'table' | 'view'; name: string; sql: string }[];
  }

  private install(): void {
    try {
      this.installTriggers();
    } catch (error) {
      this.installFailed = true;
      console.error('[answer-cache] table versions unavailable, every change empties the cache:', error);
    }
  }

  /** Triggers for every table that has none yet (a recreated table lost its own), then the schema they cover. */
  private installTriggers(): void {
    const tables = this.objects().filter((object) => object.type === 'table');
    this.db.transaction(() => {
      this.db.exec(
        `CREATE TABLE IF NOT EXISTS ${VERSIONS} (name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID`,
      );
      for (const { name } of tables) {
        this.db.prepare(`INSERT OR IGNORE INTO ${VERSIONS} (name, version) VALUES (?, 0)`).run(name);
        for (const change of ['INSERT', 'UPDATE', 'DELETE'])
          this.db.exec(
            `CREATE TRIGGER IF NOT EXISTS main.${quoted(`read_model_version_${change.toLowerCase()}_${name}`)}
             AFTER ${change} ON ${quoted(name)} BEGIN
               UPDATE ${PUBLISHED_TABLE_VERSIONS} SET version = version + 1 WHERE name = ${literal(name)};
             END`,
          );
      }
    })();
    // After the commit: the schema version the triggers now cover, read as the readers will read it.
    const schema = this.db.pragma('schema_version', { simple: true }) as number;
    this.db
      .prepare(`INSERT OR REPLACE INTO ${VERSIONS} (name, version) VALUES (?, ?)`)
      .run(SCHEMA_ROW, schema);
  }

  /** A table names itself; a view names tables (or other views): a statement naming it reads all of them. */
  private mapRelations(): void {
    const objects = this.objects();
    const relations = new Map<string, readonly string[]>();
    for (const { type, name } of objects) if (type === 'table') relations.set(name, [name]);
    this.relations = relations;
    this.tablesOfSource.clear();
    const views = objects.filter((object) => object.type === 'view');
    for (let round = 0; round <= views.length; round++) {
      for (const view of views) relations.set(view.name, this.tablesOf(view.sql));
      this.tablesOfSource.clear();
    }
  }
}
