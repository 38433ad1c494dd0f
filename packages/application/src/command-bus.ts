import {
  type Aggregate,
  type AnyCommandDefinition,
  COMMANDS,
  type CommandContext,
  type CommandName,
  conflict,
  currentSchemaVersion,
  DomainError,
  type DomainEvent,
  ensureCommandId,
  existenceCheck,
  fold,
  occurredAtOf,
  type PreparedCommand,
  prepareCommand,
  referencedStreams,
  upcast,
} from '@cadre/domain';
import {
  type AppendResult,
  type EventStore,
  type RecordedEvent,
  type StreamWrite,
  streamName,
  WrongExpectedRevisionError,
} from '@cadre/event-store';
import { commandFingerprint } from './command-fingerprint.js';
import { completeFollowUps, followUpsOf, withFollowUps } from './command-follow-ups.js';
import type { CommandMetadata, CommandResult } from './command-metadata.js';
import { deterministicUuid } from './deterministic-uuid.js';
import { readBackAsWritten } from './personal-data-sealing.js';
import { StreamFolds } from './stream-folds.js';

export interface CommandBusOptions {
  store: EventStore;
  now?: () => Date;
  /** How often a command is decided again after another writer got to a stream first. */
  maxAttempts?: number;
}

interface LoadedStream {
  key: string;
  streamId: string;
  aggregate: AnyAggregate;
  /**
   * The command ids on the stream as the fold cache knows them (none when it was read whole); shared with
   * the cache and only ever added to, with ids that are stored (copying it would cost the stream's length).
   */
  commands?: Map<string, string | undefined>;
  /** The stream folded without the current command's own events (the state it decides on). */
  state: unknown;
  /** The current command's own events already on this stream (a retry, or an interrupted command). */
  ours: RecordedEvent[];
  alreadyWritten: boolean;
  /** The fingerprints of the inputs the current command id was written with on this stream (none: new). */
  fingerprints: Set<string>;
  lastRevision: number;
  lastPosition: bigint;
}

export function toDomainEvent(event: RecordedEvent): DomainEvent {
  return {
    type: event.type,
    data: upcast(event.type, event.metadata.schemaVersion, event.data, event.metadata.occurredAt),
  };
}

/** The fingerprint of the command an event was written by (absent on events from before fingerprints). */
const fingerprintOf = (event: RecordedEvent): string | undefined =>
  typeof event.metadata.commandFingerprint === 'string' ? event.metadata.commandFingerprint : undefined;

// biome-ignore lint/suspicious/noExplicitAny: any aggregate of a command's needs, as the registry types them
type AnyAggregate = Aggregate<any, any>;

/** The same command id sent with another input: refused, whatever it would have done. */
const commandIdReused = (): never =>
  conflict(
    'COMMAND_ID_REUSED',
    {
      zh: '该命令编号已用于另一项不同的操作，请为新操作使用新的命令编号',
      en: 'This command id was already used for a different command; send a new command id for a new command',
    },
    'commandId',
  );

/** A command as the bus carries it out: its definition, validated input, business date and fingerprint. */
interface Execution extends PreparedCommand {
  definition: AnyCommandDefinition;
  ids: Record<string, string | null>;
  fingerprint: string;
  now: Date;
}

/**
 * The imperative shell around the pure domain: validate input, load and fold the streams a command
 * needs, decide, and append with the expected revisions read. A command that touches several streams
 * writes its first-named stream last, so finding the command id there means the whole command is done.
 * Every event carries the command's business date as `occurredAt` and its input's fingerprint, so a
 * command id found with another fingerprint on any of the streams is refused.
 */
export class CommandBus {
  private readonly store: EventStore;
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private readonly folds = new StreamFolds();

