import type { EventStore } from '@cadre/event-store';
import type { ProjectedEvent } from '../projection.js';
import { toProjectedEvent } from '../projection-applier.js';

/** A stream's events with, for each prefix, the latest business and recorded time in it. */
export interface StreamHistory {
  events: readonly ProjectedEvent[];
  /** `latestOccurred[i]`: the latest business time (ms) among events 0..i; never decreases. */
  latestOccurred: readonly number[];
  latestRecorded: readonly number[];
  /** Folded states at every CHECKPOINT-th event, per aggregate category, filled in as asked. */
  folds: Map<string, unknown[]>;
}

/**
 * Recently read stream histories, kept parsed and upcast. Streams only ever grow, so a cached history is
 * brought up to date by reading just the events after its last revision: auditors stepping through the
 * dates of one cadre's file pay for the full read once.
 */
export class StreamHistories {
  private readonly cache = new Map<string, StreamHistory>();

  constructor(
    private readonly store: EventStore,
    private readonly maxStreams = 500,
  ) {}

  async read(streamId: string): Promise<StreamHistory> {
    const known = this.cache.get(streamId);
    const newer = await this.store.readStream(streamId, { fromRevision: known?.events.length ?? 0 });
    const history = newer.length === 0 && known ? known : extend(known, newer.map(toProjectedEvent));
    this.cache.delete(streamId);
    this.cache.set(streamId, history);
    if (this.cache.size > this.maxStreams) this.cache.delete(this.cache.keys().next().value!);
    return history;
  }
}

function extend(known: StreamHistory | undefined, newer: ProjectedEvent[]): StreamHistory {
  const events = [...(known?.events ?? []), ...newer];
  const latestOccurred = [...(known?.latestOccurred ?? [])];
  const latestRecorded = [...(known?.latestRecorded ?? [])];
  for (const event of newer) {
    const i = latestOccurred.length;
    latestOccurred.push(Math.max(latestOccurred[i - 1] ?? 0, Date.parse(event.metadata.occurredAt)));
    latestRecorded.push(Math.max(latestRecorded[i - 1] ?? 0, Date.parse(event.recordedAt)));
  }
  // Earlier folds stay valid: the events they fold have not changed.
  return { events, latestOccurred, latestRecorded, folds: known?.folds ?? new Map() };
}
