import { expect } from 'vitest';
import {
  type Aggregate,
  type CommandName,
  currentSchemaVersion,
  DomainError,
  type DomainEvent,
  EVENT_SCHEMAS,
  fold,
  isEventType,
  upcast,
} from '../../src/index.js';
import { decideCommand, streamName } from './decide-command.js';
import { NOW } from './fixtures.js';

interface StoredEvent extends DomainEvent {
  schemaVersion: number;
}

/**
 * An in-memory event history for tests: commands run through `decideCommand`, their events are kept
 * per stream with the schema version, and reads upcast them as the real store's readers do.
 */
export class Ledger {
  private readonly streams = new Map<string, StoredEvent[]>();
  private commandCount = 0;

  constructor(readonly now: Date = NOW) {}

  /** Events already recorded, possibly in an older schema version. */
  given(category: string, id: string, events: DomainEvent[], schemaVersion?: number): this {
    const stored = events.map((e) => ({
      ...e,
      schemaVersion: schemaVersion ?? currentSchemaVersion(e.type),
    }));
    this.append(streamName(category, id), stored);
    return this;
  }

  /** Runs a command that must succeed; returns its events by the key of each stream it needs. */
  run(name: CommandName, input: unknown): Record<string, DomainEvent[]> {
    const decision = decideCommand(name, input, (s) => this.read(s), this.context());
    for (const [stream, events] of Object.entries(decision.byStream)) {
      for (const event of events) expectValidEvent(event);
      this.append(
        stream,
        events.map((e) => ({ ...e, schemaVersion: currentSchemaVersion(e.type) })),
      );
    }
    return decision.byKey;
  }

  /** Runs a command that must be refused, checks that nothing was written, and returns the error. */
  reject(name: CommandName, input: unknown): DomainError {
    const before = JSON.stringify([...this.streams]);
    try {
      this.run(name, input);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      expect(JSON.stringify([...this.streams])).toBe(before);
      return error;
    }
    throw new Error(`expected ${name} to be refused`);
  }

  /** Runs a command and returns null, or the error it was refused with: for property tests. */
  attempt(name: CommandName, input: unknown): DomainError | null {
    try {
      this.run(name, input);
      return null;
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
  }

  /** A stream's events in the current schema version. */
  read(stream: string): DomainEvent[] {
    return (this.streams.get(stream) ?? []).map(({ type, data, schemaVersion }) => ({
      type,
      data: upcast(type, schemaVersion, data, this.now.toISOString()),
    }));
  }

  history(category: string, id: string): DomainEvent[] {
    return this.read(streamName(category, id));
  }

  /** The state of a stream, folded with its aggregate's `evolve`. */
  state<State, Event extends DomainEvent>(aggregate: Aggregate<State, Event>, id: string): State {
    return fold(aggregate, this.history(aggregate.category, id) as Event[]);
  }

  private append(stream: string, events: StoredEvent[]): void {
    this.streams.set(stream, [...(this.streams.get(stream) ?? []), ...events]);
  }

  private context() {
    this.commandCount += 1;
    return { actor: 'user:test', now: this.now, commandId: `command-${this.commandCount}` };
  }
}

/** Every event decided fits the published schema of its type. */
export function expectValidEvent(event: DomainEvent): void {
  expect(isEventType(event.type), `${event.type} is in the catalogue`).toBe(true);
  const result = EVENT_SCHEMAS[event.type as keyof typeof EVENT_SCHEMAS].safeParse(event.data);
  expect(result.error?.issues ?? [], `${event.type} fits its schema`).toEqual([]);
}

/** The refusal names the rule, its kind and the field at fault, with a message in both languages. */
export function expectRule(
  error: DomainError,
  rule: string,
  field: string | undefined,
  kind: DomainError['kind'] = 'BAD_USER_INPUT',
): void {
  expect({ rule: error.rule, field: error.field, kind: error.kind }).toEqual({ rule, field, kind });
  expect(error.messages.zh).toMatch(/\p{Script=Han}/u);
  expect(error.messages.en).toMatch(/^[A-Z]/);
}
