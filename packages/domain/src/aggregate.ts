import type { z } from 'zod';
import type { CommandContext } from './command-context.js';

/** An event as the domain sees it: a type and its data. The store adds ids, metadata and positions. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** An event of a type, its literal type kept so that `decide` returns members of the stream's union. */
export const domainEvent = <const Type extends string, Data>(
  type: Type,
  data: Data,
): DomainEvent<Type, Data> => ({
  type,
  data,
});

/** The events described by a catalogue from event type to the schema of its data. */
export type EventsOf<Schemas extends Record<string, z.ZodType>> = {
  [Type in keyof Schemas & string]: DomainEvent<Type, z.output<Schemas[Type]>>;
}[keyof Schemas & string];

/**
 * The state of one stream, folded from its events. Time travel keeps folded states in the read models:
 * when a change makes stored events fold to something else, raise SNAPSHOT_VERSION in @cadre/projections.
 */
export interface Aggregate<State, Event extends DomainEvent = DomainEvent> {
  /** The stream category: streams are named `<category>-<id>`. */
  category: string;
  initialState: State;
  evolve(state: State, event: Event): State;
}

// `any` here only erases the parameters so that aggregates of different states fit one registry;
// `evolve`'s parameters are contravariant, so `unknown` would not accept them.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyAggregate = Aggregate<any, any>;
// biome-ignore lint/suspicious/noExplicitAny: see above
export type StateOf<A> = A extends Aggregate<infer S, any> ? S : never;
// biome-ignore lint/suspicious/noExplicitAny: see above
export type EventOf<A> = A extends Aggregate<any, infer E> ? E : never;

/**
 * A command: its input shape (validated at the boundary), the streams whose state it decides on, and
 * `decide`, a pure function from input and states to the events each stream gets (possibly none).
 */
export interface CommandDefinition<Schema extends z.ZodType, Needs extends Record<string, AnyAggregate>> {
  name: string;
  input: Schema;
  /**
   * The input field holding the command's business date (yyyy-mm-dd): when the fact happened. It becomes
   * the events' `occurredAt`; a caller who leaves it out means today (China time).
   */
  occurredOn: string;
  needs: Needs;
  /**
   * The id of each stream in `needs`, e.g. `{ cadre: input.cadreId }`; `null` for a stream this input does
   * not involve (`decide` then sees its initial state and may give it no events).
   */
  streamIds(input: z.infer<Schema>): { [K in keyof Needs]: string | null };
  /**
   * Streams the input names without deciding on them (a session's attendees), by category, e.g.
   * `{ cadre: input.attendees }`: `decide` may check they exist with `context.exists`.
   */
  references?(input: z.infer<Schema>): Readonly<Record<string, readonly string[]>>;
  decide(
    input: z.infer<Schema>,
    states: { [K in keyof Needs]: StateOf<Needs[K]> },
    context: CommandContext,
  ): { [K in keyof Needs]?: EventOf<Needs[K]>[] };
}

export type AnyCommandDefinition = CommandDefinition<z.ZodType, Record<string, AnyAggregate>>;

export function defineCommand<Schema extends z.ZodType, Needs extends Record<string, AnyAggregate>>(
  definition: CommandDefinition<Schema, Needs> & { occurredOn: keyof z.infer<Schema> & string },
): CommandDefinition<Schema, Needs> {
  return definition;
}

export function fold<State, Event extends DomainEvent>(
  aggregate: Aggregate<State, Event>,
  events: Iterable<Event>,
): State {
  let state = aggregate.initialState;
  for (const event of events) state = aggregate.evolve(state, event);
  return state;
}
