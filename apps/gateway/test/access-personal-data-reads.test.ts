import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AccountsDatabase, openAccountsDatabase } from '../src/access/accounts-database.js';
import {
  listPersonalDataReads,
  recordPersonalDataRead,
  recordPersonalDataReads,
  recordRepeatedReads,
} from '../src/access/personal-data-reads.js';

/** Each table of the log, with a column to try to change. */
const LOG_TABLES = {
  personal_data_disclosures: 'operation',
  personal_data_disclosure_subjects: 'cadre_id',
  personal_data_disclosure_reads: 'actor',
};

describe('the personal-data read log', () => {
  let dir: string;
  let path: string;
  let db: AccountsDatabase;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-reads-'));
    path = join(dir, 'accounts.sqlite');
    db = openAccountsDatabase(path);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const read = (cadreId: string, actor = 'user:admin-1') => ({
    actor,
    role: 'ADMIN' as const,
    cadreId,
    fields: ['idNumber', 'phone'],
    operation: 'cadre',
  });

  it('records who read which fields of whose file, when, through which operation', () => {
    recordPersonalDataRead(db, read('cadre-1'), new Date('2025-03-01T08:00:00Z'));
    recordPersonalDataReads(
      db,
      [read('cadre-2', 'user:auditor-1'), { ...read('cadre-3'), fields: [] }],
      new Date('2025-03-01T09:00:00Z'),
    );
    expect(listPersonalDataReads(db)).toEqual([
      { id: 2, ...read('cadre-2', 'user:auditor-1'), readAt: '2025-03-01T09:00:00.000Z' },
      { id: 1, ...read('cadre-1'), readAt: '2025-03-01T08:00:00.000Z' },
    ]);
    expect(listPersonalDataReads(db, { cadreId: 'cadre-1' })).toHaveLength(1);
    expect(listPersonalDataReads(db, { actor: 'user:auditor-1' }).map((r) => r.cadreId)).toEqual(['cadre-2']);
    expect(listPersonalDataReads(db, { limit: 1 }).map((r) => r.id)).toEqual([2]);
  });

  it('logs an answer served again as one more read of what it disclosed, whatever the number of cadres', () => {
    const [disclosureId] = recordPersonalDataReads(
      db,
      ['cadre-1', 'cadre-2', 'cadre-3'].map((cadreId) => read(cadreId)),
      new Date('2025-03-01T08:00:00Z'),
    );
    const rowsBefore = db.prepare('SELECT COUNT(*) AS n FROM personal_data_disclosure_reads').get() as {
      n: number;
    };
    recordRepeatedReads(
      db,
      [{ actor: 'user:auditor-1', role: 'AUDITOR', disclosureIds: [disclosureId!] }],
      new Date('2025-03-01T09:00:00Z'),
    );
    const rowsAfter = db.prepare('SELECT COUNT(*) AS n FROM personal_data_disclosure_reads').get() as {
      n: number;
    };
    expect(rowsAfter.n - rowsBefore.n).toBe(1);
    expect(listPersonalDataReads(db, { cadreId: 'cadre-2' })).toEqual([
      { id: 2, ...read('cadre-2', 'user:auditor-1'), role: 'AUDITOR', readAt: '2025-03-01T09:00:00.000Z' },
      { id: 1, ...read('cadre-2'), readAt: '2025-03-01T08:00:00.000Z' },
    ]);
    expect(listPersonalDataReads(db, { actor: 'user:auditor-1' }).map((r) => r.cadreId)).toEqual([
      'cadre-1',
      'cadre-2',
      'cadre-3',
    ]);
  });

  it('is append-only: no update or delete gets through, not even in plain SQL', () => {
    recordPersonalDataRead(db, read('cadre-1'));
    for (const [table, column] of Object.entries(LOG_TABLES)) {
      expect(() => db.prepare(`UPDATE ${table} SET ${column} = 'x'`).run(), table).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM ${table}`).run(), table).toThrow(/append-only/);
    }
    expect(listPersonalDataReads(db)).toHaveLength(1);
  });

  it('moves a log kept one row per cadre into disclosures, keeping the old rows as they were', () => {
    db.close();
    rmSync(path);
    const Database = db.constructor as new (path: string) => AccountsDatabase;
    const legacy = new Database(path);
    legacy.exec(`CREATE TABLE personal_data_reads (id INTEGER PRIMARY KEY AUTOINCREMENT, actor TEXT NOT NULL,
      role TEXT NOT NULL, cadre_id TEXT NOT NULL, fields TEXT NOT NULL, operation TEXT NOT NULL, read_at TEXT NOT NULL);
      INSERT INTO personal_data_reads (actor, role, cadre_id, fields, operation, read_at) VALUES
        ('user:admin-1', 'ADMIN', 'cadre-1', '["idNumber","phone"]', 'cadre', '2024-01-01T00:00:00.000Z'),
        ('user:admin-1', 'ADMIN', 'cadre-2', '["idNumber","phone"]', 'cadre', '2024-01-02T00:00:00.000Z');`);
    legacy.close();

    db = openAccountsDatabase(path);
    expect(listPersonalDataReads(db)).toEqual([
      { id: 2, ...read('cadre-2'), readAt: '2024-01-02T00:00:00.000Z' },
      { id: 1, ...read('cadre-1'), readAt: '2024-01-01T00:00:00.000Z' },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM personal_data_reads_one_row_per_cadre').get()).toEqual({
      n: 2,
    });
    recordPersonalDataRead(db, read('cadre-3'));
    db.close();
    db = openAccountsDatabase(path);
    expect(listPersonalDataReads(db).map((r) => r.cadreId)).toEqual(['cadre-3', 'cadre-2', 'cadre-1']);
  });

  it('keeps the log across restarts, and the triggers with it', () => {
    recordPersonalDataRead(db, read('cadre-1'));
    db.close();
    db = openAccountsDatabase(path);
    expect(listPersonalDataReads(db)[0]?.cadreId).toBe('cadre-1');
    expect(() => db.prepare('DELETE FROM personal_data_disclosure_reads').run()).toThrow(/append-only/);
  });
});
