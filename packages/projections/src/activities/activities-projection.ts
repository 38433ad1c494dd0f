import type { CadreEventOf, CadreEventType } from '@cadre/domain';
import { defineProjection, json, sql } from '../define-projection.js';

type Data<T extends CadreEventType> = CadreEventOf<T>['data'];

/** What cadres did and received: talks (谈心谈话、约谈), pledges (一诺双评), honors and benefits. */
export const activitiesProjection = defineProjection({
  name: 'activities',
  version: 1,
  tables: ['interviews', 'pledges', 'honors', 'benefits'],
  schema: `
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
  `,
  handlers: {
    CadreInterviewed(db, d: Data<'CadreInterviewed'>) {
      sql(
        db,
        'INSERT INTO interviews (cadre_id, kind, interviewer, held_on, findings, votes) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(d.cadreId, d.kind, d.interviewer, d.heldOn, d.findings, d.votes ? json(d.votes) : null);
    },
    PledgeMade(db, d: Data<'PledgeMade'>) {
      sql(db, 'INSERT INTO pledges (cadre_id, year, items, item_count, made_on) VALUES (?, ?, ?, ?, ?)').run(
        d.cadreId,
        d.year,
        json(d.items),
        d.items.length,
        d.madeOn,
      );
    },
    PledgeProgressReported(db, d: Data<'PledgeProgressReported'>) {
      sql(db, 'UPDATE pledges SET progress = ?, progress_on = ? WHERE cadre_id = ? AND year = ?').run(
        d.progress,
        d.reportedOn,
        d.cadreId,
        d.year,
      );
    },
    PledgeEvaluated(db, d: Data<'PledgeEvaluated'>) {
      sql(
        db,
        'UPDATE pledges SET residents_rating = ?, organization_rating = ?, evaluated_on = ? WHERE cadre_id = ? AND year = ?',
      ).run(d.residentsRating, d.organizationRating, d.evaluatedOn, d.cadreId, d.year);
    },
    CadreHonored(db, d: Data<'CadreHonored'>, event) {
      sql(
        db,
        'INSERT INTO honors (event_id, cadre_id, title, level, awarding_body, awarded_on) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(event.id, d.cadreId, d.title, d.level, d.awardingBody, d.awardedOn);
    },
    BenefitGranted(db, d: Data<'BenefitGranted'>, event) {
      sql(db, 'INSERT INTO benefits (event_id, cadre_id, kind, year, amount) VALUES (?, ?, ?, ?, ?)').run(
        event.id,
        d.cadreId,
        d.kind,
        d.year,
        d.amount,
      );
    },
  },
});
