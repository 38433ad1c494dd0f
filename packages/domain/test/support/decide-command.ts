import {
  type AnyCommandDefinition,
  COMMANDS,
  type CommandContext,
  type CommandName,
  type DomainEvent,
  existenceCheck,
  fold,
  prepareCommand,
} from '../../src/index.js';

/** A stream's name, `<category>-<id>`, as the event store names it. */
export const streamName = (category: string, id: string) => `${category}-${id}`;

export interface Decision {
  /** The events decided, by the key of the stream in the command's `needs`. */
  byKey: Record<string, DomainEvent[]>;
  /** The same events, by stream name. */
  byStream: Record<string, DomainEvent[]>;
}

/**
 * Given the history of each stream, when a command arrives: its events, or the DomainError it throws.
 * Pure, like the command bus without the store: parse, fold every needed stream, decide (a referenced
 * stream exists when it has history).
 */
export function decideCommand(
  name: CommandName,
  rawInput: unknown,
  historyOf: (stream: string) => readonly DomainEvent[],
  context: Omit<CommandContext, 'exists'>,
): Decision {
  const command: AnyCommandDefinition = COMMANDS[name];
  const { input } = prepareCommand(command, rawInput, context.now);
  const ids = command.streamIds(input) as Record<string, string | null>;
  const streams: Record<string, string> = {};
  const states: Record<string, unknown> = {};
  for (const [key, aggregate] of Object.entries(command.needs)) {
    const id = ids[key];
    if (id === null || id === undefined) {
      states[key] = aggregate.initialState;
      continue;
    }
    streams[key] = streamName(aggregate.category, id);
    states[key] = fold(aggregate, historyOf(streams[key]));
  }
  const exists = existenceCheck(command.references?.(input), (key) => historyOf(key).length > 0);
  const byKey = command.decide(input, states, { ...context, exists }) as Record<string, DomainEvent[]>;
  const byStream: Record<string, DomainEvent[]> = {};
  for (const [key, events] of Object.entries(byKey)) {
    if (!events.length) continue;
    if (!streams[key]) throw new Error(`${name} decided events for the uninvolved stream ${key}`);
    byStream[streams[key]] = events;
  }
  return { byKey, byStream };
}
