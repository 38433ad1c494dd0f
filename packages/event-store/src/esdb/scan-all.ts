import {
  type AllStreamRecordedEvent,
  type Direction,
  END,
  type EventStoreDBClient,
  FORWARDS,
  START,
} from '@eventstore/db-client';
import { allPosition } from './positions.js';

/**
 * Every event of `$all` after (forwards) or before (backwards) a position, system events included, read
 * page by page. The server starts a forwards read at the event at the position itself (inclusive, unlike
 * a subscription), so an event at or behind the cursor is dropped rather than trusted not to come.
 */
export async function* scanAll(
  client: EventStoreDBClient,
  direction: Direction,
  after: bigint | undefined,
  pageSize: number,
): AsyncGenerator<AllStreamRecordedEvent> {
  const forwards = direction === FORWARDS;
  const behind = (position: bigint, cursor: bigint) => (forwards ? position <= cursor : position >= cursor);
  let cursor = after;
  for (;;) {
    const fromPosition = cursor === undefined ? (forwards ? START : END) : allPosition(cursor);
    // The whole page is read before any of it is handed out, so a caller that stops early leaves no read open.
    const page: AllStreamRecordedEvent[] = [];
    let pageLength = 0;
    for await (const { event } of client.readAll({ direction, fromPosition, maxCount: pageSize })) {
      pageLength += 1;
      if (event && (cursor === undefined || !behind(event.position.commit, cursor))) page.push(event);
    }
    for (const event of page) {
      cursor = event.position.commit;
      yield event;
    }
    if (pageLength < pageSize) return;
  }
}
