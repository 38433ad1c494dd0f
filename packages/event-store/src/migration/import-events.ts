import { DuplicateEventIdError } from '../errors.js';
import type { EventStore, ExpectedRevision, NewEvent } from '../port.js';
import type { ExportedEvent } from './exported-event.js';

export interface ImportProgress {
  events: number;
}

const MAX_BATCH = 500;

const expectedBefore = (revision: number): ExpectedRevision => (revision === 0 ? 'no_stream' : revision - 1);

/**
 * Appends exported events to another store in their original order, keeping ids, data and metadata.
 * Consecutive events of one stream go in one append at the exact expected revision. Re-running after an
 * interruption is safe: events already there are recognised by their ids and not written again.
 */
export async function importEvents(
  target: EventStore,
  lines: AsyncIterable<string>,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportProgress> {
  let events = 0;
  let batch: ExportedEvent[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const first = batch[0]!;
    const newEvents: NewEvent[] = batch.map((e) => ({
      id: e.id,
      type: e.type,
      data: e.data,
      metadata: { ...e.metadata, originalRecordedAt: e.metadata.originalRecordedAt ?? e.recordedAt },
    }));
    try {
      await target.append(first.streamId, newEvents, expectedBefore(first.revision));
    } catch (error) {
      if (!(error instanceof DuplicateEventIdError)) throw error;
      // Part of this batch arrived in an earlier, interrupted run: go event by event, each idempotent.
      for (const [i, event] of newEvents.entries()) {
        await target.append(first.streamId, [event], expectedBefore(first.revision + i));
      }
    }
    events += batch.length;
    batch = [];
    onProgress({ events });
  };
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const event = JSON.parse(line) as ExportedEvent;
    const last = batch[batch.length - 1];
    if (last && (last.streamId !== event.streamId || batch.length >= MAX_BATCH)) await flush();
    batch.push(event);
  }
  await flush();
  return { events };
}
