import { createHash } from 'node:crypto';
import { type EventStore, pagesOf } from '@cadre/event-store';

/**
 * Where a document came from: the ledger's global position it was built at, and a digest of every event up
 * to that position. Each event's own hash is chained within its stream (packages/event-store hash-chain.ts);
 * the chain head folds those hashes in global order, so one value stands for the whole history the document
 * was read from. Anyone holding the document can ask the ledger whether its history up to that position
 * still hashes to the same head (nothing edited, nothing removed, nothing slipped in before it).
 */
export interface Provenance {
  position: bigint;
  /** Lower-case hex SHA-256. */
  chainHead: string;
}

const GENESIS = createHash('sha256').update('cadre-ledger chain head v1').digest('hex');

function nextHead(head: string, eventHash: string): string {
  return createHash('sha256').update(head).update(eventHash).digest('hex');
}

/** Heads already computed, keyed by position: documents are made at or near the head, again and again. */
const CHECKPOINT_EVERY = 1000n;

export class ChainHeads {
  private readonly checkpoints = new Map<bigint, string>([[0n, GENESIS]]);

  constructor(private readonly store: EventStore) {}

  /** The provenance of the ledger at `position` (the store's head when omitted). */
  async at(position?: bigint): Promise<Provenance> {
    const target = position ?? (await this.store.headPosition());
    const [from, start] = this.nearestCheckpoint(target);
    let head = start;
    let reached = from;
    for await (const page of pagesOf(this.store, 5000, from)) {
      for (const event of page) {
        if (event.position > target) return { position: target, chainHead: head };
        head = nextHead(head, event.metadata.hash ?? '');
        reached = event.position;
        if (reached % CHECKPOINT_EVERY === 0n) this.checkpoints.set(reached, head);
      }
    }
    if (reached < target)
      throw new RangeError(`the ledger has no position ${target} (its head is ${reached})`);
    return { position: target, chainHead: head };
  }

  private nearestCheckpoint(target: bigint): [bigint, string] {
    let best: [bigint, string] = [0n, GENESIS];
    for (const [position, head] of this.checkpoints) {
      if (position <= target && position > best[0]) best = [position, head];
    }
    return best;
  }
}

const STAMP = /cadre-ledger-provenance:v1;position=(\d+);head=([0-9a-f]{64})/;

/** The machine-readable stamp a document carries (a footer, a margin, a comment, a document property). */
export function provenanceStamp(provenance: Provenance): string {
  return `cadre-ledger-provenance:v1;position=${provenance.position};head=${provenance.chainHead}`;
}

/** The same for a reader: 台账位置 123 · 链头 3f9a…(64 hex). */
export function provenanceLine(provenance: Provenance): string {
  return `台账位置 ${provenance.position} · 哈希链头 ${provenance.chainHead}`;
}

/** The provenance stamped somewhere in `text`, or null when it carries none. */
export function readProvenanceStamp(text: string): Provenance | null {
  const match = STAMP.exec(text);
  return match ? { position: BigInt(match[1]!), chainHead: match[2]! } : null;
}

const headsOfStores = new WeakMap<EventStore, ChainHeads>();

/** One cache of chain heads per store (the raw store: hashes as written). */
export function chainHeadsOf(store: EventStore): ChainHeads {
  const known = headsOfStores.get(store);
  if (known) return known;
  const heads = new ChainHeads(store);
  headsOfStores.set(store, heads);
  return heads;
}

/** The provenance of the system's ledger at a position (its head when omitted): hashes as stored, in the raw store. */
export function provenanceOf(system: { rawStore: EventStore }, position?: bigint): Promise<Provenance> {
  return chainHeadsOf(system.rawStore).at(position);
}
