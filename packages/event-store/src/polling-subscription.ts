import type { ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from './port.js';

export interface PollingSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Resolves when new events may have been stored, or after `timeoutMs` (another process may write). */
  waitForAppend(timeoutMs: number): Promise<void>;
}

const PAGE = 512;

/**
 * A catch-up subscription for stores that can be re-read cheaply: read pages after the checkpoint,
 * and when a page comes back short, wait for the next append. Every event is read from the store
 * itself, in order, so nothing is skipped or delivered twice whether it arrived before or after.
 */
export function pollingSubscription(
  source: PollingSource,
  options: SubscribeOptions,
  pollMs = 1000,
): Subscription {
  let closed = false;
  let wake: (() => void) | undefined;
  let markCaughtUp!: () => void;
  const caughtUp = new Promise<void>((resolve) => {
    markCaughtUp = resolve;
  });

  async function* events(): AsyncGenerator<RecordedEvent> {
    let cursor = options.after;
    while (!closed) {
      const page = await source.readAll({ after: cursor, maxCount: PAGE, filter: options.filter });
      for (const event of page) {
        if (closed) return;
        cursor = event.position;
        yield event;
      }
      if (page.length < PAGE) {
        markCaughtUp();
        await Promise.race([
          source.waitForAppend(pollMs),
          new Promise<void>((resolve) => {
            wake = resolve;
          }),
        ]);
      }
    }
  }

  const iterator = events();
  return {
    caughtUp,
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closed = true;
      wake?.();
      await iterator.return(undefined);
    },
  };
}
