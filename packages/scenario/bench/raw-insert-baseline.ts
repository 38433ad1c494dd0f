import { type EventStore, pagesOf } from '@cadre/event-store';
import { timed } from '@cadre/event-store/testing';
import { openReadModelDatabase } from '@cadre/projections';

/**
 * The baseline a rebuild is measured against: the store's events inserted raw into a read-model-like file
 * (one row each, 1,000 per transaction). Returns the milliseconds spent inserting, reading excluded.
 */
export async function rawInsertMs(store: EventStore, file: string): Promise<number> {
  const raw = openReadModelDatabase(file);
  raw.exec('CREATE TABLE rows (position INTEGER PRIMARY KEY, stream TEXT, type TEXT, data TEXT)');
  const insert = raw.prepare('INSERT INTO rows (position, stream, type, data) VALUES (?, ?, ?, ?)');
  const insertPage = raw.transaction(
    (page: Array<{ position: bigint; streamId: string; type: string; data: unknown }>) => {
      for (const e of page) insert.run(Number(e.position), e.streamId, e.type, JSON.stringify(e.data));
    },
  );
  let ms = 0;
  for await (const page of pagesOf(store, 1000)) ms += await timed(() => insertPage(page));
  raw.close();
  return ms;
}
