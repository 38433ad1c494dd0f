import type { MutationResolvers, ResolversTypes } from '../generated/resolvers.js';
import { cadreQueries } from '../queries/cadre-queries.js';
import { type CommandAnswer, commandMutation } from './command-mutation.js';

/** The command's outcome and the cadre as `Query.cadre` now shows them. */
const withCadre: CommandAnswer<ResolversTypes['CadrePayload']> = async ({ result }, context, info) => ({
  commandId: result.commandId,
  duplicate: result.duplicate,
  position: result.position.toString(),
  cadre: await cadreQueries.Query.cadre(undefined, { id: result.ids.cadre! }, context, info),
});

/** The admin client reads the cadre right after registering or appointing them. */
export const cadreMutations = {
  registerCadre: commandMutation('RegisterCadre', withCadre),
  appointCadre: commandMutation('AppointCadre', withCadre),
} satisfies MutationResolvers;
