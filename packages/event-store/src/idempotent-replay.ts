import { DuplicateEventIdError } from './errors.js';
import type { AppendResult, NewEvent } from './port.js';

/** Where an event id is already stored. */
export interface StoredEventLocation {
  streamId: string;
  revision: number;
  position: bigint;
}

/**
 * The same events appended again (a retried command): the answer of the first time, so that nothing is
 * written twice. Undefined when none of the ids is stored; a DuplicateEventIdError when only some are,
 * or when they are stored elsewhere than as this append, in this order.
 *
 * @param stored where each of `events` is already stored, index for index
 */
export function findIdempotentReplay(
  streamId: string,
  events: readonly NewEvent[],
  stored: readonly (StoredEventLocation | undefined)[],
): AppendResult | undefined {
  if (stored.every((location) => location === undefined)) return undefined;
  const first = stored[0];
  const sameWrite =
    first !== undefined &&
    stored.every(
      (location, i) => location?.streamId === streamId && location.revision === first.revision + i,
    );
  if (!sameWrite) {
    const clash = events[stored.findIndex((location) => location !== undefined)]!;
    throw new DuplicateEventIdError(streamId, clash.id);
  }
  const last = stored[stored.length - 1]!;
  return { nextExpectedRevision: last.revision, position: last.position, replayed: true };
}
