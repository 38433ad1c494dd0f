import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GatewayContext } from './context.js';
import { formatError } from './errors.js';
import { queryResolvers } from './queries/index.js';
import { commandResolvers } from './resolvers/command-resolvers.js';
import { loadTypeDefs } from './type-defs.js';

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: [...queryResolvers, commandResolvers] });
}

export function createApolloServer(): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
  });
}
