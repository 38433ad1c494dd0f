import type { EventFilter, EventStore, RecordedEvent } from './port.js';

/**
 * Every event of the store in global order (after a position, if given; those the filter passes, if
 * given), a page at a time (each non-empty).
 */
export async function* pagesOf(
  store: EventStore,
  pageSize = 5000,
  from = 0n,
  filter?: EventFilter,
): AsyncGenerator<RecordedEvent[]> {
  let after = from;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize, ...(filter ? { filter } : {}) });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.position;
  }
}

/** Every event of the store in global order, one by one. */
export async function* allEvents(store: EventStore, pageSize = 5000): AsyncGenerator<RecordedEvent> {
  for await (const page of pagesOf(store, pageSize)) yield* page;
}
