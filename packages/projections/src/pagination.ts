import { DomainError } from '@cadre/domain';
import type { Statement } from 'better-sqlite3';
import { sql } from './define-projection.js';
import type { ReadModelDatabase } from './read-model-database.js';

/** Relay-style pages: opaque cursors over a stable sort key, `first` capped so no list is unbounded. */
export interface PageRequest {
  first?: number;
  after?: string;
}

export interface Page<T> {
  nodes: T[];
  /** The cursor of the node at `index`, encoded when asked: most pages are read without their cursors. */
  cursorAt(index: number): string;
  hasNextPage: boolean;
  totalCount: number;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export function pageSize(request: PageRequest): number {
  return Math.min(Math.max(request.first ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(key) && key.length === 2) return key;
  } catch {
    // fall through
  }
  throw new DomainError(
    'BAD_USER_INPUT',
    'INVALID_CURSOR',
    { zh: '分页游标无效，请从第一页重新开始', en: 'Invalid page cursor; start again from the first page' },
    'after',
  );
}

export interface KeysetQuery {
  /** Table or join, e.g. `cadres c`. */
  from: string;
  where: string[];
  params: Record<string, unknown>;
  /** The column to sort by; `tiebreak` (unique, increasing) makes the order total. */
  sort: string;
  tiebreak: string;
  descending?: boolean;
  select?: string;
  /** The total matching the filter when a read model keeps it: no count is run. */
  totalCount?: number;
}

const columnsOfStatement = new WeakMap<Statement, string[]>();

function columnsOf(statement: Statement): string[] {
  let columns = columnsOfStatement.get(statement);
  if (!columns) {
    columns = statement.columns().map((column) => column.name);
    columnsOfStatement.set(statement, columns);
  }
  return columns;
}

/**
 * One page of a keyset-paginated query: rows after the cursor's (sort, tiebreak) pair, one more than
 * asked to know whether another page follows, and the total matching the filter.
 */
export function keysetPage<Row extends Record<string, unknown>>(
  db: ReadModelDatabase,
  query: KeysetQuery,
  request: PageRequest,
): Page<Row> {
  const size = pageSize(request);
  const where = [...query.where];
  const params: Record<string, unknown> = { ...query.params, limit: size + 1 };
  if (request.after) {
    const [sortValue, tiebreakValue] = decodeCursor(request.after);
    where.push(
      `(${query.sort}, ${query.tiebreak}) ${query.descending ? '<' : '>'} (@afterSort, @afterTiebreak)`,
    );
    params.afterSort = sortValue;
    params.afterTiebreak = tiebreakValue;
  }
  const direction = query.descending ? 'DESC' : 'ASC';
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  // the sort key's two values come last, after the row's own columns
  const statement = sql(
    db,
    `SELECT ${query.select ?? '*'}, ${query.sort}, ${query.tiebreak} FROM ${query.from} ${clause}
       ORDER BY ${query.sort} ${direction}, ${query.tiebreak} ${direction} LIMIT @limit`,
    { raw: true },
  );
  const columns = columnsOf(statement);
  const values = statement.all(params) as unknown[][];
  const kept = Math.min(values.length, size);
  const own = columns.length - 2;
  const nodes = new Array<Row>(kept);
  for (let r = 0; r < kept; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < own; c++) row[columns[c]!] = values[r]![c];
    nodes[r] = row as Row;
  }
  return {
    nodes,
    cursorAt: (index) => encodeCursor([values[index]![own], values[index]![own + 1]]),
    hasNextPage: values.length > size,
    totalCount: query.totalCount ?? countOf(db, query),
  };
}

function countOf(db: ReadModelDatabase, query: KeysetQuery): number {
  const where = query.where.length > 0 ? `WHERE ${query.where.join(' AND ')}` : '';
  const { total } = sql(db, `SELECT COUNT(*) AS total FROM ${query.from} ${where}`).get(query.params) as {
    total: number;
  };
  return total;
}

/** The cursor of a page's last node, to ask for the next page (none for an empty page). */
export const endCursorOf = (page: Page<unknown>): string | undefined =>
  page.nodes.length === 0 ? undefined : page.cursorAt(page.nodes.length - 1);

export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { ...page, nodes: page.nodes.map(map) };
}
