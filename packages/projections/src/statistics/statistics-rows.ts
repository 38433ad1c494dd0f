import type {
  CadreFacts,
  CadreRef,
  StatisticsFacts,
  TrainingFacts,
  VillageFacts,
} from './statistics-facts.js';

export interface StatisticsScope {
  townshipId?: string;
  villageId?: string;
}

/** A village as the statistics read it, with the township that scopes it. */
export interface VillageRow extends VillageFacts {
  townshipId: string;
}

/** A training session as the statistics read it, with the township that held it. */
export interface TrainingRow extends TrainingFacts {
  townshipId: string;
}

/** A cadre's row as the statistics read it (the `cadres` columns they count by), with the posts held. */
export interface CadreRow {
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

/** A cadre as the statistics count it, with the reserve village that also places it in a scope. */
export interface CadreInScope extends CadreFacts {
  reserveVillageId: string | null;
}

/**
 * Everything the statistics read, for all places at once: from the live read models or, as of a past
 * day, from the temporal ones. `assembleStatisticsFacts` narrows it to one scope the same way for both.
 */
export interface StatisticsRows extends Omit<StatisticsFacts, 'villages' | 'cadres' | 'trainings'> {
  villages: VillageRow[];
  trainings: TrainingRow[];
  cadres: CadreInScope[];
}

const inScopeOf = (scope: StatisticsScope) => (village: VillageRow) =>
  (scope.townshipId == null || village.townshipId === scope.townshipId) &&
  (scope.villageId == null || village.villageId === scope.villageId);

/** The facts of one scope (a township, a village, or everything). */
export function assembleStatisticsFacts(rows: StatisticsRows, scope: StatisticsScope = {}): StatisticsFacts {
  const villages = rows.villages
    .filter(inScopeOf(scope))
    .map(({ villageId, kind, termStartedOn, termPlannedEndOn }) => ({
      villageId,
      kind,
      termStartedOn,
      termPlannedEndOn,
    }));
  const inScope = new Set(villages.map((v) => v.villageId));
  const cadres: CadreFacts[] = keptWhere(
    rows.cadres,
    (cadre) => inScope.has(cadre.villageId ?? '') || inScope.has(cadre.reserveVillageId ?? ''),
  );
  const cadreIds = new Set(cadres.map((cadre) => cadre.cadreId));
  const ofCadres = <T extends { cadreId: CadreRef }>(items: T[]) =>
    keptWhere(items, (item) => cadreIds.has(item.cadreId));
  return {
    villages,
    cadres,
    trainings: trainingsInScope(rows.trainings, scope, cadreIds),
    cadreTrainings: ofCadres(rows.cadreTrainings),
    interviews: ofCadres(rows.interviews),
    pledges: ofCadres(rows.pledges),
    honors: ofCadres(rows.honors),
    serviceRequests: rows.serviceRequests.filter((r) => inScope.has(r.villageId)),
    benefits: ofCadres(rows.benefits),
  };
}

/**
 * The items that pass, as `filter` gives them; the array itself when all do (the usual case once the SQL
 * has narrowed the rows to the scope): the rows are read for one answer, so nothing else holds it.
 */
function keptWhere<T>(items: T[], passes: (item: T) => boolean): T[] {
  const first = items.findIndex((item) => !passes(item));
  if (first < 0) return items;
  const kept = items.slice(0, first);
  for (let i = first + 1; i < items.length; i++) if (passes(items[i]!)) kept.push(items[i]!);
  return kept;
}

/**
 * A village counts the sessions its cadres attended; a township those it held (not another township's,
 * though its cadres may have gone); everything, all of them.
 */
function trainingsInScope(
  trainings: TrainingRow[],
  scope: StatisticsScope,
  cadreIds: Set<CadreRef>,
): TrainingFacts[] {
  const inScope = scope.villageId
    ? trainings.filter((t) => t.attendees.some((id) => cadreIds.has(id)))
    : scope.townshipId
      ? trainings.filter((t) => t.townshipId === scope.townshipId)
      : trainings;
  return inScope.map(({ trainingId, kind, heldOn, attendees }) => ({ trainingId, kind, heldOn, attendees }));
}

/** A reserve standing as the statistics read it from a row's columns (none without a source). */
export const reserveOf = (source: string | null, tier: number | null): CadreFacts['reserve'] =>
  source ? { source, tier: tier ?? 0 } : null;

/** Groups items by a key: posts by cadre, in one pass instead of one filter per cadre. */
export function groupBy<T, V>(items: readonly T[], keyOf: (item: T) => string, pick: (item: T) => V) {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(pick(item));
    else groups.set(key, [pick(item)]);
  }
  return (key: string): V[] => groups.get(key) ?? [];
}
