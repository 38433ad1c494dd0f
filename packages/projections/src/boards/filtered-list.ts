import { keysetPage, mapPage, type Page, type PageRequest } from '../pagination.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { toRecord } from '../row-records.js';

type Filters = Record<string, string | number | boolean | undefined>;
type Rec = Record<string, unknown>;

/** A board's page request: one of the list's orders (its default when left out), either way. */
export interface BoardPageRequest<Sort extends string> extends PageRequest {
  sort?: Sort;
  descending?: boolean;
}

export interface FilteredListDefinition<F extends Filters, Sort extends string> {
  from: string;
  /** The columns of a row (every column when left out). */
  select?: string;
  /** The expression each order sorts by (never null: keyset pagination compares it). */
  sorts: Record<Sort, string>;
  defaultSort: Sort;
  /** Whether the default order runs newest first. */
  defaultDescending?: boolean;
  /** Unique per row, so that every order is total. */
  tiebreak: string;
  /** Conditions every row meets whatever the filter (bound values from `bound`). */
  always?: string[];
  /** SQL condition for each filter that is set; its value is bound as @<filter name>. */
  conditions: { [K in keyof F]-?: string };
  jsonColumns?: string[];
}

/** A board's list from one declaration: filters, a choice of orders and keyset pagination. */
export function filteredList<F extends Filters, Sort extends string>(
  definition: FilteredListDefinition<F, Sort>,
) {
  return (
    db: ReadModelDatabase,
    filter: F,
    request: BoardPageRequest<Sort>,
    bound: Record<string, unknown> = {},
  ): Page<Rec> => {
    const where = [...(definition.always ?? [])];
    const params: Record<string, unknown> = { ...bound };
    for (const [name, condition] of Object.entries(definition.conditions) as [string, string][]) {
      const value = filter[name];
      if (value === undefined) continue;
      where.push(condition);
      params[name] = typeof value === 'boolean' ? Number(value) : value;
    }
    const page = keysetPage<Rec>(
      db,
      {
        from: definition.from,
        select: definition.select,
        where,
        params,
        sort: definition.sorts[request.sort ?? definition.defaultSort],
        tiebreak: definition.tiebreak,
        descending: request.descending ?? definition.defaultDescending ?? false,
      },
      request,
    );
    return mapPage(page, (row) => toRecord(row, definition.jsonColumns));
  };
}
