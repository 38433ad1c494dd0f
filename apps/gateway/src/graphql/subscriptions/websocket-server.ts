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
import { WebSocketServer } from 'ws';
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

/**
 * Subscriptions over graphql-ws at the same path as HTTP GraphQL. Every operation meets the same checks
 * as over HTTP: credentials from the connection parameters, the same limits, the same access policy.
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
    };
  };
  const cleanup = useServer<ConnectionParams>(
    {
      schema,
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
      await cleanup.dispose();
      wsServer.close();
    },
  };
}
