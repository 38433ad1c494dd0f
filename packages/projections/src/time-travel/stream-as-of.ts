import { type Aggregate, type DomainEvent, fold } from '@cadre/domain';
import { type EventStore, streamName } from '@cadre/event-store';
import type { ProjectedEvent } from '../projection.js';
import { toProjectedEvent } from '../projection-applier.js';
import { type AsOf, asOfInstant, happenedBy, timeOf } from './as-of.js';
import { chainedOutlines, planAsOf, type RevisionRun } from './as-of-plan.js';
import type { StreamSnapshots } from './stream-snapshots.js';

/** Where time travel reads a stream from: its events, and the snapshots of it in the read-model file. */
export interface StreamSource {
  store: EventStore;
  snapshots: StreamSnapshots;
}

async function readRun(store: EventStore, streamId: string, run: RevisionRun): Promise<ProjectedEvent[]> {
  const count = run.end - run.start;
  const events = await store.readStream(streamId, { fromRevision: run.start, maxCount: count });
  if (events.length !== count) {
    throw new Error(
      `${streamId}: snapshots name revisions ${run.start}..${run.end - 1}, the store lacks some`,
    );
  }
  return events.map(toProjectedEvent);
}

/**
 * One aggregate's state as of a moment, folded with the domain's `evolve`. It starts from the latest
 * snapshot all of whose events happened by then, and reads from the store only the events after the last
 * snapshot (their times are not known yet) and those after the starting one that also happened by then.
 */
export async function stateAsOf<State, Event extends DomainEvent>(
  source: StreamSource,
  aggregate: Aggregate<State, Event>,
  id: string,
  asOf: AsOf,
): Promise<{ state: State; eventCount: number }> {
  const streamId = streamName(aggregate.category, id);
  if (asOf.upToPosition !== undefined) {
    // snapshots know revisions and times, not positions: a document rebuilt at a position folds the stream
    const events = (await source.store.readStream(streamId)).map(toProjectedEvent);
    const kept = events.filter((event) => happenedBy(event, asOf));
    return { state: fold(aggregate, kept as unknown as Event[]), eventCount: kept.length };
  }
  const outlines = chainedOutlines(source.snapshots.outlines(streamId));
  const stored = outlines.at(-1)?.revision ?? 0;
  const tail = (await source.store.readStream(streamId, { fromRevision: stored })).map(toProjectedEvent);
  const basis = asOf.basis ?? 'OCCURRED';
  const plan = planAsOf(
    outlines,
    tail.map((event) => timeOf(event, basis)),
    basis,
    asOfInstant(asOf.at),
  );
  let state =
    plan.from === 0 ? aggregate.initialState : (source.snapshots.state(streamId, plan.from) as State);
  if (state === undefined) throw new Error(`${streamId}: the snapshot at ${plan.from} is gone`);
  for (const run of plan.runs) {
    const events =
      run.start >= stored
        ? tail.slice(run.start - stored, run.end - stored)
        : await readRun(source.store, streamId, run);
    for (const event of events) state = aggregate.evolve(state, event as unknown as Event);
  }
  return { state, eventCount: plan.eventCount };
}

/** The same answer by folding every event of the stream that happened by then: the reference for tests. */
export function stateAsOfByFullFold<State, Event extends DomainEvent>(
  events: readonly ProjectedEvent[],
  aggregate: Aggregate<State, Event>,
  asOf: AsOf,
): State {
  return fold(aggregate, events.filter((e) => happenedBy(e, asOf)) as unknown as Event[]);
}
