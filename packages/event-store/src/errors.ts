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

/** Why the store cannot take writes: no room left (a full disk), or it cannot be reached, opened or written. */
export type UnavailableReason = 'STORE_FULL' | 'STORE_UNREACHABLE';

/** What a caller is told, in Chinese and English: nothing was written, and when to try again. */
export const UNAVAILABLE_MESSAGES: Record<UnavailableReason, { zh: string; en: string }> = {
  STORE_FULL: {
    zh: '事件存储空间已满（磁盘已满），本次操作未写入任何内容；腾出空间后即可恢复，请稍后用同一命令编号重试',
    en: 'The event store is full (no disk space left); nothing was written. Writes resume once space is freed: try again later with the same command id',
  },
  STORE_UNREACHABLE: {
    zh: '事件存储暂时不可用，本次操作未写入任何内容，请稍后用同一命令编号重试',
    en: 'The event store is unavailable for now; nothing was written. Try again later with the same command id',
  },
};

/**
 * The store cannot be reached, opened or written (a full disk, a failing device, a server that does not
 * answer). What failed was not written; the same command sent again later is carried out once.
 */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  readonly code = 'UNAVAILABLE';
  readonly messages: { zh: string; en: string };
  constructor(
    message?: string,
    readonly reason: UnavailableReason = 'STORE_UNREACHABLE',
    options?: ErrorOptions,
  ) {
    super(message ?? `${UNAVAILABLE_MESSAGES[reason].zh} / ${UNAVAILABLE_MESSAGES[reason].en}`, options);
    this.messages = UNAVAILABLE_MESSAGES[reason];
  }
}
