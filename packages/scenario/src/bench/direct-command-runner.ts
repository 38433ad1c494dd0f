import { deterministicUuid } from '@cadre/application';
import {
  type AnyCommandDefinition,
  COMMANDS,
  type CommandName,
  currentSchemaVersion,
  existenceCheck,
  occurredAtOf,
  prepareCommand,
  withBusinessDate,
} from '@cadre/domain';
import { type EventStore, type NewEvent, streamName } from '@cadre/event-store';

interface StreamState {
  state: unknown;
  revision: number;
}

/**
 * Runs domain commands against states kept in memory and writes the events in large appends: the same
 * `decide` and `evolve` as the command bus, without reading every stream back from the store. For
 * generating large benchmark histories; the ledger itself always goes through the command bus.
 */
export class DirectCommandRunner {
  private readonly streams = new Map<string, StreamState>();
  /** Runs of consecutive events of one stream, in the order decided: the log keeps the commands' order. */
  private pending: Array<{ streamId: string; events: NewEvent[] }> = [];
  private pendingCount = 0;
  private commands = 0;
  private decided = 0;

  constructor(
    private readonly store: EventStore,
    private readonly now: Date,
    private readonly actor = 'system:bench',
    /** Command ids are derived from it: two runners on one store need two namespaces. */
    private readonly namespace = 'bench',
  ) {}

  get pendingEvents(): number {
    return this.pendingCount;
  }

  /** Events decided so far, appended or not. */
  get events(): number {
    return this.decided;
  }

  get commandsRun(): number {
    return this.commands;
  }

  execute(name: CommandName, input: unknown, occurredOn: string): void {
    const definition: AnyCommandDefinition = COMMANDS[name];
    const prepared = prepareCommand(definition, withBusinessDate(definition, input, occurredOn), this.now);
    const parsed = prepared.input;
    const ids = definition.streamIds(parsed) as Record<string, string | null>;
    const commandId = deterministicUuid(this.namespace, String(this.commands++));
    const states: Record<string, unknown> = {};
    const streamIds: Record<string, string> = {};
    for (const [key, aggregate] of Object.entries(definition.needs)) {
      const id = ids[key];
      if (!id) {
        states[key] = aggregate.initialState;
        continue;
      }
      streamIds[key] = streamName(aggregate.category, id);
      states[key] = this.streams.get(streamIds[key]!)?.state ?? aggregate.initialState;
    }
    const exists = existenceCheck(definition.references?.(parsed), (key) => this.streams.has(key));
    const decided = definition.decide(parsed, states, {
      actor: this.actor,
      now: this.now,
      commandId,
      exists,
    });
    for (const [key, events] of Object.entries(decided)) {
      if (!streamIds[key] || !events?.length) continue;
      const aggregate = definition.needs[key]!;
      const streamId = streamIds[key]!;
      const current = this.streams.get(streamId) ?? { state: aggregate.initialState, revision: -1 };
      let run = this.pending[this.pending.length - 1];
      if (run?.streamId !== streamId) {
        run = { streamId, events: [] };
        this.pending.push(run);
      }
      const queue = run.events;
      for (const [index, event] of events.entries()) {
        current.state = aggregate.evolve(current.state, event);
        queue.push({
          id: deterministicUuid(commandId, streamId, String(index)),
          type: event.type,
          data: event.data,
          metadata: {
            actor: this.actor,
            occurredAt: occurredAtOf(prepared.occurredOn),
            correlationId: commandId,
            causationId: commandId,
            commandId,
            schemaVersion: currentSchemaVersion(event.type),
          },
        });
        this.pendingCount++;
        this.decided++;
      }
      this.streams.set(streamId, current);
    }
  }

  /**
   * Appends everything decided so far, each stream at the revision it had: the appends are queued without
   * waiting, so the store commits them together, in the order the commands were decided.
   */
  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    this.pendingCount = 0;
    await Promise.all(
      pending.map(({ streamId, events }) => {
        const stream = this.streams.get(streamId)!;
        const before = stream.revision;
        stream.revision += events.length;
        return this.store.append(streamId, events, before === -1 ? 'no_stream' : before);
      }),
    );
  }
}
