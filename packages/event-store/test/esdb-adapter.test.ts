import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANY,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactConnectionString } from '../src/esdb/connection-string.js';
import { toEsdbExpectedRevision, toWrongExpectedRevisionError } from '../src/esdb/revision-mapping.js';
import {
  EsdbEventStore,
  EventStoreUnavailableError,
  GENESIS_HASH,
  openEventStore,
  type RecordedEvent,
  SqliteEventStore,
  type Subscription,
  WrongExpectedRevisionError,
} from '../src/index.js';
import {
  type EsdbProtocolDouble,
  sampleEvent,
  sampleEvents,
  startEsdbProtocolDouble,
} from '../src/testing/index.js';

/** The next events of a subscription, leaving it open (a `break` out of `for await` would end it). */
async function nextEvents(subscription: Subscription, count: number): Promise<RecordedEvent[]> {
  const iterator = subscription[Symbol.asyncIterator]();
  const received: RecordedEvent[] = [];
  while (received.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    received.push(next.value);
  }
  return received;
}

const category = () => `c${randomUUID().slice(0, 8)}`;

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('EventStoreDB adapter', () => {
  let double: EsdbProtocolDouble;
  let store: EsdbEventStore;
  beforeEach(async () => {
    double = await startEsdbProtocolDouble();
    store = new EsdbEventStore({
      connectionString: double.connectionString,
      reconnect: { firstDelayMs: 10 },
    });
  });
  afterEach(async () => {
    await store.close();
    await double.stop();
  });

  describe('expected revisions', () => {
    it('maps ours to the client’s', () => {
      expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
      expect(toEsdbExpectedRevision('any')).toBe(ANY);
      expect(toEsdbExpectedRevision(7)).toBe(7n);
    });

    it('maps the client’s WrongExpectedVersionError to ours, -1 standing for no stream', () => {
      const behind = new WrongExpectedVersionError(undefined, {
        streamName: 's-1',
        current: 5n,
        expected: 3n,
      });
      const missing = new WrongExpectedVersionError(undefined, {
        streamName: 's-1',
        current: NO_STREAM,
        expected: 0n,
      });
      expect(toWrongExpectedRevisionError('s-1', 3, behind)).toMatchObject({ expected: 3, actual: 5 });
      expect(toWrongExpectedRevisionError('s-1', 0, missing)).toMatchObject({ expected: 0, actual: -1 });
    });

    it('reports the server’s refusal of a racing writer as our typed conflict', async () => {
      const id = `${category()}-${randomUUID()}`;
      // Both read the stream as missing before either writes; the server refuses the second.
      const outcomes = await Promise.allSettled([
        store.append(id, [sampleEvent()], 'no_stream'),
        store.append(id, [sampleEvent()], 'no_stream'),
      ]);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(refused.reason).toMatchObject({ streamId: id, expected: 'no_stream', actual: 0 });
    });
  });

  it('lands racing appends with `any` one after the other, so the hash chain does not fork', async () => {
    const id = `${category()}-${randomUUID()}`;
    await store.append(id, [sampleEvent()], 'no_stream');
    // Both read revision 0; the server refuses one, which reads again and appends after the other.
    await Promise.all([store.append(id, [sampleEvent()], 'any'), store.append(id, [sampleEvent()], 'any')]);
    const read = await store.readStream(id);
    expect(read.map((e) => e.revision)).toEqual([0, 1, 2]);
    expect(read.map((e) => e.metadata.previousHash)).toEqual([
      GENESIS_HASH,
      read[0]!.metadata.hash,
      read[1]!.metadata.hash,
    ]);
  });

  it('skips the server’s system events in reads, the head and subscriptions', async () => {
    const id = `${category()}-${randomUUID()}`;
    const { position } = await store.append(id, [sampleEvent('Ours')], 'no_stream');
    const client = EventStoreDBClient.connectionString(double.connectionString);
    await client.appendToStream('$stats-127.0.0.1:2113', jsonEvent({ type: '$statsCollected', data: {} }));
    await client.appendToStream(`${id}-links`, jsonEvent({ type: '$>', data: {} }));
    await client.dispose();

    expect((await store.readAll()).map((e) => e.type)).toEqual(['Ours']);
    expect(await store.headPosition()).toBe(position);
    const subscription = store.subscribeToAll();
    expect((await nextEvents(subscription, 1)).map((e) => e.type)).toEqual(['Ours']);
    await subscription.close();
  });

  it('keeps a subscription going through dropped connections, without gaps or duplicates', async () => {
    const cat = category();
    const id = `${cat}-${randomUUID()}`;
    await store.append(id, sampleEvents(3), 'no_stream');
    const subscription = store.subscribeToAll({ filter: { categories: [cat] } });
    const before = await nextEvents(subscription, 3);

    double.dropConnections();
    await store.append(id, sampleEvents(3), 2);
    const afterFirstDrop = await nextEvents(subscription, 3);
    double.dropConnections();
    await store.append(id, sampleEvents(2), 5);
    const afterSecondDrop = await nextEvents(subscription, 2);
    await subscription.close();

    const delivered = [...before, ...afterFirstDrop, ...afterSecondDrop];
    expect(delivered.map((e) => e.id)).toEqual((await store.readStream(id)).map((e) => e.id));
  });

  describe('caught up, on servers that never say so (before 23.10)', () => {
    let quiet: EsdbProtocolDouble;
    let quietStore: EsdbEventStore;
    beforeEach(async () => {
      quiet = await startEsdbProtocolDouble({ announcesCaughtUp: false });
      quietStore = new EsdbEventStore({ connectionString: quiet.connectionString });
    });
    afterEach(async () => {
      await quietStore.close();
      await quiet.stop();
    });

    it('is reached when the subscription delivers the head it started with', async () => {
      await quietStore.append(`${category()}-${randomUUID()}`, sampleEvents(3), 'no_stream');
      const subscription = quietStore.subscribeToAll();
      const received = nextEvents(subscription, 4);
      await subscription.caughtUp;
      await quietStore.append(`${category()}-${randomUUID()}`, [sampleEvent()], 'no_stream');
      expect(await received).toHaveLength(4);
      await subscription.close();
    });

    it('is reached through the server’s checkpoint when the last events are filtered out', async () => {
      const cat = category();
      await quietStore.append(`${cat}-${randomUUID()}`, sampleEvents(2), 'no_stream');
      await quietStore.append(`${category()}-${randomUUID()}`, sampleEvents(2), 'no_stream');
      const subscription = quietStore.subscribeToAll({ filter: { categories: [cat] } });
      const received = nextEvents(subscription, 2);
      await subscription.caughtUp;
      expect(await received).toHaveLength(2);
      await subscription.close();
    });
  });

  it('says it is healthy when the server answers', async () => {
    expect(await store.health()).toEqual({ ok: true });
  });
});

