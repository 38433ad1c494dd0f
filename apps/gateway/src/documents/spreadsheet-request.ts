import type { TimeBasis } from '@cadre/projections';
import { pastDay } from '@cadre/projections';
import { clearanceFor } from '../access/masking.js';
import { authorize } from '../access/policy.js';
import type { GatewayContext } from '../graphql/context.js';
import { todayOf } from '../graphql/queries/as-of-read-models.js';
import { scopedVillage } from '../graphql/queries/disclosure.js';
import { withoutNulls } from '../graphql/without-nulls.js';
import type { DocumentRequest } from './document-kind.js';
import type { SpreadsheetKind } from './excel/excel-kinds.js';

/** The filters a spreadsheet may be asked with: those of the list query it exports. */
export interface SpreadsheetFilters {
  villageId?: string | null;
  townshipId?: string | null;
  role?: string | null;
  search?: string | null;
  sort?: string | null;
  descending?: boolean | null;
  year?: number | null;
  kind?: string | null;
  held?: boolean | null;
  status?: string | null;
  level?: string | null;
}

export interface SpreadsheetArgs {
  kind: SpreadsheetKind;
  asOf?: string | null;
  basis?: TimeBasis | null;
  filters?: SpreadsheetFilters | null;
}

/**
 * Per spreadsheet: the query whose answer it is (its policy line and village scope apply) and the filters
 * of that query it takes.
 */
const SOURCES: Record<SpreadsheetKind, { field: string; reach: 'scoped' | 'shared'; filters: string[] }> = {
  ROSTER: {
    field: 'cadres',
    reach: 'scoped',
    filters: ['villageId', 'role', 'search', 'sort', 'descending'],
  },
  RESERVE_POOL: { field: 'cadres', reach: 'scoped', filters: ['villageId', 'search', 'sort', 'descending'] },
  TRAININGS: {
    field: 'trainings',
    reach: 'shared',
    filters: ['townshipId', 'villageId', 'year', 'kind', 'held'],
  },
  PLEDGES: { field: 'pledges', reach: 'scoped', filters: ['townshipId', 'villageId', 'year', 'status'] },
  HONORS: { field: 'honors', reach: 'shared', filters: ['townshipId', 'villageId', 'year', 'level'] },
  STATISTICS: { field: 'statistics', reach: 'scoped', filters: ['townshipId', 'villageId', 'year'] },
};

/**
 * The request a caller's export stands for: the list query's access rules checked (a village secretary
 * kept to their village), its filters, the day (today or a past one), and whose view of personal data
 * it shows. Refused exactly as the list query would refuse it.
 */
export function spreadsheetRequest(context: GatewayContext, args: SpreadsheetArgs): DocumentRequest {
  const source = SOURCES[args.kind];
  const given = withoutNulls(args.filters ?? {}) as Record<string, unknown>;
  const requested = given.villageId as string | undefined;
  if (source.reach === 'shared') authorize(context.principal, source.field, null, context.locale);
  const villageId = source.reach === 'scoped' ? scopedVillage(source.field, requested, context) : requested;
  const params: Record<string, unknown> = {};
  for (const name of source.filters) if (given[name] !== undefined) params[name] = given[name];
  if (villageId) params.villageId = villageId;
  const principal = context.principal!;
  if (principal.villageId) params.audienceVillageId = principal.villageId;
  const today = todayOf(context);
  return {
    kind: `${args.kind.toLowerCase().replaceAll('_', '-')}.xlsx`,
    asOf: pastDay(args.asOf, today) ?? today,
    ...(args.basis && args.basis !== 'OCCURRED' ? { basis: args.basis } : {}),
    params: { ...params, masked: !clearanceFor(principal, villageId).identifiers },
    audience: principal.role,
  };
}
