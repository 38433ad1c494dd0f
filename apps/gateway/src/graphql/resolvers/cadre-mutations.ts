import { changeCadrePhoto } from '../../documents/appointment-form/form-resolvers.js';
import type { MutationResolvers, ResolversTypes } from '../generated/resolvers.js';
import { cadreQueries } from '../queries/cadre-queries.js';
import { type CommandAnswer, commandMutation, commandPayload } from './command-mutation.js';

/** The command's outcome, as every command answers it, and the cadre as `Query.cadre` now shows them. */
const withCadre: CommandAnswer<ResolversTypes['CadrePayload']> = async (outcome, context, info) => ({
  ...(await commandPayload(outcome, context, info)),
  cadre: await cadreQueries.Query.cadre(undefined, { id: outcome.result.ids.cadre! }, context, info),
});

/** The admin client reads the cadre right after registering or appointing them. */
export const cadreMutations = {
  registerCadre: commandMutation('RegisterCadre', withCadre),
  appointCadre: commandMutation('AppointCadre', withCadre),
  changeCadrePhoto,
} satisfies MutationResolvers;
