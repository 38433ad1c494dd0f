import { EventStoreUnavailableError, type UnavailableReason } from '../errors.js';

/**
 * SQLite's answers that say the file cannot take a write now, not that the write was wrong: no room
 * (SQLITE_FULL: a full disk, or the file at its `max_page_count`), a failing device or file system, a file
 * made read-only or removed, another process holding the write lock past the busy timeout.
 */
const REASON_OF_CODE: ReadonlyArray<[prefix: string, reason: UnavailableReason]> = [
  ['SQLITE_FULL', 'STORE_FULL'],
  ['SQLITE_IOERR', 'STORE_UNREACHABLE'],
  ['SQLITE_CANTOPEN', 'STORE_UNREACHABLE'],
  ['SQLITE_READONLY', 'STORE_UNREACHABLE'],
  ['SQLITE_BUSY', 'STORE_UNREACHABLE'],
  ['SQLITE_NOMEM', 'STORE_UNREACHABLE'],
];

/** The error a caller gets for a failed SQLite write: unavailable (retry later) when the file could not take it. */
export function storeFailure(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const match = REASON_OF_CODE.find(([prefix]) => code.startsWith(prefix));
  if (!match) return error;
  return new EventStoreUnavailableError(undefined, match[1], { cause: error });
}
