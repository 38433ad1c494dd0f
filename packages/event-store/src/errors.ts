import type { ExpectedRevision } from './port.js';

/** The stream was not at the revision the writer expected: someone else wrote first. Nothing was written. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  readonly code = 'CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, or -1 when it does not exist. */
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at revision ${actual}, expected ${String(expected)}`);
  }
}

/** Some, but not all, of the appended event ids are already stored: not a retry, a mistake. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  readonly code = 'CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} is already stored elsewhere than this append to ${streamId} would put it`);
  }
}

/** The store cannot be reached or opened. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  readonly code = 'UNAVAILABLE';
}
