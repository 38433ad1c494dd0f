import type { ApolloServerPlugin } from '@apollo/server';
import type { Locale } from '@cadre/domain';
import { accessDenied, decideRoleAccess } from './policy.js';
import type { Principal } from './roles.js';
import { rootFieldsOf } from './root-fields.js';

/** What the access plugins read from the GraphQL context. */
export interface AccessContext {
  principal?: Principal | null;
  locale: Locale;
}

/**
 * Checks every root field of an operation against the policy before anything runs, so a resolver that
 * forgets to call `authorize` still cannot be reached by a role the policy leaves out (and an unknown
 * field is denied). Meta fields (`__typename`, introspection) are left to the introspection guard.
 * Resolvers still call `authorize` with the target village for own-village rules.
 */
export function authorizationPlugin<TContext extends AccessContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          for (const field of rootFieldsOf(operation, document)) {
            if (field.startsWith('__')) continue;
            const decision = decideRoleAccess(contextValue.principal, field);
            if (decision !== 'allowed') {
              throw accessDenied(decision, field, contextValue.principal, contextValue.locale, {
                withHttpStatus: true,
              });
            }
          }
        },
      };
    },
  };
}
