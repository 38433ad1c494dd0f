import type { CadreState } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

/** Where a candidate's joint qualification review stands. */
export type CandidateReviewStatus = 'OPEN' | 'APPROVED' | 'REJECTED';

export interface ElectionCandidateRecord {
  cadreId: string;
  cadreName: string;
  committee: string;
  position: string;
  reviewId: string;
  registeredOn: string;
  reviewStatus: CandidateReviewStatus;
  /** null until the vote is recorded. */
  elected: boolean | null;
  votedOn: string | null;
}

export interface ElectionVillageRecord {
  villageId: string;
  name: string;
  closedOn: string | null;
  candidates: ElectionCandidateRecord[];
}

export interface GeneralElectionRecord {
  electionId: string;
  townshipId: string;
  startedOn: string;
  closedOn: string | null;
  villages: ElectionVillageRecord[];
}

/** A village's part in the 换届 that included it last. */
export interface VillageElectionRecord {
  electionId: string;
  startedOn: string;
  /** When the village's election closed; null while it runs. */
  closedOn: string | null;
}

interface CandidateRow {
  cadre_id: string;
  name: string | null;
  committee: string;
  position: string;
  review_id: string;
  registered_on: string;
  elected: number | null;
  voted_on: string | null;
}

function reviewStatus(db: ReadModelDatabase, cadreId: string, reviewId: string): CandidateReviewStatus {
  const document = sql(db, 'SELECT state FROM cadre_states WHERE cadre_id = ?').pluck().get(cadreId) as
    | string
    | undefined;
  const state = document ? (JSON.parse(document) as CadreState) : undefined;
  const review = state?.qualificationReviews.find((r) => r.reviewId === reviewId);
  return review?.conclusion?.outcome ?? 'OPEN';
}

function candidatesOf(
  db: ReadModelDatabase,
  electionId: string,
  villageId: string,
): ElectionCandidateRecord[] {
  const rows = sql(
    db,
    `SELECT e.*, c.name FROM election_candidates e LEFT JOIN cadres c USING (cadre_id)
     WHERE e.election_id = ? AND e.village_id = ? ORDER BY e.committee, e.id`,
  ).all(electionId, villageId) as CandidateRow[];
  return rows.map((r) => ({
    cadreId: r.cadre_id,
    cadreName: r.name ?? '',
    committee: r.committee,
    position: r.position,
    reviewId: r.review_id,
    registeredOn: r.registered_on,
    reviewStatus: reviewStatus(db, r.cadre_id, r.review_id),
    elected: r.elected === null ? null : r.elected === 1,
    votedOn: r.voted_on,
  }));
}

/** The township's 换届, the latest first, with their villages and candidates per seat. */
export function listGeneralElections(db: ReadModelDatabase, townshipId?: string): GeneralElectionRecord[] {
  const elections = sql(
    db,
    `SELECT election_id, township_id, started_on, closed_on FROM general_elections
     WHERE @townshipId IS NULL OR township_id = @townshipId ORDER BY seq DESC`,
  ).all({ townshipId: townshipId ?? null }) as Array<Record<string, string | null>>;
  return elections.map((e) => {
    const electionId = e.election_id!;
    const villages = sql(
      db,
      `SELECT ev.village_id, v.name, ev.closed_on FROM election_villages ev JOIN villages v USING (village_id)
       WHERE ev.election_id = ? ORDER BY v.seq`,
    ).all(electionId) as Array<{ village_id: string; name: string; closed_on: string | null }>;
    return {
      electionId,
      townshipId: e.township_id!,
      startedOn: e.started_on!,
      closedOn: e.closed_on ?? null,
      villages: villages.map((v) => ({
        villageId: v.village_id,
        name: v.name,
        closedOn: v.closed_on,
        candidates: candidatesOf(db, electionId, v.village_id),
      })),
    };
  });
}

export function villageElection(db: ReadModelDatabase, villageId: string): VillageElectionRecord | null {
  const row = sql(
    db,
    `SELECT g.election_id, g.started_on, ev.closed_on FROM election_villages ev JOIN general_elections g USING (election_id)
     WHERE ev.village_id = ? ORDER BY g.seq DESC LIMIT 1`,
  ).get(villageId) as { election_id: string; started_on: string; closed_on: string | null } | undefined;
  return row ? { electionId: row.election_id, startedOn: row.started_on, closedOn: row.closed_on } : null;
}

/** The term a village began last: its current one. */
export function currentTerm(
  db: ReadModelDatabase,
  villageId: string,
): { startedOn: string; plannedEndOn: string } | null {
  const row = sql(
    db,
    `SELECT started_on, planned_end_on FROM village_terms WHERE village_id = ? ORDER BY started_on DESC LIMIT 1`,
  ).get(villageId) as { started_on: string; planned_end_on: string } | undefined;
  return row ? { startedOn: row.started_on, plannedEndOn: row.planned_end_on } : null;
}
