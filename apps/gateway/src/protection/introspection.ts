import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessContext } from '../access/authorization-plugin.js';
import type { Principal } from '../access/roles.js';
import { rootFieldsOf } from '../access/root-fields.js';
import { localizedError } from '../graphql/errors.js';

const INTROSPECTION_FIELDS = ['__schema', '__type'];

export interface IntrospectionGuardOptions {
  /** Defaults to `NODE_ENV === 'production'`; elsewhere everyone may introspect. */
  production?: boolean;
  /** Who is refused in production: external apps and callers without credentials by default. */
  refuses?: (principal: Principal | null | undefined) => boolean;
}

const externalOrAnonymous = (principal: Principal | null | undefined) =>
  !principal || principal.role === 'EXTERNAL';

/**
 * Refuses `__schema` / `__type` to external apps in production: they work from the published SDL, and
 * the schema's shape is no business of a key that leaked. Needs `introspection: true` on the server
 * (Apollo's own default turns introspection off for everyone in production).
 */
export function introspectionGuard<TContext extends AccessContext>({
  production = process.env.NODE_ENV === 'production',
  refuses = externalOrAnonymous,
}: IntrospectionGuardOptions = {}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      if (!production) return;
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || !refuses(contextValue.principal)) return;
          const fields = rootFieldsOf(operation, document);
          if (!INTROSPECTION_FIELDS.some((field) => fields.has(field))) return;
          throw localizedError(
            'FORBIDDEN',
            {
              zh: '外部应用不能查询接口结构（内省），请使用发布的 SDL',
              en: 'Introspection is not available to external apps; use the published SDL',
            },
            contextValue.locale,
            { http: { status: 403 } },
          );
        },
      };
    },
  };
}
