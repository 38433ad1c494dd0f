import { toDomainEvent } from '@cadre/application';
import { type AnyCommandDefinition, COMMANDS, type CommandName, fold, prepareCommand } from '@cadre/domain';
import { type EventStore, streamName } from '@cadre/event-store';

/**
 * What the command bus would decide for a command, without writing: the input validated by the command's
 * schema (business date filled, none in the future), its streams read and folded, and its `decide` run —
 * a broken rule throws the DomainError the bus would answer. `alreadyWritten`: the command id is found on
 * its primary stream (an earlier run entered it), so the bus would answer it as a duplicate.
 */
export async function dryRunCommand(
  store: EventStore,
  name: CommandName,
  input: unknown,
  { commandId, actor, now }: { commandId: string; actor: string; now: Date },
): Promise<{ alreadyWritten: boolean }> {
  const definition: AnyCommandDefinition = COMMANDS[name];
  const prepared = prepareCommand(definition, input, now);
  const ids = definition.streamIds(prepared.input) as Record<string, string | null>;
  const states: Record<string, unknown> = {};
  const keys = Object.keys(definition.needs);
  for (const [index, key] of keys.entries()) {
    const aggregate = definition.needs[key]!;
    const id = ids[key];
    if (id === null || id === undefined) {
      states[key] = aggregate.initialState;
      continue;
    }
    const events = await store.readStream(streamName(aggregate.category, id));
    if (index === 0 && events.some((event) => event.metadata.commandId === commandId))
      return { alreadyWritten: true };
    states[key] = fold(aggregate, events.map(toDomainEvent));
  }
  definition.decide(prepared.input, states as never, {
    actor,
    now,
    commandId,
    // RegisterCadre references no other stream; a command that did would need them read here
    exists: () => false,
  });
  return { alreadyWritten: false };
}
