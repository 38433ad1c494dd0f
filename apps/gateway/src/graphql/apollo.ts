import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { authorizationPlugin } from '../access/authorization-plugin.js';
import { documentResolvers } from '../documents/documents-resolvers.js';
import '../documents/excel/excel-kinds.js';
import { answerCachePlugin } from '../answer-cache/answer-cache-plugin.js';
import { graphqlProtection } from '../protection/graphql-protection.js';
import { rootFieldsInLocale } from '../protection/root-fields-in-locale.js';
import { refuseSubscriptionsOverHttp } from '../protection/subscriptions-over-http.js';
import type { GatewayContext } from './context.js';
import { formatError } from './errors.js';
import { jitExecutor } from './jit-executor.js';
import { queryResolvers } from './queries/index.js';
import { accessResolvers } from './resolvers/access-resolvers.js';
import { commandResolvers } from './resolvers/command-resolvers.js';
import { subscriptionResolvers } from './subscriptions/subscription-resolvers.js';
import { TrustedDocumentsCache } from './trusted-documents.js';
import { loadTypeDefs } from './type-defs.js';

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: rootFieldsInLocale([
      ...queryResolvers,
      commandResolvers,
      accessResolvers,
      subscriptionResolvers,
      documentResolvers,
    ]),
  });
}

export function createApolloServer(
  schema = buildSchema(),
  trustedDocuments: ReadonlyMap<string, string> = new Map(),
  { production }: { production?: boolean } = {},
): ApolloServer<GatewayContext> {
  const protection = graphqlProtection<GatewayContext>(
    production === undefined ? {} : { introspection: { production } },
  );
  return new ApolloServer<GatewayContext>({
    // graphql-jit executes unless GRAPHQL_EXECUTOR=graphql-js (read when the server is built): see jit-executor.ts
    ...(process.env.GRAPHQL_EXECUTOR === 'graphql-js' ? { schema } : { gateway: jitExecutor(schema) }),
    persistedQueries: { cache: new TrustedDocumentsCache(trustedDocuments) },
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // A JSON array of operations is answered with an array of answers; batchLimit bounds its length.
    allowBatchedHttpRequests: true,
    // Apollo would turn introspection off for everyone in production; the guard decides per caller.
    introspection: true,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    // Cache hints are for CDN caching, which a personal-data API does not use; the plugin costs a hook per field.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // before access is decided: a subscription over HTTP is refused for its transport, whoever sends it
      refuseSubscriptionsOverHttp<GatewayContext>(),
      authorizationPlugin<GatewayContext>(),
      answerCachePlugin<GatewayContext>(),
      ...protection.plugins,
    ],
  });
}
