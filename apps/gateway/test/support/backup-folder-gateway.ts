import { randomUUID } from 'node:crypto';
import { type RunningGateway, startGateway } from '../../src/http/http-server.js';
import { openSystem, type System } from '../../src/system.js';

type GraphQLAnswer = { data?: any; errors?: any[] };

/** A real gateway over the files of a data folder, as `start` runs it, for backups and restores. */
export interface FolderGateway {
  system: System;
  gateway: RunningGateway;
  /** POSTs a GraphQL operation with exactly these headers (a session, an API key, or none). */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLAnswer>;
  /** A new user of the role, signed in: the headers of their session. */
  session(role: 'ADMIN' | 'AUDITOR'): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

const PASSWORD = 'backup-test-password';

export async function startFolderGateway(dataDir: string, now: () => Date): Promise<FolderGateway> {
  const system = await openSystem({ dataDir, now });
  // Writers in these tests send far more than a person would: the rate limit is not what is tested.
  const gateway = await startGateway({ system, port: 0, rateLimit: { perClientPerMinute: 1_000_000 } });
  return {
    system,
    gateway,
    async post(query, variables, headers = {}) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLAnswer;
    },
    async session(role) {
      const username = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
      await system.accounts.createUser({ username, password: PASSWORD, role });
      const { token } = await system.accounts.signIn(username, PASSWORD);
      return { authorization: `Bearer ${token}` };
    },
    async stop() {
      await gateway.stop();
      await system.close();
    },
  };
}
