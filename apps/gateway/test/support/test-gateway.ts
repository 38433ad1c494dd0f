import type { EventStore } from '@cadre/event-store';
import type { Role } from '../../src/access/roles.js';
import { type GatewayOptions, type RunningGateway, startGateway } from '../../src/http/http-server.js';
import { openSystem, type System } from '../../src/system.js';

type GraphQLAnswer<T> = { data?: T; errors?: any[] };

export interface TestGateway {
  system: System;
  gateway: RunningGateway;
  /** POSTs a GraphQL operation as the signed-in admin, as the admin client would. */
  graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLAnswer<T>>;
  /** POSTs with exactly these headers: no session unless given (anonymous callers, API keys). */
  post<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLAnswer<T>>;
  /** Creates a user of a role and answers the headers of their session. */
  signInAs(role: Exclude<Role, 'EXTERNAL'>, villageId?: string): Promise<Record<string, string>>;
  /** Issues an API key (EXTERNAL) and answers its header. */
  apiKey(): Record<string, string>;
  stop(): Promise<void>;
}

const PASSWORD = 'test-gateway-password';

/** Signs in a new user of a role (a village secretary with their village): the headers that carry them. */
export function userSignIn(system: Pick<System, 'accounts'>) {
  let users = 0;
  return async (role: Exclude<Role, 'EXTERNAL'>, villageId?: string) => {
    const username = `${role.toLowerCase()}-${++users}`;
    await system.accounts.createUser({
      username,
      password: PASSWORD,
      role,
      ...(villageId ? { villageId } : {}),
    });
    const { token } = await system.accounts.signIn(username, PASSWORD);
    return { authorization: `Bearer ${token}` };
  };
}

/** A real gateway on a free port over a real in-memory SQLite store, signed in as an administrator. */
export async function startTestGateway({
  rateLimit,
  ...options
}: {
  eventStoreConnectionString?: string;
  now?: () => Date;
  /** An open store to run on (e.g. a file a test fills up); closed with the gateway. */
  store?: EventStore;
  /** Requests a minute per client and per anonymous IP, for tests that send more than a client would. */
  rateLimit?: GatewayOptions['rateLimit'];
} = {}): Promise<TestGateway> {
  const system = await openSystem({ dataDir: ':memory:', ...options });
  const gateway = await startGateway({ system, port: 0, ...(rateLimit ? { rateLimit } : {}) });
  const post = async (
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as Promise<GraphQLAnswer<any>>;
  };
  const signInAs = userSignIn(system);
  let apiKeys = 0;
  const admin = await signInAs('ADMIN');
  return {
    system,
    gateway,
    graphql: (query, variables, headers = {}) => post(query, variables, { ...admin, ...headers }),
    post,
    signInAs,
    apiKey: () => ({ 'x-api-key': system.accounts.issueApiKey(`test-${++apiKeys}`).key }),
    async stop() {
      await gateway.stop();
      await system.close();
    },
  };
}
