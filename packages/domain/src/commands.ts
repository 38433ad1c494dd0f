import type { AnyCommandDefinition } from './aggregate.js';
import { appointCadre } from './cadre/appoint-cadre.js';
import { registerCadre } from './cadre/register-cadre.js';

/** Every command the ledger accepts, by name. */
export const COMMANDS = {
  RegisterCadre: registerCadre,
  AppointCadre: appointCadre,
} as const satisfies Record<string, AnyCommandDefinition>;

export type CommandName = keyof typeof COMMANDS;
