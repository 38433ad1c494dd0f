/** Relay-style pages: opaque cursors over a stable sort key, `first` capped so no list is unbounded. */
export interface PageRequest {
  first?: number;
  after?: string;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export function pageSize(request: PageRequest): number {
  return Math.min(Math.max(request.first ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
}

export function encodeCursor(key: number | string): string {
  return Buffer.from(String(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  return cursor === undefined ? undefined : Buffer.from(cursor, 'base64url').toString();
}
