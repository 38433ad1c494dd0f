import { randomUUID } from 'node:crypto';
import type { CommandName } from '@cadre/domain';
import { mutationNameOf } from '../../src/graphql/resolvers/command-resolvers.js';
import type { TestGateway } from './test-gateway.js';

const COMMAND_PAYLOAD = 'commandId duplicate position ids { category id role } derivedIds { field id }';
const CADRE_PAYLOAD =
  'commandId duplicate position cadre { id villageId posts { villageId committee position } }';
const PAYLOAD_OF: Partial<Record<CommandName, string>> = {
  RegisterCadre: CADRE_PAYLOAD,
  AppointCadre: CADRE_PAYLOAD,
};

/** The mutation document of a command, as a client would write it. */
export const mutationOf = (command: CommandName): string =>
  `mutation Run($commandId: ID!, $reason: String, $input: ${command}Input!) {
    ${mutationNameOf(command)}(commandId: $commandId, reason: $reason, input: $input) {
      ${PAYLOAD_OF[command] ?? COMMAND_PAYLOAD}
    }
  }`;

export interface SendOptions {
  commandId?: string;
  reason?: string;
  headers?: Record<string, string>;
}

export interface CommandClient {
  /** Sends a command's mutation; answers the payload, or the errors. */
  send(
    command: CommandName,
    input: object,
    options?: SendOptions,
  ): Promise<{ payload?: any; errors?: any[] }>;
  /** Sends a command's mutation that must succeed, and answers its payload. */
  run(command: CommandName, input: object, options?: SendOptions): Promise<any>;
  /** The commands that succeeded through this client. */
  readonly succeeded: ReadonlySet<CommandName>;
  /** The types of the events a stream holds, in order: what the commands wrote. */
  typesIn(streamId: string): Promise<string[]>;
}

/** Sends domain commands through their GraphQL mutations, as a client application would. */
export function commandClient(t: Pick<TestGateway, 'graphql' | 'system'>): CommandClient {
  const succeeded = new Set<CommandName>();
  const send: CommandClient['send'] = async (command, input, { commandId, reason, headers } = {}) => {
    const variables = { commandId: commandId ?? randomUUID(), reason, input };
    const { data, errors } = await t.graphql(mutationOf(command), variables, headers);
    if (!errors) succeeded.add(command);
    return { payload: data?.[mutationNameOf(command)], errors };
  };
  return {
    send,
    async run(command, input, options) {
      const { payload, errors } = await send(command, input, options);
      if (errors) throw new Error(`${command} failed: ${JSON.stringify(errors, null, 2)}`);
      return payload;
    },
    succeeded,
    typesIn: async (streamId) => (await t.system.store.readStream(streamId)).map((event) => event.type),
  };
}
