import { chainHash, GENESIS_HASH } from '../hash-chain.js';
import type { EventStore, RecordedEvent } from '../port.js';
import { pagesOf } from '../read-pages.js';

export type IntegrityFault = 'HASH_MISMATCH' | 'BROKEN_LINK' | 'REVISION_GAP';

export interface BrokenLink {
  fault: IntegrityFault;
  streamId: string;
  revision: number;
  position: bigint;
  eventId: string;
  expected: string;
  actual: string;
}

export interface IntegrityReport {
  ok: boolean;
  streams: number;
  events: number;
  /** The first broken link in global order, if any. */
  firstBroken?: BrokenLink;
  /** Hash of the last event of every stream, folded: note it down to detect a truncated tail later. */
  checkedAt: string;
}

interface StreamTip {
  revision: number;
  hash: string;
}

function inspect(event: RecordedEvent, tip: StreamTip): BrokenLink | undefined {
  const at = {
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
  };
  if (event.revision !== tip.revision + 1) {
    return {
      fault: 'REVISION_GAP',
      ...at,
      expected: String(tip.revision + 1),
      actual: String(event.revision),
    };
  }
  if (event.metadata.previousHash !== tip.hash) {
    return { fault: 'BROKEN_LINK', ...at, expected: tip.hash, actual: String(event.metadata.previousHash) };
  }
  const recomputed = chainHash(tip.hash, event.streamId, event.revision, event);
  if (event.metadata.hash !== recomputed) {
    return { fault: 'HASH_MISMATCH', ...at, expected: recomputed, actual: String(event.metadata.hash) };
  }
  return undefined;
}

/**
 * Walks every event in global order and recomputes each stream's hash chain: an edited event no longer
 * matches its hash, a removed or reordered one breaks the link or the revision sequence.
 */
export async function verifyIntegrity(
  store: EventStore,
  onProgress: (checked: number, position: bigint) => void = () => {},
  now: () => Date = () => new Date(),
): Promise<IntegrityReport> {
  const tips = new Map<string, StreamTip>();
  let events = 0;
  for await (const page of pagesOf(store)) {
    for (const event of page) {
      const tip = tips.get(event.streamId) ?? { revision: -1, hash: GENESIS_HASH };
      const broken = inspect(event, tip);
      if (broken)
        return { ok: false, streams: tips.size, events, firstBroken: broken, checkedAt: now().toISOString() };
      tips.set(event.streamId, { revision: event.revision, hash: event.metadata.hash! });
      events++;
    }
    onProgress(events, page[page.length - 1]!.position);
  }
  return { ok: true, streams: tips.size, events, checkedAt: now().toISOString() };
}
