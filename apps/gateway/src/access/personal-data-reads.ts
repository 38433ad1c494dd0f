import { sql } from '@cadre/projections';
import type { AccountsDatabase } from './accounts-database.js';
import type { Role } from './roles.js';

/** One principal saw unmasked personal data of one cadre (PIPL Art. 51: who, whose, what, when). */
export interface PersonalDataRead {
  /** `user:<id>` or `api-key:<id>`, as `actorOf` writes it. */
  actor: string;
  role: Role;
  cadreId: string;
  fields: readonly string[];
  /** The GraphQL operation (root field) that answered with the data. */
  operation: string;
}

export interface RecordedPersonalDataRead extends PersonalDataRead {
  id: number;
  readAt: string;
}

interface ReadRow {
  id: number;
  actor: string;
  role: Role;
  cadre_id: string;
  fields: string;
  operation: string;
  read_at: string;
}

/** All of one answer's reads in one transaction: an answer is logged completely or not at all. */
export function recordPersonalDataReads(
  db: AccountsDatabase,
  reads: readonly PersonalDataRead[],
  now: Date = new Date(),
): void {
  const insert = sql(
    db,
    'INSERT INTO personal_data_reads (actor, role, cadre_id, fields, operation, read_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const readAt = now.toISOString();
  db.transaction(() => {
    for (const read of reads) {
      if (read.fields.length === 0) continue;
      insert.run(read.actor, read.role, read.cadreId, JSON.stringify(read.fields), read.operation, readAt);
    }
  })();
}

export function recordPersonalDataRead(db: AccountsDatabase, read: PersonalDataRead, now?: Date): void {
  recordPersonalDataReads(db, [read], now);
}

export interface PersonalDataReadFilter {
  cadreId?: string;
  actor?: string;
  /** Newest first; at most this many (default 200). */
  limit?: number;
}

/** The log for auditors, newest first. */
export function listPersonalDataReads(
  db: AccountsDatabase,
  { cadreId, actor, limit = 200 }: PersonalDataReadFilter = {},
): RecordedPersonalDataRead[] {
  const rows = sql(
    db,
    `SELECT * FROM personal_data_reads
       WHERE (@cadreId IS NULL OR cadre_id = @cadreId) AND (@actor IS NULL OR actor = @actor)
       ORDER BY id DESC LIMIT @limit`,
  ).all({ cadreId: cadreId ?? null, actor: actor ?? null, limit }) as ReadRow[];
  return rows.map((row) => ({
    id: row.id,
    actor: row.actor,
    role: row.role,
    cadreId: row.cadre_id,
    fields: JSON.parse(row.fields) as string[],
    operation: row.operation,
    readAt: row.read_at,
  }));
}
