import type { CadreEventOf, TownshipEvent, VillageEvent } from '@cadre/domain';
import { admonishmentDescription } from '../cadres/admonishment-warning.js';
import { defineProjection, json, sql } from '../define-projection.js';
import { ELECTION_HANDLERS, ELECTION_SCHEMA, ELECTION_TABLES } from './election-tables.js';

type TownshipData<T extends TownshipEvent['type']> = Extract<TownshipEvent, { type: T }>['data'];
type VillageData<T extends VillageEvent['type']> = Extract<VillageEvent, { type: T }>['data'];

/**
 * Townships and their settings, villages and their current terms, committee reviews (届中分析), early
 * warnings (those the reviews flag, and the admonishment a democratic appraisal calls for, open until the
 * talk is held) and the township's 换届.
 */
export const villagesProjection = defineProjection({
  name: 'villages',
  version: 4,
  tables: ['townships', 'villages', 'committee_reviews', 'early_warnings', ...ELECTION_TABLES],
  lookupIndexes: ['early_warnings_by_cadre'],
  schema: `
    CREATE TABLE townships (
      township_id TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      district    TEXT NOT NULL,
      settings    TEXT NOT NULL
    );
    CREATE TABLE villages (
      village_id  TEXT PRIMARY KEY,
      seq         INTEGER NOT NULL UNIQUE,
      township_id TEXT NOT NULL,
      name        TEXT NOT NULL,
      kind        TEXT NOT NULL
    );
    CREATE INDEX villages_by_township ON villages (township_id);
    CREATE TABLE committee_reviews (
      id          INTEGER PRIMARY KEY,
      village_id  TEXT NOT NULL,
      period      TEXT NOT NULL,
      reviewed_on TEXT NOT NULL,
      findings    TEXT NOT NULL
    );
    CREATE INDEX committee_reviews_by_village ON committee_reviews (village_id, reviewed_on);
    CREATE TABLE early_warnings (
      issue_id          TEXT PRIMARY KEY,
      source            TEXT NOT NULL,
      village_id        TEXT,
      cadre_id          TEXT,
      description       TEXT NOT NULL,
      raised_on         TEXT NOT NULL,
      resolved_on       TEXT,
      corrective_action TEXT
    );
    CREATE INDEX early_warnings_open ON early_warnings (resolved_on, raised_on);
    CREATE INDEX early_warnings_by_cadre ON early_warnings (cadre_id, resolved_on);
    ${ELECTION_SCHEMA}
  `,
  handlers: {
    TownshipRegistered(db, d: TownshipData<'TownshipRegistered'>) {
      sql(db, 'INSERT INTO townships (township_id, name, district, settings) VALUES (?, ?, ?, ?)').run(
        d.townshipId,
        d.name,
        d.district,
        json(d.settings),
      );
    },
    TownshipSettingsChanged(db, { townshipId, ...settings }: TownshipData<'TownshipSettingsChanged'>) {
      sql(db, 'UPDATE townships SET settings = ? WHERE township_id = ?').run(json(settings), townshipId);
    },
    VillageRegistered(db, d: VillageData<'VillageRegistered'>, event) {
      sql(db, 'INSERT INTO villages (village_id, seq, township_id, name, kind) VALUES (?, ?, ?, ?, ?)').run(
        d.villageId,
        Number(event.position),
        d.townshipId,
        d.name,
        d.kind,
      );
    },
    ...ELECTION_HANDLERS,
    CommitteeReviewRecorded(db, d: VillageData<'CommitteeReviewRecorded'>) {
      sql(
        db,
        'INSERT INTO committee_reviews (village_id, period, reviewed_on, findings) VALUES (?, ?, ?, ?)',
      ).run(d.villageId, d.period, d.reviewedOn, d.findings);
      const raise = sql(
        db,
        `INSERT INTO early_warnings (issue_id, source, village_id, description, raised_on) VALUES (?, 'COMMITTEE_REVIEW', ?, ?, ?)`,
      );
      for (const warning of d.earlyWarnings)
        raise.run(warning.issueId, d.villageId, warning.description, d.reviewedOn);
    },
    EarlyWarningResolved(db, d: VillageData<'EarlyWarningResolved'>) {
      sql(db, 'UPDATE early_warnings SET resolved_on = ?, corrective_action = ? WHERE issue_id = ?').run(
        d.resolvedOn,
        d.correctiveAction,
        d.issueId,
      );
    },
    AdmonishmentRequired(db, d: CadreEventOf<'AdmonishmentRequired'>['data'], event) {
      const village = sql(db, 'SELECT village_id FROM cadres WHERE cadre_id = ?').get(d.cadreId) as
        | { village_id: string | null }
        | undefined;
      sql(
        db,
        `INSERT INTO early_warnings (issue_id, source, village_id, cadre_id, description, raised_on)
         VALUES (?, 'ADMONISHMENT_DUE', ?, ?, ?, ?)`,
      ).run(event.id, village?.village_id ?? null, d.cadreId, admonishmentDescription(d), d.requiredOn);
    },
    CadreInterviewed(db, d: CadreEventOf<'CadreInterviewed'>['data']) {
      if (d.kind !== 'ADMONISHMENT') return;
      sql(
        db,
        `UPDATE early_warnings SET resolved_on = ?, corrective_action = '已约谈'
         WHERE source = 'ADMONISHMENT_DUE' AND cadre_id = ? AND resolved_on IS NULL`,
      ).run(d.heldOn, d.cadreId);
    },
  },
});
