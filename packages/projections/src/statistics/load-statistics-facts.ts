import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import type { CadreFacts, StatisticsFacts } from './statistics-facts.js';

export interface StatisticsScope {
  townshipId?: string;
  villageId?: string;
}

interface CadreRow {
  cadre_id: string;
  village_id: string | null;
  reserve_village_id: string | null;
  gender: CadreFacts['gender'];
  ethnicity: string;
  birth_date: string;
  education_level: CadreFacts['educationLevel'];
  political_status: string;
  reserve_source: string | null;
  reserve_tier: number | null;
}

/** Reads the facts of one scope (a township, a village, or everything) from the read models. */
export function loadStatisticsFacts(db: ReadModelDatabase, scope: StatisticsScope = {}): StatisticsFacts {
  const villages = sql(
    db,
    `SELECT village_id AS villageId, kind,
         (SELECT started_on FROM village_terms t WHERE t.village_id = villages.village_id ORDER BY started_on DESC LIMIT 1) AS termStartedOn,
         (SELECT planned_end_on FROM village_terms t WHERE t.village_id = villages.village_id ORDER BY started_on DESC LIMIT 1) AS termPlannedEndOn
       FROM villages
       WHERE (@townshipId IS NULL OR township_id = @townshipId) AND (@villageId IS NULL OR village_id = @villageId)`,
  ).all({
    townshipId: scope.townshipId ?? null,
    villageId: scope.villageId ?? null,
  }) as StatisticsFacts['villages'];
  const inScope = new Set(villages.map((v) => v.villageId));
  const cadreRows = (sql(db, 'SELECT * FROM cadres').all() as CadreRow[]).filter(
    (row) => inScope.has(row.village_id ?? '') || inScope.has(row.reserve_village_id ?? ''),
  );
  const cadreIds = new Set(cadreRows.map((row) => row.cadre_id));
  const posts = sql(
    db,
    'SELECT cadre_id, committee, position FROM posts WHERE left_on IS NULL',
  ).all() as Array<{ cadre_id: string; committee: string; position: string }>;
  const cadres: CadreFacts[] = cadreRows.map((row) => ({
    cadreId: row.cadre_id,
    villageId: row.village_id,
    gender: row.gender,
    ethnicity: row.ethnicity,
    birthDate: row.birth_date,
    educationLevel: row.education_level,
    politicalStatus: row.political_status,
    posts: posts
      .filter((p) => p.cadre_id === row.cadre_id)
      .map((p) => ({ committee: p.committee, position: p.position })),
    reserve: row.reserve_source ? { source: row.reserve_source, tier: row.reserve_tier ?? 0 } : null,
  }));
  const ofCadres = <T extends { cadreId: string }>(rows: T[]) =>
    rows.filter((row) => cadreIds.has(row.cadreId));
  const trainings = (
    sql(db, 'SELECT training_id, kind, held_on, attendees FROM trainings').all() as Array<{
      training_id: string;
      kind: 'INTERNAL' | 'EXTERNAL';
      held_on: string | null;
      attendees: string;
    }>
  ).map((t) => ({
    trainingId: t.training_id,
    kind: t.kind,
    heldOn: t.held_on,
    attendees: JSON.parse(t.attendees) as string[],
  }));
  const attendedByScope = trainings.filter((t) => t.attendees.some((id) => cadreIds.has(id)));
  return {
    villages,
    cadres,
    trainings: scope.villageId ? attendedByScope : trainings,
    cadreTrainings: ofCadres(
      sql(
        db,
        // Every record on a cadre's file: sessions they attended (also those their file alone records) and courses.
        'SELECT cadre_id AS cadreId, kind, trained_on AS trainedOn FROM cadre_trainings',
      ).all() as StatisticsFacts['cadreTrainings'],
    ),
    interviews: ofCadres(
      sql(
        db,
        'SELECT cadre_id AS cadreId, kind, held_on AS heldOn FROM interviews',
      ).all() as StatisticsFacts['interviews'],
    ),
    pledges: ofCadres(
      sql(
        db,
        `SELECT cadre_id AS cadreId, year, item_count AS items, residents_rating AS residentsRating,
             organization_rating AS organizationRating FROM pledges`,
      ).all() as StatisticsFacts['pledges'],
    ),
    honors: ofCadres(
      sql(
        db,
        'SELECT cadre_id AS cadreId, level, awarded_on AS awardedOn FROM honors',
      ).all() as StatisticsFacts['honors'],
    ),
    serviceRequests: (
      sql(
        db,
        'SELECT village_id AS villageId, status, resolved_on AS resolvedOn FROM service_requests',
      ).all() as StatisticsFacts['serviceRequests']
    ).filter((r) => inScope.has(r.villageId)),
    benefits: ofCadres(
      sql(db, 'SELECT cadre_id AS cadreId, kind, year FROM benefits').all() as StatisticsFacts['benefits'],
    ),
  };
}
