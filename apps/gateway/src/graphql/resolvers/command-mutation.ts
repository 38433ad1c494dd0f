import type { CommandResult } from '@cadre/application';
import { type AnyCommandDefinition, COMMANDS, type CommandName } from '@cadre/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../access/policy.js';
import { targetVillageOf } from '../../access/target-village.js';
import { forgetPhotos, photosNamedByCadre } from '../../documents/photos/photos-of-erased.js';
import { type GatewayContext, inLocale } from '../context.js';
import type { CommandPayload, DerivedId, StreamRef } from '../generated/resolvers.js';
import { withoutNulls } from '../without-nulls.js';
import { DERIVED_IDS, fillDerivedIds } from './derived-ids.js';

/** The arguments every command mutation takes. */
export interface CommandArgs {
  commandId: string;
  reason?: string | null;
  input: object;
}

/** A command carried out and visible in the read models. */
export interface CommandOutcome {
  result: CommandResult;
  /** The ids the input left out and the gateway filled in. */
  derivedIds: DerivedId[];
  streams: StreamRef[];
}

export type CommandAnswer<Answer> = (
  outcome: CommandOutcome,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => Answer | Promise<Answer>;

/** The streams a command decided on, in the order of its `needs` (the one it is about first), those it involved. */
function streamsOf(name: CommandName, ids: Record<string, string>): StreamRef[] {
  const definition: AnyCommandDefinition = COMMANDS[name];
  return Object.entries(definition.needs)
    .filter(([role]) => ids[role] !== undefined)
    .map(([role, aggregate]) => ({ category: aggregate.category, id: ids[role]!, role }));
}

/** Runs a command for the caller and waits until the read models show it (read-your-writes). */
export async function runCommand(
  context: GatewayContext,
  name: CommandName,
  { commandId, reason, input }: CommandArgs,
): Promise<CommandOutcome> {
  const filled = fillDerivedIds(withoutNulls(input), commandId, DERIVED_IDS[name] ?? []);
  const { system, actor } = context;
  const why = reason?.trim();
  const erased = name === 'ErasePersonalData' ? (filled.input as { cadreId: string }).cadreId : undefined;
  const photos = erased ? await photosNamedByCadre(system, erased) : [];
  const result = await system.bus.execute(name, filled.input, {
    commandId,
    actor,
    ...(why ? { reason: why } : {}),
  });
  await system.runner.waitFor(result.position);
  if (erased) forgetPhotos(system, erased, photos);
  return { result, derivedIds: filled.derivedIds, streams: streamsOf(name, result.ids) };
}

export const commandPayload: CommandAnswer<Omit<CommandPayload, '__typename'>> = ({
  result,
  derivedIds,
  streams,
}) => ({
  commandId: result.commandId,
  duplicate: result.duplicate,
  position: result.position.toString(),
  ids: streams,
  derivedIds,
});

export type CommandResolver<Answer> = (
  parent: unknown,
  args: CommandArgs,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => Promise<Answer>;

/**
 * The resolver of the mutation that runs one command: a broken rule becomes a coded error in the caller's
 * language; the answer is a CommandPayload unless the mutation says otherwise.
 */
export function commandMutation(name: CommandName): CommandResolver<CommandPayload>;
export function commandMutation<Answer>(
  name: CommandName,
  answer: CommandAnswer<Answer>,
): CommandResolver<Answer>;
export function commandMutation(
  name: CommandName,
  answer: CommandAnswer<unknown> = commandPayload,
): CommandResolver<unknown> {
  return (_parent, args, context, info) =>
    inLocale(context, async () => {
      const input = withoutNulls(args.input) as Record<string, unknown>;
      authorize(
        context.principal,
        info.fieldName,
        targetVillageOf(input, context.system.readModels),
        context.locale,
      );
      return answer(await runCommand(context, name, args), context, info);
    });
}
