import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type Locale, type Localized, pick } from '@cadre/domain';
import { EventStoreUnavailableError } from '@cadre/event-store';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** Error codes a client can rely on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'ACCOUNT_LOCKED'
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function localizedError(
  code: ErrorCode,
  messages: Localized,
  locale: Locale,
  extra: Record<string, unknown> = {},
) {
  return new GraphQLError(pick(messages, locale), { extensions: { code, messages, ...extra } });
}

/** A domain rule broken: the client learns the code, the rule, the field, and the message in its language. */
export function fromDomainError(error: DomainError, locale: Locale): GraphQLError {
  return localizedError(error.kind, error.messages, locale, {
    rule: error.rule,
    ...(error.field ? { field: error.field } : {}),
  });
}

/**
 * The event store could not take the write (a full disk, a server that does not answer): nothing was
 * written, and the same command id sent later is carried out once. `reason` says which (STORE_FULL, …).
 */
export function fromStoreUnavailable(error: EventStoreUnavailableError, locale: Locale): GraphQLError {
  return localizedError('STORE_UNAVAILABLE', error.messages, locale, { reason: error.reason });
}

export const INTERNAL_ERROR_MESSAGES: Localized = {
  zh: '服务器内部错误，请稍后重试',
  en: 'Internal server error; please try again later',
};

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'STORE_UNAVAILABLE',
]);

/**
 * What leaves the server: our coded errors and GraphQL's own validation errors as they are; anything
 * else (a crash, an SQL message) becomes a generic internal error, logged here but never sent.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return fromDomainError(original, 'zh-CN').toJSON();
  if (original instanceof EventStoreUnavailableError) return fromStoreUnavailable(original, 'zh-CN').toJSON();
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('[gateway] internal error:', original);
  return {
    message: INTERNAL_ERROR_MESSAGES.zh,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', messages: INTERNAL_ERROR_MESSAGES },
  };
}
