import type { StatisticsScope } from './statistics-rows.js';

/**
 * The SQL narrowing of a statistics scope: every query reads the rows of the scope's villages and their
 * cadres only. It is a pre-filter, never the rule: `assembleStatisticsFacts` narrows the rows again, the
 * same way for the live and the temporal read models, so a scope's figures are the same with or without it.
 * Unscoped (everything), the clauses are left out and the queries read every row without a subquery.
 */
export interface ScopeSql {
  /** Whether a township or a village is asked for. */
  scoped: boolean;
  /** The `WHERE` of the scope's villages on a table with `village_id` and `township_id` (`1` when unscoped). */
  villageInScope: string;
  /** `AND …` narrowing a query's `village_id` to the scope's villages (empty when unscoped). */
  village: (column?: string) => string;
  /** `AND …` narrowing a cadre row to those whose village or reserve village is in scope (empty when unscoped). */
  cadreRow: string;
  /** `AND …` narrowing a query's `cadre_id` to the cadres of the scope's villages (empty when unscoped). */
  cadre: (column?: string) => string;
  /** `AND …` narrowing a query's `township_id` to a township's (empty unless a township is asked for). */
  township: (column?: string) => string;
  /** The parameters the clauses name. */
  parameters: { townshipId: string | null; villageId: string | null };
}

/**
 * @param villagesOfScope a SELECT of the village ids in scope, given the `WHERE` of the scope's villages
 * @param cadreIds a SELECT of the ids of the cadre rows that count (a WHERE without the scope's)
 */
export function scopeSql(
  scope: StatisticsScope,
  villagesOfScope: (villageInScope: string) => string,
  cadreIds: string,
): ScopeSql {
  const scoped = scope.townshipId != null || scope.villageId != null;
  const when = (clause: string) => (scoped ? ` AND ${clause}` : '');
  const villageInScope = villageInScopeOf(scope);
  const villages = villagesOfScope(villageInScope);
  const cadreRow = when(`(village_id IN (${villages}) OR reserve_village_id IN (${villages}))`);
  return {
    scoped,
    villageInScope,
    village: (column = 'village_id') => when(`${column} IN (${villages})`),
    cadreRow,
    cadre: (column = 'cadre_id') => when(`${column} IN (${cadreIds}${cadreRow})`),
    township: (column = 'township_id') =>
      scope.townshipId != null && scope.villageId == null ? ` AND ${column} = @townshipId` : '',
    parameters: { townshipId: scope.townshipId ?? null, villageId: scope.villageId ?? null },
  };
}

/**
 * Written for the scope asked, not `(@townshipId IS NULL OR …)`: SQLite plans a statement once, so only a
 * clause without the OR lets it search the villages by township (or the one village) instead of scanning all.
 */
function villageInScopeOf(scope: StatisticsScope): string {
  const clauses = [
    ...(scope.townshipId != null ? ['township_id = @townshipId'] : []),
    ...(scope.villageId != null ? ['village_id = @villageId'] : []),
  ];
  return clauses.length === 0 ? '1' : clauses.join(' AND ');
}
