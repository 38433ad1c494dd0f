import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types for the gateway, generated from the SDL files: the schema is the contract. */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#GatewayContext',
        // Resolvers return read-model records; field resolvers and GraphQL's own checks fill in the rest.
        mappers: { Cadre: '../queries/cadre-node.js#DisclosedCadre' },
        defaultMapper: 'Partial<{T}>',
        scalars: { ID: 'string' },
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
        enumsAsTypes: true,
      },
    },
  },
};
export default config;
