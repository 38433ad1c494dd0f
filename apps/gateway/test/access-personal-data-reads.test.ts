import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AccountsDatabase, openAccountsDatabase } from '../src/access/accounts-database.js';
import {
  listPersonalDataReads,
  recordPersonalDataRead,
  recordPersonalDataReads,
} from '../src/access/personal-data-reads.js';

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

  it('is append-only: no update or delete gets through, not even in plain SQL', () => {
    recordPersonalDataRead(db, read('cadre-1'));
    expect(() => db.prepare("UPDATE personal_data_reads SET actor = 'user:nobody'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM personal_data_reads').run()).toThrow(/append-only/);
    expect(listPersonalDataReads(db)).toHaveLength(1);
  });

  it('keeps the log across restarts, and the triggers with it', () => {
    recordPersonalDataRead(db, read('cadre-1'));
    db.close();
    db = openAccountsDatabase(path);
    expect(listPersonalDataReads(db)[0]?.cadreId).toBe('cadre-1');
    expect(() => db.prepare('DELETE FROM personal_data_reads').run()).toThrow(/append-only/);
  });
});
