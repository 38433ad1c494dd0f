import type { RecordedEvent } from '../port.js';

/** One line of an NDJSON export: everything needed to rebuild the event in another store. */
export interface ExportedEvent {
  id: string;
  streamId: string;
  revision: number;
  /** The position in the source store (a decimal string); the target assigns its own. */
  position: string;
  type: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recordedAt: string;
}

export function toExportedEvent(event: RecordedEvent): ExportedEvent {
  return {
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position.toString(),
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
  };
}
