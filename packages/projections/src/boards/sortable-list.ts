import { keysetPage, mapPage, type Page, type PageRequest } from '../pagination.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { toRecord } from '../row-records.js';

type Filters = Record<string, string | number | boolean | undefined>;
type Rec = Record<string, unknown>;

/** A page request of a board's list: which of its orders, and which way. */
export interface SortedPageRequest<Sort extends string> extends PageRequest {
  sort?: Sort;
  descending?: boolean;
}

interface SortableListDefinition<F extends Filters, Sort extends string> {
  from: string;
  select: string;
  /** The expression each order sorts by (never null: keyset pagination compares it). */
  sorts: Record<Sort, string>;
  defaultSort: Sort;
  /** Unique per row, so that every order is total. */
  tiebreak: string;
  /** SQL condition for each filter that is set; its value is bound as @<filter name>. */
  conditions: { [K in keyof F]-?: string };
}

/**
 * A board's list: filters, a choice of orders (each either way) and keyset pagination, from one
 * declaration. `bound` are values the selected columns use whatever the filter (the day a "days open"
 * count is taken on).
 */
export function sortableList<F extends Filters, Sort extends string>(
  definition: SortableListDefinition<F, Sort>,
) {
  return (
    db: ReadModelDatabase,
    filter: F,
    request: SortedPageRequest<Sort>,
    bound: Record<string, unknown> = {},
  ): Page<Rec> => {
    const where: string[] = [];
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
        descending: request.descending ?? false,
      },
      request,
    );
    return mapPage(page, (row) => toRecord(row));
  };
}
