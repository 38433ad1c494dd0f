import type { ReadModelDatabase } from './read-model-database.js';
import { PUBLISHED_TABLE_VERSIONS } from './table-versions/published-table-versions.js';

/**
 * Every read-model row, table by table, in a fixed order: two databases built from the same events
 * must dump equal. Used to prove a rebuild, or a move to another store, changed nothing.
 */
export function dumpReadModels(db: ReadModelDatabase): Record<string, unknown[]> {
  const tables = db
    .prepare<[string], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('projection_checkpoints', ?) ORDER BY name",
    )
    .all(PUBLISHED_TABLE_VERSIONS)
    .map((row) => row.name);
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const columns = db
      .prepare(`SELECT * FROM ${table} LIMIT 0`)
      .columns()
      .map((c) => c.name);
    dump[table] = db
      .prepare(`SELECT * FROM ${table} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`)
      .all();
  }
  return dump;
}
