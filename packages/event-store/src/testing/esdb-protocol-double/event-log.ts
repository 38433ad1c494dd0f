/** An event as the double keeps it: what the client proposed, plus what the server stamps on it. */
export interface LoggedEvent {
  id: string;
  streamId: string;
  revision: number;
  /** Commit and prepare position alike: the double writes no transactions. */
  position: bigint;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  /** 100 ns ticks since the Unix epoch, as the server reports `created`. */
  createdTicks: bigint;
}

export type ProposedEvent = Pick<LoggedEvent, 'id' | 'type' | 'contentType' | 'data' | 'customMetadata'>;

export type ExpectedStreamState =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'revision'; revision: number };

export type AppendOutcome =
  | { ok: true; currentRevision: number; position: bigint }
  /** `currentRevision` -1: the stream does not exist. */
  | { ok: false; currentRevision: number };

/** Like the server's transaction log, the first event does not start at 0 (the epoch record does). */
const FIRST_POSITION = 1024n;
const RECORD_OVERHEAD = 64;

/** The double's whole database: every event in global order, indexed by stream, with live listeners. */
export class EventLog {
  private readonly events: LoggedEvent[] = [];
  private readonly streams = new Map<string, LoggedEvent[]>();
  private readonly listeners = new Set<(event: LoggedEvent) => void>();
  private nextPosition = FIRST_POSITION;

  all(): readonly LoggedEvent[] {
    return this.events;
  }

  stream(streamId: string): readonly LoggedEvent[] | undefined {
    return this.streams.get(streamId);
  }

  /** Calls `listener` with every event appended from now on; returns how to stop. */
  onAppend(listener: (event: LoggedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  append(streamId: string, expected: ExpectedStreamState, proposed: readonly ProposedEvent[]): AppendOutcome {
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length - 1;
    if (!isAt(expected, current)) {
      const replayed = retriedWrite(stream, expected, proposed);
      if (replayed) return { ok: true, currentRevision: replayed.revision, position: replayed.position };
      return { ok: false, currentRevision: current };
    }

    const createdTicks = BigInt(Date.now()) * 10_000n;
    const written = proposed.map((event, i): LoggedEvent => {
      const position = this.nextPosition;
      this.nextPosition += BigInt(RECORD_OVERHEAD + event.data.length + event.customMetadata.length);
      return { ...event, streamId, revision: current + 1 + i, position, createdTicks };
    });
    if (written.length === 0) return { ok: true, currentRevision: current, position: this.nextPosition };
    this.streams.set(streamId, [...stream, ...written]);
    this.events.push(...written);
    for (const event of written) for (const listener of this.listeners) listener(event);
    const last = written[written.length - 1]!;
    return { ok: true, currentRevision: last.revision, position: last.position };
  }
}

function isAt(expected: ExpectedStreamState, current: number): boolean {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current !== -1;
    case 'revision':
      return current === expected.revision;
  }
}

/**
 * When the expected revision is behind the stream, the server checks whether the proposed events are
 * the ones already written there (a retry) and then answers as it did the first time.
 */
function retriedWrite(
  stream: readonly LoggedEvent[],
  expected: ExpectedStreamState,
  proposed: readonly ProposedEvent[],
): LoggedEvent | undefined {
  const from = expected.kind === 'no_stream' ? 0 : expected.kind === 'revision' ? expected.revision + 1 : -1;
  if (from < 0 || proposed.length === 0 || from + proposed.length > stream.length) return undefined;
  const same = proposed.every((event, i) => stream[from + i]!.id === event.id);
  return same ? stream[from + proposed.length - 1] : undefined;
}
