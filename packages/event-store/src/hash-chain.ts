import { createHash } from 'node:crypto';
import type { EventMetadata, NewEvent } from './port.js';

/** JSON with object keys sorted, so the same event always hashes the same, whichever store wrote it. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v as Record<string, unknown>).sort())
      sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The store's envelope is not part of what the hash covers: the chain links themselves, and the recorded
 * time an event brought from another store keeps (each store stamps its own clock).
 */
function withoutChain(metadata: EventMetadata): EventMetadata {
  const {
    hash: _hash,
    previousHash: _previousHash,
    originalRecordedAt: _originalRecordedAt,
    ...rest
  } = metadata;
  return rest as EventMetadata;
}

/** The hash of an event at a revision of a stream, chained to the hash of the event before it. */
export function chainHash(previousHash: string, streamId: string, revision: number, event: NewEvent): string {
  const body = canonicalJson({
    streamId,
    revision,
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: withoutChain(event.metadata),
  });
  return createHash('sha256').update(previousHash).update(body).digest('hex');
}

/** The event as the store writes it: its metadata carries the link to the previous event of its stream. */
export function chainEvent(
  previousHash: string,
  streamId: string,
  revision: number,
  event: NewEvent,
): NewEvent {
  const hash = chainHash(previousHash, streamId, revision, event);
  const { hash: _hash, previousHash: _previousHash, ...metadata } = event.metadata;
  return { ...event, metadata: { ...metadata, previousHash, hash } };
}

/** Events about to follow revision `currentRevision` of a stream (-1: a new stream), each chained to the one before. */
export function chainEvents(
  previousHash: string,
  streamId: string,
  currentRevision: number,
  events: readonly NewEvent[],
): NewEvent[] {
  let hash = previousHash;
  return events.map((event, i) => {
    const chained = chainEvent(hash, streamId, currentRevision + 1 + i, event);
    hash = chained.metadata.hash!;
    return chained;
  });
}
