import type { Aggregate } from '@cadre/domain';

/** What the bus knows of a stream up to a revision: its folded state, and every command id on it. */
export interface KnownStream {
  revision: number;
  position: bigint;
  state: unknown;
  /** The command ids found on the stream, each with the fingerprint its events carry. */
  commands: Map<string, string | undefined>;
}

/**
 * Folded states of the streams commands decided on lately, so that a command reads only the events
 * after the revision it knows (a command's cost stays flat however long the stream grows). It is a cache
 * of what stored events fold to: the bus folds in what it has just stored itself, and reads the store's
 * tail every time (an empty read when nobody else wrote), so it is never stale, and an expected-revision
 * conflict still makes the bus decide again. The least recently used go first.
 */
export class StreamFolds {
  private readonly known = new Map<string, KnownStream & { aggregate: Aggregate<unknown, never> }>();

  constructor(private readonly maxStreams = 5000) {}

  get(streamId: string, aggregate: Aggregate<unknown, never>): KnownStream | undefined {
    const known = this.known.get(streamId);
    if (!known || known.aggregate !== aggregate) return undefined;
    this.known.delete(streamId);
    this.known.set(streamId, known);
    return known;
  }

  /** Keeps what a read found, unless a later revision is known already (another command read further). */
  keep(streamId: string, aggregate: Aggregate<unknown, never>, stream: KnownStream): void {
    const current = this.known.get(streamId);
    if (current && current.revision > stream.revision) return;
    this.known.delete(streamId);
    this.known.set(streamId, { ...stream, aggregate });
    if (this.known.size > this.maxStreams) this.known.delete(this.known.keys().next().value!);
  }
}
