import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { principalOf } from '../access/authentication-middleware.js';
import { actorOf } from '../access/roles.js';
import { AnswerCache, type AnswerCacheLimits } from '../answer-cache/answer-cache.js';
import { answerFromCache } from '../answer-cache/answer-from-cache.js';
import { answerTicketOf } from '../answer-cache/answer-ticket.js';
import { TableVersions } from '../answer-cache/table-versions.js';
import { watchReads } from '../answer-cache/watch-reads.js';
import { buildSchema, createApolloServer } from '../graphql/apollo.js';
import { localeFrom } from '../graphql/locale.js';
import { attachWebSocketServer } from '../graphql/subscriptions/websocket-server.js';
import { loadTrustedDocuments } from '../graphql/trusted-documents.js';
import { graphqlHttpGuards } from '../protection/graphql-http-guards.js';
import type { RateLimitOptions } from '../protection/rate-limit.js';
import type { System } from '../system.js';
import { answerClientError } from './client-error.js';
import { documentRoutes, isDocumentPath } from './document-routes.js';
import { graphqlHandler } from './graphql-handler.js';
import { healthOf } from './health.js';
import { clientAddress } from './http-handler.js';
import { InFlight } from './in-flight.js';
import { inSequence } from './in-sequence.js';
import { listen } from './listen.js';
import { isPhotoPath, photoRoutes } from './photo-routes.js';
import { securityHeaders } from './security-headers.js';
import { staticAssets } from './static-assets.js';
import { answerUnhandled } from './unhandled.js';

export { ListenError } from './listen.js';

export interface RunningGateway {
  url: string;
  server: Server;
  /** The cache of finished answers (its hit counts are read by the benchmarks). */
  answerCache: AnswerCache;
  /**
   * Takes no more connections, lets the requests being answered finish (for at most `drainMs`), then closes
   * every connection. Calling it again waits for the same stop.
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

/** How long a stop waits for answers in flight: within the 10 s a container is given after SIGTERM. */
export const DRAIN_MS = 5_000;

export interface GatewayOptions {
  system: System;
  port: number;
  host?: string;
  /** The built admin client; when missing, `/` says how to build it. */
  adminDist?: string;
  /** The admin client's persisted-documents manifest; by default the one in `adminDist`. */
  trustedDocuments?: string;
  /** Requests a minute per client and per anonymous IP (defaults in protection/rate-limit.ts). */
  rateLimit?: Pick<RateLimitOptions, 'perClientPerMinute' | 'perAnonymousIpPerMinute' | 'buckets'>;
  /** Production mode (introspection closed to external apps); defaults to `NODE_ENV === 'production'`. */
  production?: boolean;
  /** Bounds of the cache of finished answers (see answer-cache/). */
  answerCache?: AnswerCacheLimits;
}

const isGraphQLPath = (url = '') =>
  url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/');

/** One URL for everything: GraphQL at /graphql, the admin client at /, health at /healthz. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { system } = options;
  const app = express();
  app.disable('x-powered-by');
  const inFlight = new InFlight();
  let stopping: Promise<void> | undefined;
  // GraphQL is served on Node's own request and response: express's routing would cost a cached answer
  // about a third of its time. Everything else (the admin client, health) goes through express.
  const httpServer = createServer((req, res) => {
    inFlight.track(res);
    // a request on a connection kept alive while stopping is answered, and its connection then closed
    if (stopping) res.setHeader('connection', 'close');
    if (isGraphQLPath(req.url)) void graphql(req, res, (error) => answerUnhandled(req, res, error));
    else if (isPhotoPath(req.url)) void photos(req, res, (error) => answerUnhandled(req, res, error));
    else if (isDocumentPath(req.url)) void documents(req, res, (error) => answerUnhandled(req, res, error));
    else app(req, res);
  });
  // Node's defaults give a request 5 minutes; a slow sender (slowloris) is bounded here, a stalled body
  // sooner by the JSON body reader (json-body.ts). Node answers both in English: clientError makes it ours.
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 60_000;
  httpServer.on('clientError', answerClientError);
  const schema = buildSchema();
  const manifest =
    options.trustedDocuments ??
    (options.adminDist ? join(options.adminDist, 'persisted-documents.json') : undefined);
  const apollo = createApolloServer(
    schema,
    loadTrustedDocuments(manifest),
    options.production === undefined ? {} : { production: options.production },
  );
  await apollo.start();
  const answers = new AnswerCache(options.answerCache);
  const tableVersions = new TableVersions(system.readModels);
  watchReads(system, tableVersions);
  const photos = photoRoutes(system);
  const documents = documentRoutes(system);

  app.get('/healthz', async (_req, res) => {
    const health = await healthOf(system);
    res.status(health.ok ? 200 : 503).json(health);
  });
  const graphql = inSequence([
    ...graphqlHttpGuards({
      accounts: system.accounts,
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    }),
    answerFromCache({
      cache: answers,
      checkpoint: () => system.runner.checkpoint,
      versions: tableVersions,
      now: system.now,
      logRepeatedRead: (read) => system.personalDataLog.recordRepeated(read),
    }),
    graphqlHandler(apollo, {
      answers,
      inFlight,
      context: async (req, res) => {
        const principal = principalOf(res);
        const answer = answerTicketOf(res);
        return {
          system,
          locale: localeFrom(req.headers['accept-language']),
          principal,
          actor: principal ? actorOf(principal) : 'anonymous',
          address: clientAddress(req),
          ...(answer ? { answer } : {}),
        };
      },
    }),
  ]);
  const adminDist = options.adminDist;
  app.use(securityHeaders);
  if (adminDist && existsSync(join(adminDist, 'index.html'))) {
    app.use(staticAssets(adminDist));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain; charset=utf-8')
        .send('管理端尚未构建 / The admin client is not built: run `pnpm build`.');
    });
  }

  try {
    await listen(httpServer, options.port, options.host ?? '127.0.0.1');
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  // Attached once listening: the WebSocket server re-emits the HTTP server's errors, and graphql-ws would
  // log a taken port as an internal error of its own.
  const websockets = attachWebSocketServer(httpServer, schema, system);
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = !options.host || options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    server: httpServer,
    answerCache: answers,
    stop({ drainMs = DRAIN_MS } = {}) {
      stopping ??= (async () => {
        // no new connection from here on, and the idle ones closed; requests being answered are answered
        const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await inFlight.settled(drainMs);
        await websockets.close();
        await apollo.stop();
        httpServer.closeAllConnections();
        await closed;
      })();
      return stopping;
    },
  };
}
