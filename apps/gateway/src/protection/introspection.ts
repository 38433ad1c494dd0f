import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessContext } from '../access/authorization-plugin.js';
import type { Principal } from '../access/roles.js';
import { rootFieldsOf } from '../access/root-fields.js';
import { localizedError } from '../graphql/errors.js';

const INTROSPECTION_FIELDS = ['__schema', '__type'];

export interface IntrospectionGuardOptions {
  /** Defaults to `NODE_ENV === 'production'`: then external apps are refused too. */
  production?: boolean;
  /** Open to every caller (`CADRE_INTROSPECTION=open`), e.g. for a developer's tools against a test server. */
  open?: boolean;
}

/**
 * Refuses `__schema` / `__type` to callers without credentials always, and to external apps in production,
 * unless introspection is opened explicitly: they work from the published SDL, and the schema's shape is
 * no business of a stranger or of a key that leaked. Needs `introspection: true` on the server (Apollo's
 * own default turns introspection off for everyone in production).
 */
export function introspectionGuard<TContext extends AccessContext>({
  production = process.env.NODE_ENV === 'production',
  open = process.env.CADRE_INTROSPECTION === 'open',
}: IntrospectionGuardOptions = {}): ApolloServerPlugin<TContext> {
  const refuses = (principal: Principal | null | undefined) =>
    !principal || (production && principal.role === 'EXTERNAL');
  return {
    async requestDidStart() {
      if (open) return;
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || !refuses(contextValue.principal)) return;
          const fields = rootFieldsOf(operation, document);
          if (!INTROSPECTION_FIELDS.some((field) => fields.has(field))) return;
          throw localizedError(
            'FORBIDDEN',
            contextValue.principal
              ? {
                  zh: '外部应用不能查询接口结构（内省），请使用发布的 SDL',
                  en: 'Introspection is not available to external apps; use the published SDL',
                }
              : {
                  zh: '未登录不能查询接口结构（内省），请使用发布的 SDL',
                  en: 'Introspection needs credentials; use the published SDL',
                },
            contextValue.locale,
            { http: { status: 403 } },
          );
        },
      };
    },
  };
}
