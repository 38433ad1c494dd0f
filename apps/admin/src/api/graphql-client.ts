import { currentLocale } from '../i18n/index.js';
import { clearSession, currentSession } from './session.js';

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

export async function graphqlRequest<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const session = currentSession();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': currentLocale(),
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(currentLocale() === 'en' ? 'Cannot reach the server' : '无法连接服务器', 'NETWORK');
  }
  const body = (await response.json()) as GraphQLResponse<T>;
  const first = body.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED' && session) {
    // The session ended (expired, or the account changed): sign in again, then come back here.
    clearSession();
    window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
  }
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'UNKNOWN',
      first.extensions?.field,
      first.extensions?.rule,
    );
  }
  return body.data as T;
}

/** One id per intended action: a retry of the same submission reuses it, so nothing is written twice. */
export function newCommandId(): string {
  return crypto.randomUUID();
}
