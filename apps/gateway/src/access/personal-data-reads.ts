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
  /** The id of the read: every cadre one answer showed shares it. */
  id: number;
  readAt: string;
}

/** A caller receiving again what an earlier answer disclosed (an answer served from the answer cache). */
export interface RepeatedRead {
  actor: string;
  role: Role;
  disclosureIds: readonly number[];
}

interface Subject {
  cadreId: string;
  fields: string[];
}

interface ReadRow {
  id: number;
  actor: string;
  role: Role;
  read_at: string;
  operation: string;
  subjects: string;
}

function insertRead(db: AccountsDatabase, disclosureId: number, actor: string, role: Role, readAt: string) {
  sql(
    db,
    'INSERT INTO personal_data_disclosure_reads (disclosure_id, actor, role, read_at) VALUES (?, ?, ?, ?)',
  ).run(disclosureId, actor, role, readAt);
}

/**
 * Logs reads in one transaction, one disclosure per caller and operation (with a row per cadre for
 * finding it by cadre) and its read. Reads without fields are not logged. Answers the disclosures' ids.
 */
export function recordPersonalDataReads(
  db: AccountsDatabase,
  reads: readonly PersonalDataRead[],
  now: Date = new Date(),
): number[] {
  const groups = new Map<string, { read: PersonalDataRead; subjects: Subject[] }>();
  for (const read of reads) {
    if (read.fields.length === 0) continue;
    const key = JSON.stringify([read.actor, read.role, read.operation]);
    const group = groups.get(key) ?? { read, subjects: [] };
    group.subjects.push({ cadreId: read.cadreId, fields: [...read.fields] });
    groups.set(key, group);
  }
  const readAt = now.toISOString();
  return db.transaction(() =>
    [...groups.values()].map(({ read, subjects }) => {
      const disclosureId = Number(
        sql(db, 'INSERT INTO personal_data_disclosures (operation, subjects) VALUES (?, ?)').run(
          read.operation,
          JSON.stringify(subjects),
        ).lastInsertRowid,
      );
      const subject = sql(
        db,
        'INSERT OR IGNORE INTO personal_data_disclosure_subjects (cadre_id, disclosure_id) VALUES (?, ?)',
      );
      for (const { cadreId } of subjects) subject.run(cadreId, disclosureId);
      insertRead(db, disclosureId, read.actor, read.role, readAt);
      return disclosureId;
    }),
  )();
}

export function recordPersonalDataRead(db: AccountsDatabase, read: PersonalDataRead, now?: Date): number[] {
  return recordPersonalDataReads(db, [read], now);
}

/** Logs callers receiving earlier disclosures again: one row each, whatever the number of cadres. */
export function recordRepeatedReads(
  db: AccountsDatabase,
  repeats: readonly RepeatedRead[],
  now: Date = new Date(),
): void {
  const readAt = now.toISOString();
  db.transaction(() => {
    for (const { actor, role, disclosureIds } of repeats)
      for (const disclosureId of disclosureIds) insertRead(db, disclosureId, actor, role, readAt);
  })();
}

export interface PersonalDataReadFilter {
  cadreId?: string;
  actor?: string;
  /** Read on or after the start of this day, China time (an ISO instant). */
  readFrom?: string;
  /** Read before this instant (the start of the day after the last one asked). */
  readBefore?: string;
  /** Newest first; at most this many (default 200). */
  limit?: number;
}

/** The log for auditors, newest first, one entry per cadre read. */
export function listPersonalDataReads(
  db: AccountsDatabase,
  { cadreId, actor, readFrom, readBefore, limit = 200 }: PersonalDataReadFilter = {},
): RecordedPersonalDataRead[] {
  const rows = sql(
    db,
    `SELECT r.id, r.actor, r.role, r.read_at, d.operation, d.subjects
       FROM personal_data_disclosure_reads r JOIN personal_data_disclosures d ON d.id = r.disclosure_id
      WHERE (@actor IS NULL OR r.actor = @actor)
        AND (@readFrom IS NULL OR r.read_at >= @readFrom)
        AND (@readBefore IS NULL OR r.read_at < @readBefore)
        AND (@cadreId IS NULL OR r.disclosure_id IN
              (SELECT disclosure_id FROM personal_data_disclosure_subjects WHERE cadre_id = @cadreId))
      ORDER BY r.id DESC LIMIT @limit`,
  ).all({
    cadreId: cadreId ?? null,
    actor: actor ?? null,
    readFrom: readFrom ?? null,
    readBefore: readBefore ?? null,
    limit,
  }) as ReadRow[];
  return rows
    .flatMap((row) =>
      (JSON.parse(row.subjects) as Subject[])
        .filter((subject) => !cadreId || subject.cadreId === cadreId)
        .map((subject) => ({
          id: row.id,
          actor: row.actor,
          role: row.role,
          cadreId: subject.cadreId,
          fields: subject.fields,
          operation: row.operation,
          readAt: row.read_at,
        })),
    )
    .slice(0, limit);
}
