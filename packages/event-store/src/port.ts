/**
 * The event store port: the only thing projections, the command handler and the gateway know of a store.
 * Every adapter (embedded SQLite, EventStoreDB) passes the same contract suite (`@cadre/event-store/testing`).
 */

/** What every event carries besides its data (see shared/domain.md, "Event catalogue"). */
export interface EventMetadata {
  /** Who caused it: a user id, `system`, or `api-key:<id>`. */
  actor: string;
  /** Business time (ISO 8601); may lie in the past, e.g. an appointment recorded late. */
  occurredAt: string;
  correlationId: string;
  causationId: string;
  /** The client's command id: a retried command is recognised by it. */
  commandId?: string;
  /** Why, where a human gave a reason (corrections, departures). */
  reason?: string;
  schemaVersion: number;
  /** Set on events imported from another store: when the first store recorded them (ISO 8601). */
  originalRecordedAt?: string;
  /** Tamper evidence: hash of this event chained to the previous event of its stream (set by the store). */
  hash?: string;
  previousHash?: string;
  [key: string]: unknown;
}

export interface NewEvent<Data = unknown> {
  /** A UUID chosen by the writer; re-appending the same ids is idempotent. */
  id: string;
  type: string;
  data: Data;
  metadata: EventMetadata;
}

export interface RecordedEvent<Data = unknown> extends NewEvent<Data> {
  streamId: string;
  /** 0-based revision of the event inside its stream. */
  revision: number;
  /** Global position in the store's total order; increases with every event, never reused. */
  position: bigint;
  /** When the store wrote it (ISO 8601), stamped by the store; for an imported event, by the first store. */
  recordedAt: string;
}

/**
 * `no_stream`: the stream must not exist; `any`: no check;
 * a number: the stream's last revision must be exactly this.
 */
export type ExpectedRevision = 'no_stream' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextExpectedRevision: number;
  /** Global position of the last event written (or found, on an idempotent re-append). */
  position: bigint;
  /** True when every event was already stored as this very append: nothing was written. */
  replayed?: boolean;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface EventFilter {
  /** Stream categories, the part of the stream id before the first `-` (e.g. `cadre`). */
  categories?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: only events after this global position. Omitted: from the first event. */
  after?: bigint;
  maxCount?: number;
  filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: delivery starts with the first event after it. */
  after?: bigint;
  filter?: EventFilter;
}

/** A catch-up subscription: the stored events after the checkpoint, then live ones, in order. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  /** Resolves once every event stored when the subscription started has been delivered. */
  readonly caughtUp: Promise<void>;
  close(): Promise<void>;
}

/** What a store says of itself when asked whether it can serve (readiness probes, start-up checks). */
export interface StoreHealth {
  ok: boolean;
  /** Why not, when not ok. */
  detail?: string;
}

/** What one stream gets in an append to several streams. */
export interface StreamWrite {
  streamId: string;
  events: readonly NewEvent[];
  expectedRevision: ExpectedRevision;
}

export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  /**
   * All or nothing: every write is checked against its expected revision and stored in one transaction,
   * or none is (the first failure is thrown). Only stores with multi-stream transactions offer it: the
   * embedded SQLite store does, EventStoreDB does not.
   */
  appendToStreams?(writes: readonly StreamWrite[]): Promise<AppendResult[]>;
  /** A missing stream reads as an empty list. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Position of the last event in the store (0n when empty). */
  headPosition(): Promise<bigint>;
  health?(): Promise<StoreHealth>;
  close(): Promise<void>;
}
