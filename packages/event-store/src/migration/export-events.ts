import type { EventStore } from '../port.js';
import { pagesOf } from '../read-pages.js';
import { toExportedEvent } from './exported-event.js';

export interface TransferProgress {
  events: number;
  /** Source position reached and the source's head when the transfer began. */
  position: bigint;
  head: bigint;
}

/** Writes every event, in global order, as one JSON line each. */
export async function exportEvents(
  store: EventStore,
  writeLine: (line: string) => void | Promise<void>,
  onProgress: (progress: TransferProgress) => void = () => {},
): Promise<TransferProgress> {
  const head = await store.headPosition();
  let events = 0;
  let position = 0n;
  for await (const page of pagesOf(store, 2000)) {
    for (const event of page) await writeLine(JSON.stringify(toExportedEvent(event)));
    events += page.length;
    position = page[page.length - 1]!.position;
    onProgress({ events, position, head });
  }
  return { events, position, head };
}