  constructor(options: CommandBusOptions) {
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  async execute(name: CommandName, input: unknown, metadata: CommandMetadata): Promise<CommandResult> {
    ensureCommandId(metadata.commandId);
    const definition: AnyCommandDefinition = COMMANDS[name];
    const now = this.now();
    const prepared = prepareCommand(definition, input, now);
    const execution: Execution = {
      ...prepared,
      definition,
      ids: definition.streamIds(prepared.input) as Record<string, string | null>,
      fingerprint: commandFingerprint(name, input),
      now,
    };
    const exists = await this.existenceOf(definition.references?.(prepared.input));
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(execution, metadata, exists);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= this.maxAttempts) {
          if (error instanceof WrongExpectedRevisionError) {
            throw new DomainError('CONFLICT', 'CONCURRENT_CHANGE', {
              zh: '数据已被他人同时修改，请刷新后重试',
              en: 'Someone else changed this at the same time; reload and try again',
            });
          }
          throw error;
        }
      }
    }
  }

  private async attempt(
    { definition, input, ids, fingerprint, now, occurredOn }: Execution,
    metadata: CommandMetadata,
    exists: CommandContext['exists'],
  ): Promise<CommandResult> {
    const keys = Object.keys(definition.needs).filter((key) => ids[key] !== null);
    const streams = await Promise.all(
      keys.map((key) => {
        const aggregate = definition.needs[key]!;
        return this.load(key, streamName(aggregate.category, ids[key]!), aggregate, metadata.commandId);
      }),
    );
    const involved = Object.fromEntries(keys.map((key) => [key, ids[key]!]));
    const primary = streams[0]!;
    if (streams.some((s) => [...s.fingerprints].some((f) => f !== fingerprint))) commandIdReused();
    // Begun before (a crash or a failure between its writes): carry out what was decided then.
    const begun = streams.flatMap((s) => s.ours).find((e) => followUpsOf(e));
    if (!primary.alreadyWritten && begun) {
      const position = await completeFollowUps(this.store, begun);
      return { commandId: metadata.commandId, position, eventCount: 0, duplicate: true, ids: involved };
    }
    if (primary.alreadyWritten) {
      const position = streams.reduce((max, s) => (s.lastPosition > max ? s.lastPosition : max), 0n);
      return { commandId: metadata.commandId, position, eventCount: 0, duplicate: true, ids: involved };
    }
    const states: Record<string, unknown> = {};
    for (const [key, aggregate] of Object.entries(definition.needs)) states[key] = aggregate.initialState;
    for (const stream of streams) states[stream.key] = stream.state;
    const decided = definition.decide(input, states, {
      actor: metadata.actor,
      now,
      commandId: metadata.commandId,
      exists,
    });
    const uninvolved = Object.keys(decided).filter((key) => ids[key] === null && decided[key]?.length);
    if (uninvolved.length > 0)
      throw new Error(`${definition.name} decided events for uninvolved ${uninvolved}`);
    const writes: StreamWrite[] = [...streams.slice(1), primary]
      .filter((stream) => !stream.alreadyWritten && (decided[stream.key] ?? []).length > 0)
      .map((stream) => ({
        streamId: stream.streamId,
        events: (decided[stream.key] ?? []).map((event, index) => ({
          id: deterministicUuid(metadata.commandId, stream.streamId, String(index)),
          type: event.type,
          data: event.data,
          metadata: {
            actor: metadata.actor,
            occurredAt: occurredAtOf(occurredOn),
            correlationId: metadata.correlationId ?? metadata.commandId,
            causationId: metadata.causationId ?? metadata.commandId,
            commandId: metadata.commandId,
            commandFingerprint: fingerprint,
            ...(metadata.reason ? { reason: metadata.reason } : {}),
            schemaVersion: currentSchemaVersion(event.type),
          },
        })),
        expectedRevision: stream.lastRevision === -1 ? 'no_stream' : stream.lastRevision,
      }));
    const results = await this.appendAll(writes);
    const position = results.reduce((max, r) => (r.position > max ? r.position : max), 0n);
    // The same command sent twice at once: the later one's events were all stored already.
    const duplicate = results.length > 0 && results.every((r) => r.replayed);
    if (!duplicate) this.keepWritten(streams, writes, results, metadata.commandId, fingerprint);
    const eventCount = duplicate ? 0 : writes.reduce((sum, write) => sum + write.events.length, 0);
    return { commandId: metadata.commandId, position, eventCount, duplicate, ids: involved };
  }

  /**
   * Folds what the command just wrote into the streams' cached states, as reading it back would (the data
   * as JSON stores it), so the next command on them reads no event it does not know. Events the store
   * wrapper may give back otherwise (sealed personal data) are left to be read back.
   */
  private keepWritten(
    streams: readonly LoadedStream[],
    writes: readonly StreamWrite[],
    results: readonly AppendResult[],
    commandId: string,
    fingerprint: string,
  ): void {
    writes.forEach((write, index) => {
      const stream = streams.find((s) => s.streamId === write.streamId);
      const result = results[index];
      if (!stream?.commands || !result || result.replayed) return;
      if (!write.events.every(readBackAsWritten)) return;
      let state = stream.state;
      for (const event of write.events)
        state = stream.aggregate.evolve(state, {
          type: event.type,
          data: JSON.parse(JSON.stringify(event.data)),
        } as never);
      const commands = stream.commands.set(commandId, fingerprint);
      const revision = result.nextExpectedRevision;
      this.folds.keep(write.streamId, stream.aggregate, {
        revision,
        position: result.position,
        state,
        commands,
      });
    });
  }

  /**
   * A command's writes in one transaction where the store has them (SQLite); elsewhere (EventStoreDB) one
   * stream after another, the first-named last, the first write carrying the rest (see command-follow-ups.ts).
   */
  private async appendAll(writes: StreamWrite[]): Promise<AppendResult[]> {
    if (this.store.appendToStreams) return this.store.appendToStreams(writes);
    const results: AppendResult[] = [];
    for (const { streamId, events, expectedRevision } of withFollowUps(writes))
      results.push(await this.store.append(streamId, events, expectedRevision));
    return results;
  }

  /**
   * Which of the streams a command references exist, read once (one event each) before deciding: nothing
   * is ever deleted, so a retry after a conflict needs no second look.
   */
  private async existenceOf(
    references: Readonly<Record<string, readonly string[]>> | undefined,
  ): Promise<CommandContext['exists']> {
    const keys = referencedStreams(references);
    const found = await Promise.all(keys.map((key) => this.store.readStream(key, { maxCount: 1 })));
    const present = new Set(keys.filter((_, index) => found[index]!.length > 0));
    return existenceCheck(references, (key) => present.has(key));
  }

  /**
   * A stream as a command decides on it: folded from what the bus knows of it plus the events after that.
   * Finding the current command's id on it (a retry, an interrupted command) reads it whole instead.
   */
  private async load(
    key: string,
    streamId: string,
    aggregate: AnyAggregate,
    commandId: string,
  ): Promise<LoadedStream> {
    const known = this.folds.get(streamId, aggregate);
    const tail = await this.store.readStream(streamId, known ? { fromRevision: known.revision + 1 } : {});
    let state = known?.state ?? aggregate.initialState;
    const commands = known?.commands ?? new Map<string, string | undefined>();
    for (const event of tail) {
      state = aggregate.evolve(state, toDomainEvent(event) as never);
      if (event.metadata.commandId) commands.set(event.metadata.commandId, fingerprintOf(event));
    }
    const last = tail.at(-1);
    const revision = last?.revision ?? known?.revision ?? -1;
    const position = last?.position ?? known?.position ?? 0n;
    this.folds.keep(streamId, aggregate, { revision, position, state, commands });
    if (commands.has(commandId)) return this.loadWhole(key, streamId, aggregate, commandId);
    const nothingOurs = { ours: [], alreadyWritten: false, fingerprints: new Set<string>() };
    return {
      key,
      streamId,
      aggregate,
      commands,
      state,
      ...nothingOurs,
      lastRevision: revision,
      lastPosition: position,
    };
  }

  /** The whole stream, the current command's own events apart: for a command found on it already. */
  private async loadWhole(
    key: string,
    streamId: string,
    aggregate: AnyAggregate,
    commandId: string,
  ): Promise<LoadedStream> {
    const events = await this.store.readStream(streamId);
    const last = events[events.length - 1];
    const ours = events.filter((e) => e.metadata.commandId === commandId);
    const history = events.filter((e) => e.metadata.commandId !== commandId);
    return {
      key,
      streamId,
      aggregate,
      state: fold(aggregate, history.map(toDomainEvent) as never[]),
      ours,
      alreadyWritten: ours.length > 0,
      fingerprints: new Set(ours.flatMap((e) => (fingerprintOf(e) ? [fingerprintOf(e)!] : []))),
      lastRevision: last?.revision ?? -1,
      lastPosition: last?.position ?? 0n,
    };
  }
}
