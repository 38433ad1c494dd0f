import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GatewayContext } from './context.js';
import { formatError } from './errors.js';
import { cadreResolvers } from './resolvers/cadre-resolvers.js';
import { loadTypeDefs } from './type-defs.js';

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: [cadreResolvers] });
}

export function createApolloServer(): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
  });
}
