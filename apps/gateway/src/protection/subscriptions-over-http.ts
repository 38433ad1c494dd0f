import type { ApolloServerPlugin } from '@apollo/server';
import { type Locale, type Localized, pick } from '@cadre/domain';
import { GraphQLError, Kind, parse } from 'graphql';
import { ARMOR_LIMITS } from './armor.js';

export const SUBSCRIPTION_OVER_HTTP: Localized = {
  zh: '订阅须通过 WebSocket（graphql-ws 协议，ws://…/graphql）发送，不能用 HTTP 请求',
  en: 'Subscriptions are served over WebSocket (graphql-ws protocol, ws://…/graphql), not over HTTP',
};

/**
 * Whether a document sent over HTTP holds a subscription operation. It must be refused before Apollo
 * validates it: graphql-js's single-root-field rule evaluates `@include(if: $var)` of a subscription
 * without variables and throws, which Apollo answers as an internal error. A document that does not
 * parse is left to Apollo's syntax error.
 */
export function holdsSubscription(query: string): boolean {
  if (!query.includes('subscription')) return false;
  try {
    return parse(query, { noLocation: true, maxTokens: ARMOR_LIMITS.maxTokens }).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription',
    );
  } catch {
    return false;
  }
}

/**
 * Refuses a subscription operation Apollo resolved over HTTP (a persisted document, whose text the HTTP
 * guards never see) with a coded 400 before it runs: Apollo would execute it as a query, its root field
 * has no payload to resolve, and the non-null field answers an internal error. Subscriptions are served
 * by the WebSocket server only (graphql/subscriptions/).
 */
export function refuseSubscriptionsOverHttp<
  TContext extends { locale?: Locale },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(pick(SUBSCRIPTION_OVER_HTTP, contextValue.locale ?? 'zh-CN'), {
            extensions: { code: 'BAD_REQUEST', messages: SUBSCRIPTION_OVER_HTTP, http: { status: 400 } },
          });
        },
      };
    },
  };
}
