import { type Aggregate, type DomainEvent, fold } from '@cadre/domain';
import { streamName } from '@cadre/event-store';
import { type AsOf, happenedBy } from './as-of.js';
import type { StreamHistories } from './stream-histories.js';

/** One aggregate's state as of a moment, folded from its own stream with the domain's `evolve`. */
export async function stateAsOf<State, Event extends DomainEvent>(
  histories: StreamHistories,
  aggregate: Aggregate<State, Event>,
  id: string,
  asOf: AsOf,
): Promise<{ state: State; eventCount: number }> {
  const events = (await histories.read(streamName(aggregate.category, id))).filter((e) =>
    happenedBy(e, asOf),
  );
  return { state: fold(aggregate, events as unknown as Event[]), eventCount: events.length };
}
