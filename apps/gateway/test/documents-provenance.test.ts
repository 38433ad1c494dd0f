import { randomUUID } from 'node:crypto';
import { openEventStore } from '@cadre/event-store';
import { describe, expect, it } from 'vitest';
import { ChainHeads, provenanceStamp, readProvenanceStamp } from '../src/documents/provenance.js';

function noted(occurredAt: string) {
  const meta = {
    actor: 'test',
    occurredAt,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    schemaVersion: 1,
  };
  return { id: randomUUID(), type: 'Noted', data: {}, metadata: meta };
}

async function storeWith(count: number) {
  const store = await openEventStore({ sqlitePath: ':memory:', now: () => new Date('2026-06-01T02:00:00Z') });
  for (let i = 0; i < count; i++) {
    await store.append(`note-${i % 7}`, [noted('2026-06-01T00:00:00+08:00')], 'any');
  }
  return store;
}

describe('a document’s provenance', () => {
  it('names the same chain head for a position after later events, another for another position', async () => {
    const store = await storeWith(30);
    const heads = new ChainHeads(store);
    const at20 = await heads.at(20n);
    const at30 = await heads.at();
    expect(at30.position).toBe(30n);
    expect(at20.chainHead).not.toBe(at30.chainHead);
    await store.append('note-x', [noted('2026-01-01T00:00:00+08:00')], 'any');
    expect(await new ChainHeads(store).at(20n)).toEqual(at20);
    await store.close();
  });

  it('gives the same head from a checkpoint as from the first event', async () => {
    const store = await storeWith(2100);
    const warm = new ChainHeads(store);
    await warm.at(2100n); // leaves checkpoints at 1000 and 2000
    expect(await warm.at(2050n)).toEqual(await new ChainHeads(store).at(2050n));
    await store.close();
  });

  it('refuses a position the ledger has not reached', async () => {
    const store = await storeWith(3);
    await expect(new ChainHeads(store).at(9n)).rejects.toThrow(/no position 9/);
    await store.close();
  });

  it('reads its stamp back out of a longer text', () => {
    const provenance = { position: 42n, chainHead: 'ab'.repeat(32) };
    expect(readProvenanceStamp(`页脚 ${provenanceStamp(provenance)} 完`)).toEqual(provenance);
    expect(readProvenanceStamp('no stamp here')).toBeNull();
  });
});