describe('connection strings', () => {
  it('hide the password', () => {
    expect(redactConnectionString('esdb://admin:changeit@db:2113?tls=false')).toBe(
      'esdb://admin:***@db:2113?tls=false',
    );
    expect(redactConnectionString('esdb+discover://ops:p%40ss@cluster.local:2113')).toBe(
      'esdb+discover://ops:***@cluster.local:2113',
    );
    expect(redactConnectionString('esdb://db:2113?tls=false')).toBe('esdb://db:2113?tls=false');
  });

  it('do not leak the password when the client cannot parse them', () => {
    expect(() => new EsdbEventStore({ connectionString: 'esdb://admin:s3cret@db:port' })).toThrow(
      /esdb:\/\/admin:\*\*\*@db:port/,
    );
    expect(() => new EsdbEventStore({ connectionString: 'esdb://admin:s3cret@db:port' })).not.toThrow(
      /s3cret/,
    );
  });
});

describe('openEventStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens the embedded SQLite store, folder and all, without a connection string', async () => {
    const path = join(dir, 'nested', 'events.sqlite');
    const store = await openEventStore({ sqlitePath: path });
    expect(store).toBeInstanceOf(SqliteEventStore);
    expect(existsSync(path)).toBe(true);
    expect(await store.health?.()).toEqual({ ok: true });
    await store.close();
  });

  it('opens EventStoreDB for an esdb:// connection string once the server answers', async () => {
    const double = await startEsdbProtocolDouble();
    const store = await openEventStore({ connectionString: double.connectionString });
    expect(store).toBeInstanceOf(EsdbEventStore);
    await store.close();
    await double.stop();
  });

  it('names the unreachable server, password hidden, in Chinese and English', async () => {
    const port = await closedPort();
    const attempt = openEventStore({ connectionString: `esdb://admin:s3cret@127.0.0.1:${port}?tls=false` });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    const { message } = error as Error;
    expect(message).toContain(`无法连接事件存储 esdb://admin:***@127.0.0.1:${port}?tls=false`);
    expect(message).toContain(`Cannot reach the event store esdb://admin:***@127.0.0.1:${port}?tls=false`);
    expect(message).not.toContain('s3cret');
  });

  it('gives up on a server that accepts connections but never answers', async () => {
    const connections = new Set<Socket>();
    const silent = createServer((socket) => connections.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const attempt = openEventStore({
        connectionString: `esdb://127.0.0.1:${port}?tls=false`,
        connectTimeoutMs: 300,
      });
      await expect(attempt).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      for (const socket of connections) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('refuses a connection string it does not know', async () => {
    await expect(openEventStore({ connectionString: 'postgres://u:pw@db/events' })).rejects.toThrow(
      /postgres:\/\/u:\*\*\*@db\/events/,
    );
  });
});
