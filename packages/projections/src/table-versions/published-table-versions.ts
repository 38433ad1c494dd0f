/**
 * The read-model file's own record of how often each of its tables was written: a row per table, moved by
 * triggers in the file (the gateway's writer installs them, answer-cache/table-versions.ts), so that a
 * reader process on another connection sees which tables a commit changed in the same snapshot as the rows.
 * The row named `SCHEMA_ROW` holds the schema version the triggers were installed at: a file whose schema
 * has moved since (a table recreated without its triggers) is not tracked until they are installed again.
 * It describes the file, not the events: a dump of the read models leaves it out.
 */
export const PUBLISHED_TABLE_VERSIONS = 'read_model_table_versions';
export const SCHEMA_ROW = '';
