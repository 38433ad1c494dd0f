import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlRequest } from './graphql-client.js';

/** The variables every command mutation declares: its id, its input and, optionally, why. */
interface CommandVariables<Input> {
  commandId: string | number;
  input: Input;
  reason?: string | null;
}

/** Sends one command with its id; `reason` (if any) is kept with the event as why it was written. */
export type CommandSender<Input> = (commandId: string, input: Input, reason?: string) => Promise<unknown>;

/** A function that sends the command of a generated mutation document. */
export function commandSender<Result, Input>(
  document: TypedDocumentNode<Result, CommandVariables<Input>>,
): CommandSender<Input> {
  return (commandId, input, reason) => {
    const why = reason?.trim();
    const variables: CommandVariables<Input> = { commandId, input, ...(why ? { reason: why } : {}) };
    return graphqlRequest(document as TypedDocumentNode<Result, CommandVariables<Input>>, variables);
  };
}

/** Optional text fields: what is left blank is left out (the server refuses an empty text). */
export function withoutBlanks<T extends object>(input: T): T {
  return Object.fromEntries(
    Object.entries(input).filter(
      ([, value]) => !(typeof value === 'string' && value.trim() === '') && value != null,
    ),
  ) as T;
}
