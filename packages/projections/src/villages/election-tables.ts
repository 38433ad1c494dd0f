import type { TownshipEvent, VillageEvent } from '@cadre/domain';
import { type EventHandler, sql } from '../define-projection.js';

type Data<T extends TownshipEvent['type']> = Extract<TownshipEvent, { type: T }>['data'];
type VillageData<T extends VillageEvent['type']> = Extract<VillageEvent, { type: T }>['data'];

export const ELECTION_TABLES = [
  'village_terms',
  'general_elections',
  'election_villages',
  'election_candidates',
];

/**
 * Each village's terms (the current one is the latest begun; kept apart from the villages' rows so that a
 * term dated before its village's registration still counts in a past day's replay), and 换届: each
 * election, its villages (closed or not) and its candidates per seat with their results.
 */
export const ELECTION_SCHEMA = `
  CREATE TABLE village_terms (
    village_id     TEXT NOT NULL,
    started_on     TEXT NOT NULL,
    planned_end_on TEXT NOT NULL,
    election_id    TEXT,
    PRIMARY KEY (village_id, started_on)
  );
  CREATE TABLE general_elections (
    election_id TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL UNIQUE,
    township_id TEXT NOT NULL,
    started_on  TEXT NOT NULL,
    closed_on   TEXT
  );
  CREATE TABLE election_villages (
    election_id TEXT NOT NULL,
    village_id  TEXT NOT NULL,
    closed_on   TEXT,
    PRIMARY KEY (election_id, village_id)
  );
  CREATE INDEX election_villages_by_village ON election_villages (village_id);
  CREATE TABLE election_candidates (
    id            INTEGER PRIMARY KEY,
    election_id   TEXT NOT NULL,
    village_id    TEXT NOT NULL,
    cadre_id      TEXT NOT NULL,
    committee     TEXT NOT NULL,
    position      TEXT NOT NULL,
    review_id     TEXT NOT NULL,
    registered_on TEXT NOT NULL,
    elected       INTEGER,
    voted_on      TEXT
  );
  CREATE INDEX election_candidates_by_village ON election_candidates (election_id, village_id);
`;

export const ELECTION_HANDLERS: Record<string, EventHandler> = {
  CommitteeTermStarted(db, d: VillageData<'CommitteeTermStarted'>) {
    sql(
      db,
      'INSERT INTO village_terms (village_id, started_on, planned_end_on, election_id) VALUES (?, ?, ?, ?)',
    ).run(d.villageId, d.startedOn, d.plannedEndOn, d.electionId ?? null);
  },
  GeneralElectionStarted(db, d: Data<'GeneralElectionStarted'>, event) {
    sql(
      db,
      'INSERT INTO general_elections (election_id, seq, township_id, started_on) VALUES (?, ?, ?, ?)',
    ).run(d.electionId, Number(event.position), d.townshipId, d.startedOn);
    const join = sql(db, 'INSERT INTO election_villages (election_id, village_id) VALUES (?, ?)');
    for (const villageId of d.villageIds) join.run(d.electionId, villageId);
  },
  ElectionCandidateRegistered(db, d: Data<'ElectionCandidateRegistered'>) {
    sql(
      db,
      `INSERT INTO election_candidates
         (election_id, village_id, cadre_id, committee, position, review_id, registered_on)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(d.electionId, d.villageId, d.cadreId, d.committee, d.position, d.reviewId, d.registeredOn);
  },
  ElectionResultRecorded(db, d: Data<'ElectionResultRecorded'>) {
    sql(
      db,
      `UPDATE election_candidates SET elected = ?, voted_on = ?
       WHERE election_id = ? AND village_id = ? AND cadre_id = ? AND committee = ? AND position = ?`,
    ).run(d.elected ? 1 : 0, d.votedOn, d.electionId, d.villageId, d.cadreId, d.committee, d.position);
  },
  VillageElectionConcluded(db, d: Data<'VillageElectionConcluded'>) {
    sql(db, 'UPDATE election_villages SET closed_on = ? WHERE election_id = ? AND village_id = ?').run(
      d.closedOn,
      d.electionId,
      d.villageId,
    );
  },
  GeneralElectionConcluded(db, d: Data<'GeneralElectionConcluded'>) {
    sql(db, 'UPDATE general_elections SET closed_on = ? WHERE election_id = ?').run(d.closedOn, d.electionId);
  },
};
