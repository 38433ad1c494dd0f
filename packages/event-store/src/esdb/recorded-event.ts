import type { RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from '../port.js';

/** Streams and event types starting with `$` are the server's own (settings, statistics, projections' links). */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

/** The event as our port knows it; undefined for the server's system events. */
export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent | undefined {
  if (isSystemEvent(event)) return undefined;
  const metadata = (event.metadata ?? {}) as EventMetadata;
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: positionOf(event),
    type: event.type,
    data: event.data,
    metadata,
    recordedAt: metadata.originalRecordedAt ?? recordedAt(event.created).toISOString(),
  };
}

/** What older servers put in the position of an event read from a stream rather than from `$all`. */
const UNKNOWN_POSITION = 2n ** 64n - 1n;

function positionOf(event: EsdbRecordedEvent): bigint {
  const commit = event.position?.commit;
  if (commit === undefined || commit === UNKNOWN_POSITION)
    throw new Error(
      `EventStoreDB gave no $all position for ${event.streamId}@${event.revision}: this server is too old to report it on stream reads`,
    );
  return commit;
}

const TICKS_PER_MILLISECOND = 10_000;

/** Client 6.x gives a Date; clients before 5.0 gave 100 ns ticks since the Unix epoch. */
function recordedAt(created: Date | number): Date {
  return typeof created === 'number' ? new Date(created / TICKS_PER_MILLISECOND) : created;
}
