import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { currentLocale } from '../i18n/index.js';
import { clearSession, currentSession } from './session.js';

let sessionEnded: () => void = () => {
  window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
};

/** What to do when the gateway no longer takes the session (the session store shows the expiry notice). */
export function onSessionEnded(handler: () => void): void {
  sessionEnded = handler;
}

/** A GraphQL error as the gateway sends it: a stable code, the rule and field, a message in our language. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly rule?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; rule?: string } }>;
}

/** Variables are optional for operations that declare none, required otherwise. */
type VariablesArgument<Variables> = Variables extends Record<string, never> ? [] | [Variables] : [Variables];

/** The sha256 of the document's text that codegen puts on every operation (`persistedDocuments`). */
export function persistedHashOf(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('Not a generated operation: no persisted-document hash');
  return hash;
}

/** The operation's name, which the gateway logs and counts by. */
function operationNameOf(document: TypedDocumentNode<unknown, never>): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

/**
 * The document's text exactly as hashed, from the generated manifest (loaded only when needed: the gateway
 * knows the admin client's documents, so this is for a gateway that does not yet).
 */
async function persistedText(hash: string): Promise<string> {
  const manifest = (await import('../generated/gql/persisted-documents.json')).default as Record<
    string,
    string
  >;
  const text = manifest[hash];
  if (text === undefined) throw new Error(`No persisted document with hash ${hash}`);
  return text;
}

/**
 * Runs a generated operation as a persisted (trusted) document: the hash alone first, in Apollo's APQ
 * extension; when the gateway answers PERSISTED_QUERY_NOT_FOUND, once more with the document's text.
 */
export async function graphqlRequest<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  ...[variables]: VariablesArgument<Variables>
): Promise<Result> {
  const session = currentSession();
  const sha256Hash = persistedHashOf(document as TypedDocumentNode<unknown, never>);
  const request = {
    operationName: operationNameOf(document as TypedDocumentNode<unknown, never>),
    variables: variables ?? {},
    extensions: { persistedQuery: { version: 1, sha256Hash } },
  };
  const post = async (body: object): Promise<GraphQLResponse<Result>> => {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': currentLocale(),
          ...(session ? { authorization: `Bearer ${session.token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ApiError(currentLocale() === 'en' ? 'Cannot reach the server' : '无法连接服务器', 'NETWORK');
    }
    return (await response.json()) as GraphQLResponse<Result>;
  };
  let body = await post(request);
  if (body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    body = await post({ ...request, query: await persistedText(sha256Hash) });
  }
  const first = body.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED' && session) {
    // The session ended (expired, signed out elsewhere, the account changed): sign in again, then come back.
    clearSession();
    sessionEnded();
  }
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'UNKNOWN',
      first.extensions?.field,
      first.extensions?.rule,
    );
  }
  return body.data as Result;
}

/** One id per intended action: a retry of the same submission reuses it, so nothing is written twice. */
export function newCommandId(): string {
  return crypto.randomUUID();
}
