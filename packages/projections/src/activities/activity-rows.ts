import type { CadreRecord, Pledge } from '@cadre/domain';
import { pledgeRecord } from '../cadres/cadre-records.js';
import { appendedRows, keyedRows, type StateRows } from '../cadres/state-rows.js';
import { json, sql } from '../define-projection.js';

/**
 * What cadres did and received, as rows for lists and statistics: talks (谈心谈话、约谈), pledges
 * (一诺双评), honors and benefits. They follow each cadre's folded state (see `cadresProjection`).
 */
export const ACTIVITY_TABLES = ['interviews', 'pledges', 'honors', 'benefits'] as const;

export const ACTIVITIES_SCHEMA = `
  CREATE TABLE interviews (
    id          INTEGER PRIMARY KEY,
    cadre_id    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    interviewer TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    findings    TEXT NOT NULL,
    votes       TEXT
  );
  CREATE INDEX interviews_by_cadre ON interviews (cadre_id, held_on);
  CREATE INDEX interviews_by_kind ON interviews (kind, held_on);
  CREATE TABLE pledges (
    cadre_id            TEXT NOT NULL,
    year                INTEGER NOT NULL,
    items               TEXT NOT NULL,
    item_count          INTEGER NOT NULL,
    made_on             TEXT NOT NULL,
    progress            TEXT,
    progress_on         TEXT,
    residents_rating    TEXT,
    organization_rating TEXT,
    evaluated_on        TEXT,
    PRIMARY KEY (cadre_id, year)
  );
  CREATE INDEX pledges_by_year ON pledges (year);
  CREATE TABLE honors (
    event_id      TEXT PRIMARY KEY,
    cadre_id      TEXT NOT NULL,
    title         TEXT NOT NULL,
    level         TEXT NOT NULL,
    awarding_body TEXT NOT NULL,
    awarded_on    TEXT NOT NULL
  );
  CREATE INDEX honors_by_cadre ON honors (cadre_id);
  CREATE TABLE benefits (
    event_id TEXT PRIMARY KEY,
    cadre_id TEXT NOT NULL,
    kind     TEXT NOT NULL,
    year     INTEGER NOT NULL,
    amount   REAL NOT NULL
  );
  CREATE INDEX benefits_by_cadre ON benefits (cadre_id, year);
`;

export const ACTIVITY_ROWS: readonly StateRows[] = [
  appendedRows<CadreRecord<'CadreInterviewed'>>({
    name: 'interviews',
    list: (state) => state.interviews,
    insert(db, cadreId, interview) {
      sql(
        db,
        'INSERT INTO interviews (cadre_id, kind, interviewer, held_on, findings, votes) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(
        cadreId,
        interview.kind,
        interview.interviewer,
        interview.heldOn,
        interview.findings,
        interview.votes ? json(interview.votes) : null,
      );
    },
  }),
  keyedRows<Pledge>({
    table: 'pledges',
    list: (state) => state.pledges,
    sameKey: (a, b) => a.year === b.year,
    upsert(db, cadreId, pledge) {
      const p = pledgeRecord(cadreId, pledge);
      sql(
        db,
        `INSERT INTO pledges (cadre_id, year, items, item_count, made_on, progress, progress_on,
           residents_rating, organization_rating, evaluated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (cadre_id, year) DO UPDATE SET items = excluded.items, item_count = excluded.item_count,
           made_on = excluded.made_on, progress = excluded.progress, progress_on = excluded.progress_on,
           residents_rating = excluded.residents_rating, organization_rating = excluded.organization_rating,
           evaluated_on = excluded.evaluated_on`,
      ).run(
        cadreId,
        p.year,
        json(p.items),
        p.itemCount,
        p.madeOn,
        p.progress,
        p.progressOn,
        p.residentsRating,
        p.organizationRating,
        p.evaluatedOn,
      );
    },
  }),
  appendedRows<CadreRecord<'CadreHonored'>>({
    name: 'honors',
    list: (state) => state.honors,
    insert(db, cadreId, honor, event) {
      sql(
        db,
        'INSERT INTO honors (event_id, cadre_id, title, level, awarding_body, awarded_on) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(event.id, cadreId, honor.title, honor.level, honor.awardingBody, honor.awardedOn);
    },
  }),
  appendedRows<CadreRecord<'BenefitGranted'>>({
    name: 'benefits',
    list: (state) => state.benefits,
    insert(db, cadreId, benefit, event) {
      sql(db, 'INSERT INTO benefits (event_id, cadre_id, kind, year, amount) VALUES (?, ?, ?, ?, ?)').run(
        event.id,
        cadreId,
        benefit.kind,
        benefit.year,
        benefit.amount,
      );
    },
  }),
];
