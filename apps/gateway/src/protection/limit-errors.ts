import type { Localized } from '@cadre/domain';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * A request refused for its shape (too deep, too many aliases…). Validation rules do not know the
 * caller's language, so the error carries both messages and `localizedErrorsPlugin` picks one.
 */
function limitError(messages: Localized, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(messages.zh, { extensions: { messages, ...extensions } });
}

export function reportLimit(
  context: ValidationContext,
  messages: Localized,
  extensions?: Record<string, unknown>,
) {
  context.reportError(limitError(messages, extensions));
}
