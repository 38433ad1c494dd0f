import type { EventMetadata, EventStore, NewEvent, RecordedEvent, StreamWrite } from '@cadre/event-store';
import { pagesOf } from '@cadre/event-store';

/**
 * On a store without multi-stream transactions (EventStoreDB) a command's writes land one after another.
 * The first write carries the rest of the decision (`followUps` in its first event's metadata): once it is
 * stored the command is decided, and what follows is only carried out — by the bus, by a retry, or by
 * `completeTornCommands` after a crash — never decided again.
 */
export interface FollowUp {
  streamId: string;
  events: Array<Pick<NewEvent, 'id' | 'type' | 'data'> & { schemaVersion: number }>;
}

const FOLLOW_UPS = 'followUps';

/** The first write of a command, carrying the writes after it. */
export function withFollowUps(writes: StreamWrite[]): StreamWrite[] {
  if (writes.length < 2) return writes;
  const [first, ...rest] = writes as [StreamWrite, ...StreamWrite[]];
  const followUps: FollowUp[] = rest.map(({ streamId, events }) => ({
    streamId,
    events: events.map(({ id, type, data, metadata }) => ({
      id,
      type,
      data,
      schemaVersion: metadata.schemaVersion,
    })),
  }));
  const [head, ...tail] = first.events as [NewEvent, ...NewEvent[]];
  return [
    { ...first, events: [{ ...head, metadata: { ...head.metadata, [FOLLOW_UPS]: followUps } }, ...tail] },
    ...rest,
  ];
}

export function followUpsOf(event: RecordedEvent): FollowUp[] | undefined {
  const followUps = event.metadata[FOLLOW_UPS];
  return Array.isArray(followUps) ? (followUps as FollowUp[]) : undefined;
}

/** The metadata the follow-up events share with the first: the same command, actor and business time. */
function followUpMetadata(first: RecordedEvent, schemaVersion: number): EventMetadata {
  const { [FOLLOW_UPS]: _followUps, hash: _hash, previousHash: _previous, ...shared } = first.metadata;
  return { ...shared, schemaVersion };
}

/**
 * Writes whatever of a command's follow-ups is not stored yet (found by the events' ids), and answers the
 * position of its last event. Safe to run any number of times, concurrently with a retry.
 */
export async function completeFollowUps(store: EventStore, first: RecordedEvent): Promise<bigint> {
  let position = first.position;
  for (const { streamId, events } of followUpsOf(first) ?? []) {
    const stored = await store.readStream(streamId);
    const found = stored.filter((e) => events.some((f) => f.id === e.id));
    if (found.length === events.length) {
      const last = found[found.length - 1]!.position;
      position = last > position ? last : position;
      continue;
    }
    const result = await store.append(
      streamId,
      events.map(({ schemaVersion, ...event }) => ({
        ...event,
        metadata: followUpMetadata(first, schemaVersion),
      })),
      'any',
    );
    position = result.position > position ? result.position : position;
  }
  return position;
}

/**
 * Completes every command the history shows begun and not finished (a crash between its writes), from a
 * position on, up to the first event recorded after `recordedBefore` (a command still being written by a
 * live bus is left to it); answers how many it completed and the position checked up to.
 */
export async function completeTornCommands(
  store: EventStore,
  { after = 0n, recordedBefore }: { after?: bigint; recordedBefore?: Date } = {},
): Promise<{ completed: number; checkedUpTo: bigint }> {
  let completed = 0;
  let checkedUpTo = after;
  for await (const page of pagesOf(store, 5000, after)) {
    for (const event of page) {
      if (recordedBefore && Date.parse(event.recordedAt) >= recordedBefore.getTime())
        return { completed, checkedUpTo };
      const followUps = followUpsOf(event);
      if (followUps && (await anyMissing(store, followUps))) {
        await completeFollowUps(store, event);
        completed++;
      }
      checkedUpTo = event.position;
    }
  }
  return { completed, checkedUpTo };
}

async function anyMissing(store: EventStore, followUps: FollowUp[]): Promise<boolean> {
  for (const { streamId, events } of followUps) {
    const ids = new Set((await store.readStream(streamId)).map((e) => e.id));
    if (events.some((e) => !ids.has(e.id))) return true;
  }
  return false;
}
