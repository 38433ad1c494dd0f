import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  EventStoreDBClient,
} from '@eventstore/db-client';
import type { RecordedEvent, SubscribeOptions, Subscription } from '../port.js';
import { isDroppedConnection } from './dropped-connection.js';
import { matchesFilter, serverSideFilter } from './event-filter.js';
import { fromPositionOrStart } from './positions.js';
import { toRecordedEvent } from './recorded-event.js';

export interface ReconnectPolicy {
  /** The wait before the first attempt to resubscribe; it doubles with every failed one. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface SubscriptionSource {
  client: EventStoreDBClient;
  /** Asked once per subscription, for servers that never say it has caught up (before 23.10). */
  headPosition(): Promise<bigint>;
  reconnect: ReconnectPolicy;
}

/**
 * A catch-up subscription to `$all` that survives the server going away: it resubscribes with back-off
 * after the last position it handled (a subscription's start is exclusive), so nothing is skipped and,
 * with the position check, nothing is delivered twice.
 */
export function esdbSubscription(source: SubscriptionSource, options: SubscribeOptions): Subscription {
  let closed = false;
  let current: AllStreamSubscription | undefined;
  let cancelWait: (() => void) | undefined;
  /** The last position handled, delivered or skipped: where a new connection resumes. */
  let cursor = options.after;
  let serverCaughtUp = false;
  let checkpoint: bigint | undefined;
  let head: bigint | undefined;
  let markCaughtUp!: () => void;
  const caughtUp = new Promise<void>((resolve) => {
    markCaughtUp = resolve;
  });

  /**
   * Caught up once the server says so (or, on servers that never do, once the subscription has passed the
   * head it started with), and every event read before that has been handed to the consumer.
   */
  function settleCaughtUp(): void {
    if (current && current.readableLength > 0) return;
    const handled = cursor ?? 0n;
    const reached = checkpoint !== undefined && checkpoint > handled ? checkpoint : handled;
    if (serverCaughtUp || (head !== undefined && reached >= head)) markCaughtUp();
  }
  source.headPosition().then(
    (position) => {
      head = position;
      settleCaughtUp();
    },
    () => {
      // without the head, caught-up rests on the server's word
    },
  );

  function subscribe(): AllStreamSubscription {
    const filter = serverSideFilter(options.filter, (_subscription, position) => {
      checkpoint = position.commit;
      settleCaughtUp();
    });
    const subscription = source.client.subscribeToAll({ fromPosition: fromPositionOrStart(cursor), filter });
    subscription.on('caughtUp', () => {
      serverCaughtUp = true;
      settleCaughtUp();
    });
    // The iteration below sees the error; this keeps one that arrives after it ended from being unhandled.
    subscription.on('error', () => {});
    current = subscription;
    return subscription;
  }

  function wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        cancelWait = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      cancelWait = done;
    });
  }

  async function* events(): AsyncGenerator<RecordedEvent> {
    let failures = 0;
    while (!closed) {
      const subscription = subscribe();
      try {
        for await (const { event: stored } of subscription as AsyncIterable<AllStreamResolvedEvent>) {
          failures = 0;
          if (!stored || (cursor !== undefined && stored.position.commit <= cursor)) continue;
          cursor = stored.position.commit;
          const event = toRecordedEvent(stored);
          // Settled before the hand-over: a consumer that stops at the last stored event never asks again.
          settleCaughtUp();
          if (event && matchesFilter(event, options.filter)) yield event;
        }
      } catch (error) {
        if (!closed && !isDroppedConnection(error)) throw error;
      } finally {
        await subscription.unsubscribe();
      }
      if (closed) return;
      const { firstDelayMs, maxDelayMs } = source.reconnect;
      await wait(Math.min(maxDelayMs, firstDelayMs * 2 ** failures));
      failures += 1;
    }
  }

  const iterator = events();
  return {
    caughtUp,
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closed = true;
      cancelWait?.();
      await current?.unsubscribe();
      await iterator.return(undefined);
    },
  };
}
