import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  type JSONType,
  jsonEvent,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../errors.js';
import { isExpectedRevision } from '../expected-revision.js';
import { chainEvents, GENESIS_HASH } from '../hash-chain.js';
import { findIdempotentReplay } from '../idempotent-replay.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreHealth,
  SubscribeOptions,
  Subscription,
} from '../port.js';
import { redactConnectionString } from './connection-string.js';
import { retryIfDropped } from './dropped-connection.js';
import { esdbSubscription, type ReconnectPolicy } from './esdb-subscription.js';
import { matchesFilter } from './event-filter.js';
import { isSystemEvent, toRecordedEvent } from './recorded-event.js';
import { toEsdbExpectedRevision, toWrongExpectedRevisionError } from './revision-mapping.js';
import { scanAll } from './scan-all.js';
import { withTimeout } from './with-timeout.js';

export interface EsdbEventStoreOptions {
  /** `esdb://…` or `esdb+discover://…` */
  connectionString: string;
  /**
   * How many of a stream's latest events an append compares with the ones it brings, to recognise a
   * retried command (or a mistake) by the event ids. EventStoreDB keeps no index of event ids.
   */
  idempotencyWindow?: number;
  reconnect?: Partial<ReconnectPolicy>;
  /** How long `health()` waits for the server to answer. */
  healthTimeoutMs?: number;
}

const READ_ALL_PAGE = 512;
const HEAD_SCAN_PAGE = 32;
/** Appends with `any` that lose a race re-read the stream; past this many losses, the conflict is reported. */
const ANY_APPEND_ATTEMPTS = 10;

/**
 * The event store on EventStoreDB, through its gRPC client. The hash chain is kept as on SQLite: each
 * append reads the stream's last event for its hash, then appends at exactly that revision, so that two
 * writers can never both chain onto the same event.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly idempotencyWindow: number;
  private readonly reconnect: ReconnectPolicy;
  private readonly healthTimeoutMs: number;
  private readonly subscriptions = new Set<Subscription>();

  constructor(options: EsdbEventStoreOptions) {
    this.client = connect(options.connectionString);
    this.idempotencyWindow = options.idempotencyWindow ?? 100;
    this.reconnect = { firstDelayMs: 100, maxDelayMs: 5000, ...options.reconnect };
    this.healthTimeoutMs = options.healthTimeoutMs ?? 3000;
  }

  append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    return this.retryIfDropped(() => this.appendOnce(streamId, events, expectedRevision));
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.retryIfDropped(() => this.readStreamOnce(streamId, options));
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.retryIfDropped(() => this.readAllOnce(options));
  }

  headPosition(): Promise<bigint> {
    return this.retryIfDropped(() => this.headPositionOnce());
  }

  private retryIfDropped<T>(work: () => Promise<T>): Promise<T> {
    return retryIfDropped(work, this.reconnect.firstDelayMs);
  }

  private async appendOnce(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const tail = await this.readStreamOnce(streamId, {
        direction: 'backwards',
        maxCount: this.idempotencyWindow,
      });
      const byId = new Map(tail.map((event) => [event.id, event]));
      const replay = findIdempotentReplay(
        streamId,
        events,
        events.map((event) => byId.get(event.id)),
      );
      if (replay) return replay;
      const last = tail[0];
      const current = last?.revision ?? -1;
      if (!isExpectedRevision(expectedRevision, current))
        throw new WrongExpectedRevisionError(streamId, expectedRevision, current);
      if (events.length === 0)
        return { nextExpectedRevision: current, position: await this.headPositionOnce() };

      const chained = chainEvents(last?.metadata.hash ?? GENESIS_HASH, streamId, current, events);
      // `any` is appended at the revision just read too: the chain must not fork.
      const exactly = toEsdbExpectedRevision(current === -1 ? 'no_stream' : current);
      try {
        const result = await this.client.appendToStream(
          streamId,
          chained.map((event) =>
            jsonEvent({
              id: event.id,
              type: event.type,
              data: event.data as JSONType,
              metadata: event.metadata,
            }),
          ),
          { expectedRevision: exactly },
        );
        const nextExpectedRevision = Number(result.nextExpectedRevision);
        return {
          nextExpectedRevision,
          position: result.position?.commit ?? (await this.positionOf(streamId, nextExpectedRevision)),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (expectedRevision !== 'any' || attempt === ANY_APPEND_ATTEMPTS)
          throw toWrongExpectedRevisionError(streamId, expectedRevision, error);
      }
    }
  }

  /** The server answers a retry it recognises itself without a position: it is read from the event. */
  private async positionOf(streamId: string, revision: number): Promise<bigint> {
    const [event] = await this.readStreamOnce(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`${streamId}@${revision} was just written but cannot be read`);
    return event.position;
  }

  private async readStreamOnce(streamId: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
    if (options.maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision:
        options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
      maxCount: options.maxCount,
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const { event } of read) {
        const recorded = event && toRecordedEvent(event);
        if (recorded) events.push(recorded);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  private async readAllOnce(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const wanted = options.maxCount ?? Number.POSITIVE_INFINITY;
    const found: RecordedEvent[] = [];
    if (wanted <= 0) return found;
    // The client reads `$all` unfiltered (it offers server-side filters to subscriptions only).
    for await (const stored of scanAll(this.client, FORWARDS, options.after, READ_ALL_PAGE)) {
      const event = toRecordedEvent(stored);
      if (!event || !matchesFilter(event, options.filter)) continue;
      found.push(event);
      if (found.length >= wanted) break;
    }
    return found;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const subscription = esdbSubscription(
      { client: this.client, headPosition: () => this.headPosition(), reconnect: this.reconnect },
      options,
    );
    this.subscriptions.add(subscription);
    return {
      caughtUp: subscription.caughtUp,
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  private async headPositionOnce(): Promise<bigint> {
    for await (const event of scanAll(this.client, BACKWARDS, undefined, HEAD_SCAN_PAGE))
      if (!isSystemEvent(event)) return event.position.commit;
    return 0n;
  }

  async health(): Promise<StoreHealth> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    try {
      await withTimeout(read.toArray(), this.healthTimeoutMs, () => read.cancel());
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.subscriptions.clear();
    await this.client.dispose();
  }
}

/** The client's own parse errors quote the whole connection string, password included. */
function connect(connectionString: string): EventStoreDBClient {
  try {
    return EventStoreDBClient.connectionString(connectionString);
  } catch {
    const redacted = redactConnectionString(connectionString);
    throw new Error(`事件存储连接串无效 ${redacted} / Invalid event store connection string ${redacted}`);
  }
}
