import { DuplicateEventIdError } from '../errors.js';
import type { EventStore, ExpectedRevision, NewEvent, StreamWrite } from '../port.js';
import type { ExportedEvent } from './exported-event.js';

export interface ImportProgress {
  events: number;
}

/** Events of one stream in one append, at most. */
const MAX_RUN = 500;
/** Events committed together where the store writes several streams in one transaction (SQLite). */
const MAX_GROUP = 5000;

const expectedBefore = (revision: number): ExpectedRevision => (revision === 0 ? 'no_stream' : revision - 1);

/** A run of consecutive events of one stream, as the append that writes them at their exact revisions. */
function runWrite(run: readonly ExportedEvent[]): StreamWrite & { firstRevision: number } {
  const first = run[0]!;
  return {
    streamId: first.streamId,
    firstRevision: first.revision,
    expectedRevision: expectedBefore(first.revision),
    events: run.map(
      (e): NewEvent => ({
        id: e.id,
        type: e.type,
        data: e.data,
        metadata: { ...e.metadata, originalRecordedAt: e.metadata.originalRecordedAt ?? e.recordedAt },
      }),
    ),
  };
}

/** One run appended alone; part of it stored by an earlier, interrupted import: event by event, each idempotent. */
async function appendRun(target: EventStore, write: ReturnType<typeof runWrite>): Promise<void> {
  try {
    await target.append(write.streamId, write.events, write.expectedRevision);
  } catch (error) {
    if (!(error instanceof DuplicateEventIdError)) throw error;
    for (const [i, event] of write.events.entries())
      await target.append(write.streamId, [event], expectedBefore(write.firstRevision + i));
  }
}

/**
 * Appends exported events to another store in their original order, keeping ids, data and metadata.
 * Consecutive events of one stream go in one append at the exact expected revision. Where the store
 * writes several streams in one transaction (SQLite), thousands of events of many streams are committed
 * together: one fsync for a group, not one per stream run. Re-running after an interruption is safe:
 * events already there are recognised by their ids and not written again.
 */
export async function importEvents(
  target: EventStore,
  lines: AsyncIterable<string>,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportProgress> {
  let events = 0;
  let run: ExportedEvent[] = [];
  let group: Array<ReturnType<typeof runWrite>> = [];
  let grouped = 0;
  const commitGroup = async () => {
    if (group.length === 0) return;
    const writes = group;
    group = [];
    if (target.appendToStreams) {
      try {
        await target.appendToStreams(writes);
      } catch (error) {
        if (!(error instanceof DuplicateEventIdError)) throw error;
        // the whole group was rolled back: run by run, each finding what is there already
        for (const write of writes) await appendRun(target, write);
      }
    } else {
      for (const write of writes) await appendRun(target, write);
    }
    events += grouped;
    grouped = 0;
    onProgress({ events });
  };
  const endRun = async () => {
    if (run.length === 0) return;
    group.push(runWrite(run));
    grouped += run.length;
    run = [];
    if (!target.appendToStreams || grouped >= MAX_GROUP) await commitGroup();
  };
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const event = JSON.parse(line) as ExportedEvent;
    const last = run[run.length - 1];
    if (last && (last.streamId !== event.streamId || run.length >= MAX_RUN)) await endRun();
    run.push(event);
  }
  await endRun();
  await commitGroup();
  return { events };
}
