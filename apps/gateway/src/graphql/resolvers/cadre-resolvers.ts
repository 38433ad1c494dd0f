import { deterministicUuid } from '@cadre/application';
import type { CommandName } from '@cadre/domain';
import { findRosterEntry, listRoster, type RosterEntry } from '@cadre/projections';
import { toConnection } from '../connection.js';
import { type GatewayContext, inLocale } from '../context.js';
import { withoutNulls } from '../without-nulls.js';

export function cadreNode(entry: RosterEntry) {
  return {
    id: entry.cadreId,
    ...entry.profile,
    villageId: entry.villageId,
    posts: entry.posts,
    registeredAt: entry.registeredAt,
  };
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Runs a command, waits until the read models show it, and answers with the cadre as it now stands. */
async function runCadreCommand(
  context: GatewayContext,
  name: CommandName,
  commandId: string,
  input: { cadreId: string },
) {
  return inLocale(context, async () => {
    const { system, actor } = context;
    const result = await system.bus.execute(name, input, { commandId, actor });
    await system.runner.waitFor(result.position);
    const entry = findRosterEntry(system.readModels, input.cadreId);
    return {
      commandId,
      duplicate: result.duplicate,
      position: result.position.toString(),
      cadre: entry ? cadreNode(entry) : null,
    };
  });
}

export const cadreResolvers = {
  Query: {
    cadres: (_: unknown, args: PageArgs & { villageId?: string | null }, { system }: GatewayContext) =>
      toConnection(
        listRoster(
          system.readModels,
          withoutNulls({ villageId: args.villageId }),
          withoutNulls({ first: args.first, after: args.after }),
        ),
        cadreNode,
      ),
    cadre: (_: unknown, args: { id: string }, { system }: GatewayContext) => {
      const entry = findRosterEntry(system.readModels, args.id);
      return entry ? cadreNode(entry) : null;
    },
  },
  Mutation: {
    registerCadre: (
      _: unknown,
      args: { commandId: string; input: { cadreId?: string | null; profile: unknown } },
      context: GatewayContext,
    ) => {
      const cadreId = args.input.cadreId ?? deterministicUuid(args.commandId, 'cadre');
      return runCadreCommand(
        context,
        'RegisterCadre',
        args.commandId,
        withoutNulls({ ...args.input, cadreId }),
      );
    },
    appointCadre: (
      _: unknown,
      args: { commandId: string; input: { cadreId: string } },
      context: GatewayContext,
    ) => runCadreCommand(context, 'AppointCadre', args.commandId, withoutNulls(args.input)),
  },
};
