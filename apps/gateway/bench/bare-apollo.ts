import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

export interface BareApollo {
  url: string;
  stop(): Promise<void>;
}

/**
 * Bare Apollo Server on its own standalone HTTP server, answering constants: the benches' baseline for what
 * any GraphQL request costs at least. `{ hello }` is a query, `run(commandId)` a mutation.
 */
export async function startBareApollo(): Promise<BareApollo> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String } type Mutation { run(commandId: ID!): String }',
    resolvers: {
      Query: { hello: () => 'world' },
      Mutation: { run: (_: unknown, { commandId }: { commandId: string }) => commandId },
    },
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

/**
 * The same bare Apollo Server in `count` processes sharing one port (node:cluster, from a process of its own
 * so that it does not meet the gateway's readers' cluster in the bench process).
 */
export function startBareApolloProcesses(count: number): Promise<BareApollo> {
  const primary = fork(join(import.meta.dirname, 'bare-apollo-processes.ts'), [String(count)], {
    execArgv: ['--conditions=source', '--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    primary.once('exit', (code) => reject(new Error(`the bare Apollo processes exited (${code})`)));
    primary.once('message', ({ url }: { url: string }) =>
      resolve({
        url,
        stop: () =>
          new Promise((stopped) => {
            primary.removeAllListeners('exit');
            primary.once('exit', () => stopped());
            primary.disconnect();
          }),
      }),
    );
  });
}
