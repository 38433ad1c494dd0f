import { setTimeout as sleep } from 'node:timers/promises';
import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  UnknownError,
} from '@eventstore/db-client';

/** What the server or the network does to a call (restart, failover, dropped connection), not the caller. */
export function isDroppedConnection(error: unknown): boolean {
  return [
    UnavailableError,
    CancelledError,
    DeadlineExceededError,
    TimeoutError,
    NotLeaderError,
    UnknownError,
  ].some((kind) => error instanceof kind);
}

/**
 * The work, tried once more when the connection dropped under it: the client only reconnects on the call
 * after the failed one. Reads are safe to repeat, and so are appends, which recognise their own events.
 */
export async function retryIfDropped<T>(work: () => Promise<T>, delayMs: number): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDroppedConnection(error)) throw error;
    await sleep(delayMs);
    return work();
  }
}
