import { type Position, type ReadPosition, START } from '@eventstore/db-client';

/**
 * Our global position is an event's commit position. Events written outside explicit transactions (all
 * of ours) have commit = prepare, so the pair is rebuilt from the one number to resume from it.
 */
export function allPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}

export function fromPositionOrStart(position: bigint | undefined): ReadPosition {
  return position === undefined ? START : allPosition(position);
}
