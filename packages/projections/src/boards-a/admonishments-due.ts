import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { toRecord } from '../row-records.js';
import { type BoardPlace, placeConditions } from './board-places.js';

export interface AdmonishmentDue {
  issueId: string;
  cadreId: string;
  cadreName: string;
  villageId: string | null;
  villageName: string | null;
  /** 民主测评"不称职"票占 …%，应予约谈 */
  description: string;
  raisedOn: string;
}

/**
 * The admonishment talks due now (the 30% rule: an appraisal's "incompetent" share at or above the
 * township's threshold), oldest first, until the talk is held.
 */
export function admonishmentsDue(db: ReadModelDatabase, place: BoardPlace = {}): AdmonishmentDue[] {
  const where = ["w.source = 'ADMONISHMENT_DUE'", 'w.resolved_on IS NULL', ...placeConditions(place)];
  const rows = sql(
    db,
    `SELECT w.issue_id, w.cadre_id, c.name AS cadre_name, v.village_id, v.name AS village_name, w.description,
       w.raised_on
     FROM early_warnings w JOIN cadres c ON c.cadre_id = w.cadre_id LEFT JOIN villages v ON v.village_id = w.village_id
     WHERE ${where.join(' AND ')} ORDER BY w.raised_on, w.issue_id`,
  ).all(place) as Record<string, unknown>[];
  return rows.map((row) => toRecord(row) as unknown as AdmonishmentDue);
}
