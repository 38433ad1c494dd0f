import { Server, ServerCredentials } from '@grpc/grpc-js';
import { appendHandler } from './append-handler.js';
import { EventLog } from './event-log.js';
import { streamsGrpc } from './generated-protocol.js';
import { readHandler } from './read-handler.js';

export interface EsdbProtocolDouble {
  /** `esdb://127.0.0.1:<port>?tls=false` */
  connectionString: string;
  /** Ends every open call and connection at once, as a server restart would; the double keeps its events. */
  dropConnections(): void;
  stop(): Promise<void>;
}

export interface EsdbProtocolDoubleOptions {
  /** false: behave like servers before 23.10, which never tell a subscription it has caught up. */
  announcesCaughtUp?: boolean;
}

/**
 * A test double of the EventStoreDB gRPC protocol, in process and in memory: enough of Streams.Read and
 * Streams.Append for the real client. Every other method, ServerFeatures included, answers UNIMPLEMENTED,
 * as an older server would; the client then appends with Append instead of BatchAppend.
 */
export async function startEsdbProtocolDouble(
  options: EsdbProtocolDoubleOptions = {},
): Promise<EsdbProtocolDouble> {
  const log = new EventLog();
  const server = new Server();
  server.addService(streamsGrpc.StreamsService, {
    read: readHandler(log, { announcesCaughtUp: options.announcesCaughtUp ?? true }),
    append: appendHandler(log),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    dropConnections: () => server.drain(`127.0.0.1:${port}`, 0),
    stop: async () => server.forceShutdown(),
  };
}
