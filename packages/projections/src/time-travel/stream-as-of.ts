import { type Aggregate, type DomainEvent, fold } from '@cadre/domain';
import { type EventStore, streamName } from '@cadre/event-store';
import { toProjectedEvent } from '../projection-applier.js';
import { type AsOf, happenedBy } from './as-of.js';

/** One aggregate's state as of a moment, folded from its own stream with the domain's `evolve`. */
export async function stateAsOf<State, Event extends DomainEvent>(
  store: EventStore,
  aggregate: Aggregate<State, Event>,
  id: string,
  asOf: AsOf,
): Promise<{ state: State; eventCount: number }> {
  const events = (await store.readStream(streamName(aggregate.category, id))).filter((e) =>
    happenedBy(e, asOf),
  );
  return {
    state: fold(aggregate, events.map(toProjectedEvent) as unknown as Event[]),
    eventCount: events.length,
  };
}
