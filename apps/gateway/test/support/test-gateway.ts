import { type RunningGateway, startGateway } from '../../src/http/http-server.js';
import { openSystem, type System } from '../../src/system.js';

export interface TestGateway {
  system: System;
  gateway: RunningGateway;
  /** POSTs a GraphQL operation, as a browser or an external app would. */
  graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: any[] }>;
  stop(): Promise<void>;
}

/** A real gateway on a free port over a real in-memory SQLite store. */
export async function startTestGateway(): Promise<TestGateway> {
  const system = await openSystem({ dataDir: ':memory:' });
  const gateway = await startGateway({ system, port: 0 });
  return {
    system,
    gateway,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<{ data?: any; errors?: any[] }>;
    },
    async stop() {
      await gateway.stop();
      await system.close();
    },
  };
}
