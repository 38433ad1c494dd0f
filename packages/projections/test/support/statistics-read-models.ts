import {
  ALL_PROJECTIONS,
  openReadModelDatabase,
  ProjectionApplier,
  type ReadModelDatabase,
} from '../../src/index.js';

/** A cadre as a statistics test states it; what it leaves out is a typical committee member's. */
export interface CadreRowFacts {
  cadreId: string;
  villageId?: string;
  /** The village of the reserve pool the cadre is in (their own village's by default). */
  reserveVillageId?: string;
  gender?: 'MALE' | 'FEMALE';
  ethnicity?: string;
  birthDate?: string;
  educationLevel?: string;
  politicalStatus?: string;
  posts?: Array<{ committee: string; position: string }>;
  reserve?: { source: string; tier: number };
}

export interface TableFacts {
  villages?: Array<{
    villageId: string;
    townshipId?: string;
    kind: 'VILLAGE' | 'COMMUNITY';
    termPlannedEndOn?: string;
  }>;
  cadres?: CadreRowFacts[];
  /** Sessions: held ones also put on each attendee's file, as the trainings projection does. */
  trainings?: Array<{
    trainingId: string;
    townshipId?: string;
    kind: string;
    heldOn: string | null;
    attendees: string[];
  }>;
  interviews?: Array<{ cadreId: string; kind: string; heldOn: string }>;
  pledges?: Array<{
    cadreId: string;
    year: number;
    items: number;
    residentsRating: string | null;
    organizationRating: string | null;
  }>;
  honors?: Array<{ cadreId: string; level: string; awardedOn: string }>;
}

const TOWNSHIP = 't1';

/** Live read models (the real schema, in memory) holding just these facts, in the projections' columns. */
export function readModelsWith(facts: TableFacts): ReadModelDatabase {
  const db = openReadModelDatabase(':memory:');
  new ProjectionApplier(db, ALL_PROJECTIONS);
  const run = (text: string, ...values: unknown[]) => db.prepare(text).run(...values);
  (facts.villages ?? [{ villageId: 'v1', kind: 'VILLAGE' }]).forEach((v, i) => {
    run(
      'INSERT INTO villages (village_id, seq, township_id, name, kind) VALUES (?, ?, ?, ?, ?)',
      v.villageId,
      i,
      v.townshipId ?? TOWNSHIP,
      v.villageId,
      v.kind,
    );
    if (v.termPlannedEndOn)
      run(
        'INSERT INTO village_terms (village_id, started_on, planned_end_on) VALUES (?, ?, ?)',
        v.villageId,
        '2021-01-01',
        v.termPlannedEndOn,
      );
  });
  (facts.cadres ?? []).forEach((c, i) => {
    run(
      `INSERT INTO cadres (cadre_id, seq, registered_at, name, gender, ethnicity, birth_date, id_number, political_status,
         education_level, profile, village_id, reserve_village_id, reserve_source, reserve_tier)
       VALUES (?, ?, '2020-01-01', ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)`,
      c.cadreId,
      i,
      c.cadreId,
      c.gender ?? 'MALE',
      c.ethnicity ?? '汉族',
      c.birthDate ?? '1980-06-01',
      `id-${c.cadreId}`,
      c.politicalStatus ?? 'CPC_MEMBER',
      c.educationLevel ?? 'JUNIOR_COLLEGE',
      c.villageId ?? 'v1',
      c.reserve ? (c.reserveVillageId ?? c.villageId ?? 'v1') : null,
      c.reserve?.source ?? null,
      c.reserve?.tier ?? null,
    );
    for (const post of c.posts ?? [{ committee: 'PARTY_COMMITTEE', position: 'MEMBER' }])
      run(
        `INSERT INTO posts (cadre_id, village_id, committee, position, method, appointed_on)
         VALUES (?, ?, ?, ?, 'ELECTION', '2021-01-01')`,
        c.cadreId,
        c.villageId ?? 'v1',
        post.committee,
        post.position,
      );
  });
  for (const t of facts.trainings ?? []) {
    run(
      `INSERT INTO trainings (training_id, township_id, topic, kind, date, place, held_on, attendees)
       VALUES (?, ?, 'topic', ?, ?, 'place', ?, ?)`,
      t.trainingId,
      t.townshipId ?? TOWNSHIP,
      t.kind,
      t.heldOn ?? '2026-12-31',
      t.heldOn,
      JSON.stringify(t.attendees),
    );
    if (t.heldOn)
      for (const cadreId of t.attendees)
        run(
          `INSERT INTO cadre_trainings (cadre_id, training_id, topic, kind, trained_on, from_session, occurred_at, recorded_at)
           VALUES (?, ?, 'topic', ?, ?, 1, ?, ?)`,
          cadreId,
          t.trainingId,
          t.kind,
          t.heldOn,
          t.heldOn,
          t.heldOn,
        );
  }
  for (const i of facts.interviews ?? [])
    run(
      `INSERT INTO interviews (cadre_id, kind, interviewer, held_on, findings) VALUES (?, ?, 'x', ?, 'x')`,
      i.cadreId,
      i.kind,
      i.heldOn,
    );
  for (const p of facts.pledges ?? [])
    run(
      `INSERT INTO pledges (cadre_id, year, items, item_count, made_on, residents_rating, organization_rating)
       VALUES (?, ?, '[]', ?, ?, ?, ?)`,
      p.cadreId,
      p.year,
      p.items,
      `${p.year}-01-01`,
      p.residentsRating,
      p.organizationRating,
    );
  for (const [i, h] of (facts.honors ?? []).entries())
    run(
      `INSERT INTO honors (event_id, cadre_id, title, level, awarding_body, awarded_on) VALUES (?, ?, 'x', ?, 'x', ?)`,
      `h${i}`,
      h.cadreId,
      h.level,
      h.awardedOn,
    );
  return db;
}
