import { eventTypeFilter, excludeSystemEvents, type Filter, streamNameFilter } from '@eventstore/db-client';
import type { EventFilter } from '../port.js';
import { categoryOf } from '../stream-name.js';

export function matchesFilter(event: { streamId: string; type: string }, filter: EventFilter = {}): boolean {
  const { categories, eventTypes } = filter;
  return (
    (!categories || categories.includes(categoryOf(event.streamId))) &&
    (!eventTypes || eventTypes.includes(event.type))
  );
}

type CheckpointReached = NonNullable<Filter['checkpointReached']>;

/**
 * What the server can filter a subscription on: stream names or event types, not both. The stream-name
 * prefixes also keep system streams out; whatever the server lets through is matched again here.
 */
export function serverSideFilter(filter: EventFilter = {}, checkpointReached?: CheckpointReached): Filter {
  const { categories, eventTypes } = filter;
  if (categories?.length)
    return streamNameFilter({ prefixes: categories.map((category) => `${category}-`), checkpointReached });
  if (eventTypes?.length)
    return eventTypeFilter({ regex: `^(?:${eventTypes.map(escapeRegex).join('|')})$`, checkpointReached });
  return excludeSystemEvents({ checkpointReached });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
