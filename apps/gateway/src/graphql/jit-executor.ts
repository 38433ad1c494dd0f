import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Compiled = CompiledQuery | ExecutionResult;

/**
 * graphql-jit's errors have a read-only message, which Apollo's plugins (graphql-armor's masking of
 * suggestions) rewrite: the same error as graphql-js makes it, with the same path, locations and extensions.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/** Whether the document has a `@skip` or `@include` anywhere. */
function conditional(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * graphql-jit in place of graphql-js's `execute`, through the one door Apollo Server 5 leaves for another
 * executor: a gateway that serves a fixed schema. Each operation is compiled once; Apollo's document store
 * keeps one parsed document per query text, so the compiled functions are kept per document. Whatever is
 * not the plain path (an operation the document does not name, variables that do not coerce, `@skip` or
 * `@include`, whose null conditions graphql-jit refuses otherwise, a document graphql-jit cannot compile) is
 * executed by graphql-js, so that its refusals stay graphql-js's, word for word.
 */
export function jitExecutor(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | null | undefined): Compiled | null => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const name = operationName ?? '';
    let query = byName.get(name);
    if (query === undefined) {
      query = conditional(document) ? null : compileQuery(schema, document, operationName ?? undefined);
      byName.set(name, query);
    }
    return query;
  };
  const coercible = (operation: OperationDefinitionNode, variables: Record<string, unknown>) =>
    !(
      'errors' in getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 })
    );
  let loaded: ((context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      loaded = callback;
      return () => {
        loaded = undefined;
      };
    },
    async load() {
      loaded?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: async ({ document, operation, request, context }) => {
          // the name the client sent: Apollo's `operationName` is null when the document has no such operation
          const { operationName } = request;
          const variables = request.variables ?? {};
          const query =
            operation && coercible(operation, variables) ? compiledFor(document, operationName) : null;
          if (!query || !isCompiledQuery(query))
            return execute({
              schema,
              document,
              contextValue: context,
              variableValues: variables,
              operationName,
            });
          const result = (await query.query(undefined, context, variables)) as ExecutionResult;
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    async stop() {},
  };
}
