import { verifyIntegrity } from '../integrity/verify-integrity.js';
import type { EventMetadata, EventStore } from '../port.js';
import { allEvents } from '../read-pages.js';

export interface TransferVerification {
  ok: boolean;
  sourceEvents: number;
  targetEvents: number;
  /** Streams whose last revision or last hash differs between source and target. */
  mismatchedStreams: string[];
  targetIntegrityOk: boolean;
}

interface ChainedEvent {
  streamId: string;
  revision: number;
  metadata: EventMetadata;
}

async function streamTips(
  events: AsyncIterable<ChainedEvent>,
): Promise<{ events: number; tips: Map<string, string> }> {
  const tips = new Map<string, string>();
  let count = 0;
  for await (const event of events) {
    tips.set(event.streamId, `${event.revision}:${event.metadata.hash}`);
    count++;
  }
  return { events: count, tips };
}

/**
 * After a move: as many events as the source (a store or an export file), every stream at the same
 * revision with the same last hash, and every chain in the target intact.
 */
export async function verifyTransfer(
  source: AsyncIterable<ChainedEvent> | EventStore,
  target: EventStore,
): Promise<TransferVerification> {
  const sourceEvents = Symbol.asyncIterator in source ? source : allEvents(source);
  const [from, to] = await Promise.all([streamTips(sourceEvents), streamTips(allEvents(target))]);
  const streams = new Set([...from.tips.keys(), ...to.tips.keys()]);
  const mismatchedStreams = [...streams].filter((s) => from.tips.get(s) !== to.tips.get(s));
  const integrity = await verifyIntegrity(target);
  return {
    ok: from.events === to.events && mismatchedStreams.length === 0 && integrity.ok,
    sourceEvents: from.events,
    targetEvents: to.events,
    mismatchedStreams,
    targetIntegrityOk: integrity.ok,
  };
}
