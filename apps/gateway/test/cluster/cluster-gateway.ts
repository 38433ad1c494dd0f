import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReaderConfig } from '../../src/cluster/reader-config.js';
import { type ReaderProcesses, startReaderProcesses } from '../../src/cluster/reader-processes.js';
import { openSystem, type System } from '../../src/system.js';
import { type TestGateway, userSignIn } from '../support/test-gateway.js';

type GraphQLAnswer<T> = { data?: T; errors?: any[] };

export interface ClusterGateway extends Pick<TestGateway, 'graphql' | 'post' | 'signInAs' | 'stop'> {
  /** The writer's system, in this process: fixtures enter data through it as through a single gateway. */
  system: System;
  readers: ReaderProcesses;
  url: string;
  dataDir: string;
}

/**
 * POSTs over a connection of its own (no keep-alive): the cluster hands each new connection to the
 * next reader, so consecutive requests land on different processes.
 */
export function postOnNewConnection(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<any>> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * A real gateway in a temporary data folder run as one writer (this test process) and `readers` reader
 * processes sharing a free port; requests go to the readers, signed in as an administrator.
 */
export async function startClusterGateway({
  readers: count = 2,
  now,
  rateLimit,
}: {
  readers?: number;
  now?: () => Date;
  rateLimit?: ReaderConfig['rateLimit'];
} = {}): Promise<ClusterGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-cluster-'));
  const system = await openSystem({ dataDir, ...(now ? { now } : {}) });
  const readers = await startReaderProcesses(system, count, {
    dataDir,
    port: 0,
    host: '127.0.0.1',
    ...(now ? { clockAt: now().toISOString() } : {}),
    ...(rateLimit ? { rateLimit } : {}),
  });
  const post = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postOnNewConnection(readers.url, { query, variables }, headers);
  const signInAs = userSignIn(system);
  const admin = await signInAs('ADMIN');
  return {
    system,
    readers,
    url: readers.url,
    dataDir,
    graphql: (query, variables, headers = {}) => post(query, variables, { ...admin, ...headers }),
    post,
    signInAs,
    async stop() {
      await readers.stop();
      await system.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
