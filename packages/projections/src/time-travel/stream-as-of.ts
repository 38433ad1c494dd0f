import { type Aggregate, type DomainEvent, fold } from '@cadre/domain';
import { streamName } from '@cadre/event-store';
import { type AsOf, asOfInstant, happenedBy } from './as-of.js';
import type { StreamHistories, StreamHistory } from './stream-histories.js';

const CHECKPOINT = 50;

/** How many leading events all happened by the instant (their latest time is the prefix maximum). */
function settledPrefix(latest: readonly number[], instant: number): number {
  let low = 0;
  let high = latest.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (latest[middle]! <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The state after the first `count` events, from the nearest remembered fold before it. */
function foldPrefix<State, Event extends DomainEvent>(
  history: StreamHistory,
  aggregate: Aggregate<State, Event>,
  count: number,
): State {
  let folds = history.folds.get(aggregate.category) as State[] | undefined;
  if (!folds) {
    folds = [aggregate.initialState];
    history.folds.set(aggregate.category, folds);
  }
  const events = history.events as unknown as Event[];
  const index = Math.min(Math.floor(count / CHECKPOINT), folds.length - 1);
  let state: State = folds[index] as State;
  for (let i = index * CHECKPOINT; i < count; i++) {
    state = aggregate.evolve(state, events[i]!);
    if ((i + 1) % CHECKPOINT === 0 && folds.length === (i + 1) / CHECKPOINT) folds.push(state);
  }
  return state;
}

/**
 * One aggregate's state as of a moment, folded from its own stream with the domain's `evolve`. Events in
 * a stream are mostly in time order, so the prefix that all happened by the moment is folded from a
 * remembered checkpoint; any later event that also happened by then (a late entry) is folded after it.
 */
export async function stateAsOf<State, Event extends DomainEvent>(
  histories: StreamHistories,
  aggregate: Aggregate<State, Event>,
  id: string,
  asOf: AsOf,
): Promise<{ state: State; eventCount: number }> {
  const history = await histories.read(streamName(aggregate.category, id));
  const instant = asOfInstant(asOf.at);
  const latest = asOf.basis === 'RECORDED' ? history.latestRecorded : history.latestOccurred;
  const settled = settledPrefix(latest, instant);
  let state = foldPrefix(history, aggregate, settled);
  let eventCount = settled;
  for (let i = settled; i < history.events.length; i++) {
    const event = history.events[i]!;
    if (!happenedBy(event, asOf)) continue;
    state = aggregate.evolve(state, event as unknown as Event);
    eventCount++;
  }
  return { state, eventCount };
}

/** The same answer by folding every event that happened by then: the reference the fast path must match. */
export function stateAsOfByFullFold<State, Event extends DomainEvent>(
  history: StreamHistory,
  aggregate: Aggregate<State, Event>,
  asOf: AsOf,
): State {
  return fold(aggregate, history.events.filter((e) => happenedBy(e, asOf)) as unknown as Event[]);
}
