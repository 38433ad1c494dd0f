import { randomUUID } from 'node:crypto';
import { idNumberCheckChar } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandBus, InMemoryKeyVault, sealingPersonalData } from '../src/index.js';
import { aVillage } from './support/village.js';

const NOW = new Date('2026-12-01T01:30:00Z');
const as = { actor: 'user:clerk' };

/** Keys in memory, counting the writes that make them: one per batch, as a vault on disk commits them. */
class CountingVault extends InMemoryKeyVault {
  batches: string[][] = [];
  sealedWithoutBatch = 0;
  private readonly prepared = new Set<string>();

  prepareKeysForSealing(subjects: readonly string[]): void {
    this.batches.push([...subjects]);
    for (const subject of subjects) {
      super.keyForSealing(subject);
      this.prepared.add(subject);
    }
  }

  override keyForSealing(subject: string): Buffer | undefined {
    if (!this.prepared.has(subject)) this.sealedWithoutBatch++;
    return super.keyForSealing(subject);
  }
}

/** A person of the n-th serial number, born 1980-05-12: ID numbers no other test person holds. */
function person(n: number) {
  const first17 = `34012119800512${String(n * 2 + 1).padStart(3, '0')}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  return { name: '张三', gender: 'MALE', birthDate: '1980-05-12', idNumber, educationLevel: 'BACHELOR' };
}

describe('the keys of persons registered together are made in one write', () => {
  let raw: SqliteEventStore;
  beforeEach(() => {
    raw = new SqliteEventStore({ path: ':memory:', now: () => NOW });
  });
  afterEach(() => raw.close());

  it('makes twenty registrations sent at once share one batch of keys, and opens every file with its key', async () => {
    const vault = new CountingVault();
    const store = sealingPersonalData(raw, vault);
    const bus = new CommandBus({ store, now: () => NOW });
    const villageId = await aVillage(bus);
    const cadreIds = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(
      cadreIds.map((cadreId, n) =>
        bus.execute(
          'RegisterCadre',
          { cadreId, villageId, profile: person(n) },
          { commandId: randomUUID(), ...as },
        ),
      ),
    );
    expect(vault.batches).toEqual([expect.arrayContaining(cadreIds)]);
    expect(vault.batches[0]).toHaveLength(20);
    expect(vault.sealedWithoutBatch).toBe(0);
    const stored = await raw.readAll({ filter: { eventTypes: ['CadreRegistered'] } });
    expect(stored.map((e) => JSON.stringify(e.data)).join()).not.toContain('340121');
    const opened = await store.readAll({ filter: { eventTypes: ['CadreRegistered'] } });
    expect(opened.map((e) => (e.data as { profile: { idNumber: string } }).profile.idNumber).sort()).toEqual(
      cadreIds.map((_, n) => person(n).idNumber).sort(),
    );
  });

  it('refuses the registrations of a batch whose keys could not be written, and stores none of them', async () => {
    const vault = new CountingVault();
    vault.prepareKeysForSealing = () => {
      throw new Error('disk full');
    };
    const store = sealingPersonalData(raw, vault);
    const bus = new CommandBus({ store, now: () => NOW });
    const villageId = await aVillage(bus);
    const outcomes = await Promise.allSettled(
      [0, 1, 2].map((n) =>
        bus.execute(
          'RegisterCadre',
          { villageId, cadreId: randomUUID(), profile: person(n) },
          { commandId: randomUUID(), ...as },
        ),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await raw.readAll({ filter: { eventTypes: ['CadreRegistered'] } })).toEqual([]);
  });
});
