import { COMMANDS, type CommandName } from '@cadre/domain';
import type { MutationResolvers, Resolvers } from '../generated/resolvers.js';
import { cadreMutations } from './cadre-mutations.js';
import { commandMutation } from './command-mutation.js';

/** A command's mutation is named after it in lowerCamelCase: RegisterTownship → registerTownship. */
export const mutationNameOf = (command: CommandName): string =>
  command.charAt(0).toLowerCase() + command.slice(1);

const commandNames = Object.keys(COMMANDS) as CommandName[];

/** One mutation per command; registerCadre and appointCadre also answer the cadre, for the admin client. */
const Mutation: MutationResolvers = {
  ...Object.fromEntries(commandNames.map((name) => [mutationNameOf(name), commandMutation(name)])),
  ...cadreMutations,
};

export const commandResolvers: Resolvers = { Mutation };
