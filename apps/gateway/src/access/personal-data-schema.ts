import type { AccountsDatabase } from './accounts-database.js';

const APPEND_ONLY = (table: string) => `
CREATE TRIGGER IF NOT EXISTS ${table}_are_never_updated BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'the personal-data read log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS ${table}_are_never_deleted BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'the personal-data read log is append-only'); END;`;

/**
 * The personal-data read log (PIPL Art. 51) in two parts: a disclosure is what one answer showed (the
 * operation, and per cadre the personal fields in clear); a disclosure read is one caller receiving it,
 * when. An answer served again from the answer cache adds one read row, not one row per cadre. Like the
 * event store it is append-only even for a careless SQL session.
 */
export const PERSONAL_DATA_SCHEMA = `
CREATE TABLE IF NOT EXISTS personal_data_disclosures (
  id        INTEGER PRIMARY KEY,
  operation TEXT NOT NULL,
  -- [{ "cadreId": ..., "fields": [...] }]
  subjects  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS personal_data_disclosure_subjects (
  cadre_id      TEXT NOT NULL,
  disclosure_id INTEGER NOT NULL REFERENCES personal_data_disclosures (id),
  PRIMARY KEY (cadre_id, disclosure_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS personal_data_disclosure_reads (
  id            INTEGER PRIMARY KEY,
  disclosure_id INTEGER NOT NULL REFERENCES personal_data_disclosures (id),
  actor         TEXT NOT NULL,
  role          TEXT NOT NULL,
  read_at       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS personal_data_disclosure_reads_by_disclosure
  ON personal_data_disclosure_reads (disclosure_id, id);
CREATE INDEX IF NOT EXISTS personal_data_disclosure_reads_by_actor ON personal_data_disclosure_reads (actor, id);
${APPEND_ONLY('personal_data_disclosures')}
${APPEND_ONLY('personal_data_disclosure_subjects')}
${APPEND_ONLY('personal_data_disclosure_reads')}
`;

/**
 * Files written before the log had two parts kept one row per cadre in `personal_data_reads`. Each old
 * row becomes a disclosure of one cadre and its read, with the same id; the old table is kept, renamed
 * and still append-only, as the evidence it was.
 */
export function migrateOneRowPerCadreLog(db: AccountsDatabase): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('personal_data_reads')").all() as {
    name: string;
  }[];
  if (!columns.some((column) => column.name === 'cadre_id')) return;
  db.transaction(() => {
    db.exec(`
      INSERT INTO personal_data_disclosures (id, operation, subjects)
        SELECT id, operation, json_array(json_object('cadreId', cadre_id, 'fields', json(fields)))
        FROM personal_data_reads;
      INSERT INTO personal_data_disclosure_subjects (cadre_id, disclosure_id)
        SELECT cadre_id, id FROM personal_data_reads;
      INSERT INTO personal_data_disclosure_reads (id, disclosure_id, actor, role, read_at)
        SELECT id, id, actor, role, read_at FROM personal_data_reads;
      ALTER TABLE personal_data_reads RENAME TO personal_data_reads_one_row_per_cadre;
    `);
  })();
}
