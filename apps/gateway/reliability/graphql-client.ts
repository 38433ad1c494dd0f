import type { CommandName } from '@cadre/domain';
import { mutationNameOf } from '../src/graphql/resolvers/command-resolvers.js';
import { mutationOf } from '../test/support/command-client.js';

/** The part of a command's payload the suite reads. */
export interface CommandAnswer {
  duplicate: boolean;
  /** RegisterCadre's and AppointCadre's payload: the cadre. */
  cadre?: { id: string };
  ids?: Array<{ id: string }>;
  derivedIds?: Array<{ id: string }>;
}

/** What became of one command sent to the gateway. */
export type Outcome =
  /** The gateway answered the payload: the command is stored (now, or before, when `duplicate`). */
  | { kind: 'acked'; payload: CommandAnswer }
  /** A rule refused it with a coded error: nothing was written. */
  | { kind: 'refused'; code: string; rule: string }
  /** Refused before it ran (429 RATE_LIMITED, or STORE_UNAVAILABLE): nothing was written, send it again. */
  | { kind: 'later'; code: string; afterMs: number }
  /** No answer (the gateway died under it): it may or may not be stored; only a retry can tell. */
  | { kind: 'lost'; reason: string }
  /** An answer that no rule explains (an internal error, a hang): a finding. */
  | { kind: 'unexpected'; detail: string };

const REQUEST_TIMEOUT_MS = 60_000;

async function post(url: string, body: unknown, token?: string) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
}

/** Signs in through the `signIn` mutation, as the admin client does; answers the session token. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const response = await post(url, {
    query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    variables: { u: username, p: password },
  });
  const { data, errors } = (await response.json()) as {
    data?: { signIn?: { token?: string } };
    errors?: unknown[];
  };
  if (!data?.signIn?.token) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(errors)}`);
  return data.signIn.token;
}

/** Sends one command's mutation and says what became of it. */
export async function sendCommand(
  url: string,
  token: string,
  command: CommandName,
  input: object,
  commandId: string,
): Promise<Outcome> {
  let text: string;
  let status: number;
  let retryAfter: string | null;
  try {
    const response = await post(url, { query: mutationOf(command), variables: { commandId, input } }, token);
    status = response.status;
    retryAfter = response.headers.get('retry-after');
    text = await response.text();
  } catch (error) {
    const reason = String((error as Error).cause ?? error);
    if ((error as Error).name === 'TimeoutError')
      return { kind: 'unexpected', detail: `no answer: ${reason}` };
    return { kind: 'lost', reason };
  }
  let answer: {
    data?: Record<string, CommandAnswer | null>;
    errors?: Array<{ extensions?: Record<string, unknown> }>;
  };
  try {
    answer = JSON.parse(text);
  } catch {
    // the connection was cut in the middle of the answer
    return { kind: 'lost', reason: `a torn answer (${status}): ${text.slice(0, 80)}` };
  }
  const payload = answer.data?.[mutationNameOf(command)];
  if (!answer.errors && payload) return { kind: 'acked', payload };
  const extensions = answer.errors?.[0]?.extensions ?? {};
  const code = String(extensions.code ?? status);
  if (code === 'RATE_LIMITED' || code === 'STORE_UNAVAILABLE')
    return { kind: 'later', code, afterMs: 1000 * Number(retryAfter ?? 1) };
  if (typeof extensions.rule === 'string') return { kind: 'refused', code, rule: extensions.rule };
  return { kind: 'unexpected', detail: `${status} ${text.slice(0, 500)}` };
}
