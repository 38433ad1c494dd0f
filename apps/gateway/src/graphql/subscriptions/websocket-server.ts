import type { Server } from 'node:http';
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { accessDenied, decideRoleAccess } from '../../access/policy.js';
import { actorOf } from '../../access/roles.js';
import { rootFieldsOf } from '../../access/root-fields.js';
import { graphqlProtection } from '../../protection/graphql-protection.js';
import type { System } from '../../system.js';
import type { GatewayContext } from '../context.js';
import { localeFrom } from '../locale.js';

interface ConnectionParams extends Record<string, unknown> {
  authorization?: string;
  apiKey?: string;
  acceptLanguage?: string;
}

/** graphql-ws closes with this when the credentials a connection was opened with no longer count. */
export const CREDENTIALS_ENDED = 4401;
/** How often open connections are checked again, for credentials ended by another process (the CLI). */
const RECHECK_MS = 5000;

/**
 * Subscriptions over graphql-ws at the same path as HTTP GraphQL. Every operation meets the same checks
 * as over HTTP: credentials from the connection parameters, the same limits, the same access policy. A
 * connection whose credentials end (sign-out, disabled account, reset password, revoked key) is closed:
 * at once when this process ended them, within RECHECK_MS when another did.
 */
export function attachWebSocketServer(httpServer: Server, schema: GraphQLSchema, system: System) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const rules = [...specifiedRules, ...graphqlProtection<GatewayContext>().validationRules];
  const contextOf = (params: ConnectionParams | undefined): GatewayContext => {
    const principal = system.accounts.authenticate({
      authorization: params?.authorization,
      apiKey: params?.apiKey,
    });
    return {
      system,
      principal,
      locale: localeFrom(params?.acceptLanguage),
      actor: principal ? actorOf(principal) : 'anonymous',
      address: 'websocket',
    };
  };
  const authenticated = new Map<WebSocket, ConnectionParams | undefined>();
  const closeEnded = () => {
    for (const [socket, params] of authenticated) {
      if (contextOf(params).principal) continue;
      authenticated.delete(socket);
      socket.close(CREDENTIALS_ENDED, 'Credentials ended');
    }
  };
  const stopListening = system.accounts.onCredentialsChanged(closeEnded);
  const recheck = setInterval(closeEnded, RECHECK_MS);
  recheck.unref();
  const cleanup = useServer<ConnectionParams, { socket: WebSocket }>(
    {
      schema,
      onConnect: (ctx) => {
        if (contextOf(ctx.connectionParams).principal)
          authenticated.set(ctx.extra.socket, ctx.connectionParams);
      },
      onClose: (ctx) => {
        authenticated.delete(ctx.extra.socket);
      },
      onSubscribe: (ctx, _id, payload) => {
        const contextValue = contextOf(ctx.connectionParams);
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: 1000 });
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        for (const definition of document.definitions) {
          if (definition.kind !== 'OperationDefinition') continue;
          for (const field of rootFieldsOf(definition, document)) {
            const decision = decideRoleAccess(contextValue.principal, field);
            if (decision !== 'allowed')
              return [accessDenied(decision, field, contextValue.principal, contextValue.locale)];
          }
        }
        return {
          schema,
          document,
          contextValue,
          ...(payload.variables ? { variableValues: payload.variables } : {}),
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
        };
      },
    },
    wsServer,
  );
  return {
    close: async () => {
      stopListening();
      clearInterval(recheck);
      await cleanup.dispose();
      wsServer.close();
    },
  };
}
