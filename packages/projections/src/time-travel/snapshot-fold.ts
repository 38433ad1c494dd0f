import type { Aggregate, DomainEvent } from '@cadre/domain';
import type { ProjectedEvent } from '../projection.js';
import { timeOf } from './as-of.js';
import { diffState, type StatePatch } from './state-patch.js';

/** What a snapshot says of a stream's first `revision` events, without the folded state itself. */
export interface SnapshotOutline {
  /** The state folds events [0, revision). */
  revision: number;
  /** The latest business and recorded time (ms) among those events: all of them happened by then. */
  latestOccurred: number;
  latestRecorded: number;
  /** The times of the events since the previous snapshot (its block), so that late ones can be found. */
  blockOccurred: readonly number[];
  blockRecorded: readonly number[];
}

/** A snapshot as kept: its state as a patch on the previous snapshot's state (the first: on nothing). */
export interface Snapshot extends SnapshotOutline {
  patch: StatePatch;
}

/**
 * A fold in progress: the state at its last snapshot (or where it started), and the events since. These are
 * kept (type and data only) and folded in one go when the next snapshot is due: a rebuild feeds the streams
 * in turns, and a state that lived from one turn of its stream to the next would outlive the garbage
 * collector's young generation, where intermediate states folded in one go die young.
 */
export interface RunningFold<State> {
  /** The next event's revision. */
  revision: number;
  settled: State;
  /** Whether a snapshot holds `settled` (the next patch is taken on it) or it is the initial state. */
  settledInSnapshot: boolean;
  /** The types and data of the events since (the rest of an event is not kept in memory). */
  pendingTypes: string[];
  pendingData: unknown[];
  latestOccurred: number;
  latestRecorded: number;
  blockOccurred: number[];
  blockRecorded: number[];
}

export function startFold<State>(initialState: State): RunningFold<State> {
  // Prefix maxima start below any time, so that the first event sets them.
  const start = {
    revision: 0,
    latestOccurred: Number.NEGATIVE_INFINITY,
    latestRecorded: Number.NEGATIVE_INFINITY,
  };
  return { ...resumeFold(start, initialState), settledInSnapshot: false };
}

export function resumeFold<State>(
  outline: Pick<SnapshotOutline, 'revision' | 'latestOccurred' | 'latestRecorded'>,
  state: State,
): RunningFold<State> {
  const { revision, latestOccurred, latestRecorded } = outline;
  return {
    revision,
    settled: state,
    settledInSnapshot: true,
    pendingTypes: [],
    pendingData: [],
    latestOccurred,
    latestRecorded,
    blockOccurred: [],
    blockRecorded: [],
  };
}

/**
 * Adds the stream's next event to the running fold (which it updates in place: a rebuild feeds every
 * event, so nothing is copied). Returns the snapshot to keep when the fold reaches a multiple of `every`.
 */
export function advanceFold<State, Event extends DomainEvent>(
  fold: RunningFold<State>,
  aggregate: Aggregate<State, Event>,
  event: ProjectedEvent,
  every: number,
): Snapshot | undefined {
  if (event.revision !== fold.revision) {
    throw new Error(`${event.streamId}: expected revision ${fold.revision}, got ${event.revision}`);
  }
  const occurred = timeOf(event, 'OCCURRED');
  const recorded = timeOf(event, 'RECORDED');
  fold.revision++;
  fold.pendingTypes.push(event.type);
  fold.pendingData.push(event.data);
  fold.latestOccurred = Math.max(fold.latestOccurred, occurred);
  fold.latestRecorded = Math.max(fold.latestRecorded, recorded);
  fold.blockOccurred.push(occurred);
  fold.blockRecorded.push(recorded);
  if (fold.revision % every !== 0) return undefined;
  let state = fold.settled;
  for (const [i, type] of fold.pendingTypes.entries())
    state = aggregate.evolve(state, { type, data: fold.pendingData[i] } as Event);
  const { revision, latestOccurred, latestRecorded, blockOccurred, blockRecorded } = fold;
  const patch = diffState(fold.settledInSnapshot ? fold.settled : undefined, state);
  Object.assign(fold, {
    settled: state,
    settledInSnapshot: true,
    pendingTypes: [],
    pendingData: [],
    blockOccurred: [],
    blockRecorded: [],
  });
  return { revision, latestOccurred, latestRecorded, blockOccurred, blockRecorded, patch };
}
