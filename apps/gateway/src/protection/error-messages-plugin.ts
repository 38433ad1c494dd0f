import type { ApolloServerPlugin } from '@apollo/server';
import { type Locale, type Localized, pick } from '@cadre/domain';
import type { GraphQLError } from 'graphql';
import { SUGGESTION_MASK } from './armor.js';
import { knownRefusal, translateByCode } from './known-messages.js';

/** GraphQL's hints name fields, arguments and enum values the client did not know about. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

const withoutSuggestions = (message: string) =>
  message.replace(SUGGESTION, '').replaceAll(` ${SUGGESTION_MASK}?`, '');

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Localized).zh === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}

function messagesOf(error: GraphQLError): Localized | undefined {
  const carried = error.extensions.messages;
  if (isLocalized(carried)) return carried;
  // extensions is a plain object; the client gets both languages, as with every other coded error
  const extensions = error.extensions as Record<string, unknown>;
  const known = knownRefusal(error.message);
  if (known?.code && extensions.code === undefined) {
    // a refusal recognized here is the client's: without a status of its own it would answer 500
    extensions.code = known.code;
    extensions.http ??= { status: 400 };
  }
  const translated = known?.messages ?? translateByCode(extensions.code, error.message);
  if (translated) extensions.messages = translated;
  return translated;
}

/**
 * Error messages as they leave: in the caller's language (validation rules and graphql-js cannot
 * know it), and without "Did you mean …?" hints, including the enum-value hints that armor's
 * field-suggestion mask does not match.
 */
export function errorMessagesPlugin<TContext extends { locale?: Locale }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            error.message = withoutSuggestions(error.message);
            const messages = messagesOf(error);
            if (messages) error.message = pick(messages, contextValue.locale ?? 'zh-CN');
          }
        },
      };
    },
  };
}
