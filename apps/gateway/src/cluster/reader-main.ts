import { join } from 'node:path';
import { type EventStore, SqliteEventStore } from '@cadre/event-store';
import { startGateway } from '../http/http-server.js';
import { openConfiguredStore, openSystem } from '../system.js';
import { LeasedTokenBuckets } from './leased-token-buckets.js';
import { READER_CONFIG_ENV, type ReaderConfig } from './reader-config.js';
import { WriterChannel } from './writer-channel.js';

/** How soon a reader's subscriptions notice the writer's appends to the embedded file (another process). */
const FILE_POLL_MS = 100;

/** A reader's own connection to the events: for queries that read streams, and for subscriptions. */
function openReaderStore(config: ReaderConfig, now: () => Date): Promise<EventStore> | EventStore {
  if (config.eventStoreConnectionString) return openConfiguredStore({ ...config, now });
  return new SqliteEventStore({ path: join(config.dataDir, 'events.sqlite'), now, pollMs: FILE_POLL_MS });
}

/**
 * A reader process (a cluster worker): answers queries from the read-model file, sends commands to the
 * writer, and shares the gateway's port with the other readers. It ends when the writer goes away.
 */
async function runReader(config: ReaderConfig): Promise<void> {
  const channel = new WriterChannel();
  const clockAt = config.clockAt;
  const now = clockAt ? () => new Date(clockAt) : () => new Date();
  const system = await openSystem({
    dataDir: config.dataDir,
    ...(config.sharedDir ? { sharedDir: config.sharedDir } : {}),
    store: await openReaderStore(config, now),
    reader: channel,
    now,
  });
  const gateway = await startGateway({
    system,
    port: config.port,
    host: config.host,
    ...(config.adminDist ? { adminDist: config.adminDist } : {}),
    ...(config.trustedDocuments ? { trustedDocuments: config.trustedDocuments } : {}),
    ...(config.production === undefined ? {} : { production: config.production }),
    ...(config.answerCache ? { answerCache: config.answerCache } : {}),
    rateLimit: {
      ...config.rateLimit,
      buckets: new LeasedTokenBuckets((key, capacity, wanted) => channel.lease(key, capacity, wanted)),
    },
  }).catch(async (error: unknown) => {
    await system.close();
    throw error;
  });
  // A terminal's Ctrl-C reaches every process of the group: the writer stops the readers in order.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {});
  channel.answerCacheCounts = () => gateway.answerCache.counts;
  channel.send({ kind: 'ready', port: Number(new URL(gateway.url).port) });
  process.once('disconnect', async () => {
    await gateway.stop();
    await system.close();
    process.exit(0);
  });
}

runReader(JSON.parse(process.env[READER_CONFIG_ENV] ?? '{}') as ReaderConfig).catch((error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  process.send?.({ kind: 'failed', error: text }, () => process.exit(1));
});
