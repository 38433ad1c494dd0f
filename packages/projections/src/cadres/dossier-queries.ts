import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { toRecord } from '../row-records.js';

function records(
  db: ReadModelDatabase,
  query: string,
  cadreId: string,
  jsonColumns: string[] = [],
): Record<string, unknown>[] {
  return (sql(db, query).all(cadreId) as Record<string, unknown>[]).map((row) => toRecord(row, jsonColumns));
}

/** The parts of 一人一档 kept in their own tables, each as plain records, oldest first. */
export function dossierRecords(db: ReadModelDatabase, cadreId: string) {
  return {
    qualificationReviews: records(
      db,
      'SELECT * FROM qualification_reviews WHERE cadre_id = ? ORDER BY opened_on',
      cadreId,
      ['departments', 'verdicts'],
    ),
    trainings: records(
      db,
      'SELECT * FROM cadre_trainings WHERE cadre_id = ? ORDER BY trained_on, id',
      cadreId,
    ),
    interviews: records(db, 'SELECT * FROM interviews WHERE cadre_id = ? ORDER BY held_on, id', cadreId, [
      'votes',
    ]),
    education: records(db, 'SELECT * FROM education_records WHERE cadre_id = ? ORDER BY id', cadreId),
    pledges: records(db, 'SELECT * FROM pledges WHERE cadre_id = ? ORDER BY year', cadreId, ['items']),
    honors: records(db, 'SELECT * FROM honors WHERE cadre_id = ? ORDER BY awarded_on', cadreId),
    assessments: records(db, 'SELECT * FROM assessments WHERE cadre_id = ? ORDER BY year', cadreId),
    benefits: records(db, 'SELECT * FROM benefits WHERE cadre_id = ? ORDER BY year, kind', cadreId),
    openWarnings: records(
      db,
      'SELECT issue_id, description, raised_on FROM early_warnings WHERE cadre_id = ? AND resolved_on IS NULL',
      cadreId,
    ),
  };
}

export type DossierRecords = ReturnType<typeof dossierRecords>;
