import type { EventStore } from '@cadre/event-store';
import type { ProjectedEvent } from '../projection.js';
import { toProjectedEvent } from '../projection-applier.js';

/**
 * Recently read stream histories, kept parsed and upcast. Streams only ever grow, so a cached history is
 * brought up to date by reading just the events after its last revision: auditors stepping through the
 * dates of one cadre's file pay for the full read once.
 */
export class StreamHistories {
  private readonly cache = new Map<string, ProjectedEvent[]>();

  constructor(
    private readonly store: EventStore,
    private readonly maxStreams = 500,
  ) {}

  async read(streamId: string): Promise<readonly ProjectedEvent[]> {
    const known = this.cache.get(streamId) ?? [];
    const newer = await this.store.readStream(streamId, { fromRevision: known.length });
    const events = newer.length === 0 ? known : known.concat(newer.map(toProjectedEvent));
    this.cache.delete(streamId);
    this.cache.set(streamId, events);
    if (this.cache.size > this.maxStreams) this.cache.delete(this.cache.keys().next().value!);
    return events;
  }
}
