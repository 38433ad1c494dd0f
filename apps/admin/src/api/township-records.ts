import { graphql } from '../generated/gql/index.js';
import { commandSender } from './command-sender.js';

/** The commands that set up the township: the township itself, its settings, its villages. */

/** 登记镇 */
export const registerTownship = commandSender(
  graphql(`
    mutation RegisterTownship($commandId: ID!, $reason: String, $input: RegisterTownshipInput!) {
      registerTownship(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 修改镇设置 */
export const changeTownshipSettings = commandSender(
  graphql(`
    mutation ChangeTownshipSettings($commandId: ID!, $reason: String, $input: ChangeTownshipSettingsInput!) {
      changeTownshipSettings(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);

/** 登记村（社区） */
export const registerVillage = commandSender(
  graphql(`
    mutation RegisterVillage($commandId: ID!, $reason: String, $input: RegisterVillageInput!) {
      registerVillage(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);
