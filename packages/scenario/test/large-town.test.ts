import { cadreAggregate } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import { describe, expect, it } from 'vitest';
import { generateLargeTown } from '../src/index.js';

describe('the benchmark town', () => {
  it('is built by domain commands that pass their rules, with one cadre of the long history asked for', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const town = await generateLargeTown(store, 3000, { cadres: 20, longHistory: 150 });
    const events = await store.readAll();
    expect(events.length).toBe(town.events);
    expect(town.events).toBeGreaterThanOrEqual(3000);
    const long = await store.readStream(`${cadreAggregate.category}-${town.longHistoryCadreId}`);
    expect(long.length).toBeGreaterThanOrEqual(150);
    // Only the cadres registered first act: every event is on a registered cadre's stream, or it is the
    // township, its village, or the reservation of a cadre's ID number.
    const registered = new Set(events.filter((e) => e.type === 'CadreRegistered').map((e) => e.streamId));
    expect(registered.size).toBe(20);
    const setUp = new Set(['TownshipRegistered', 'VillageRegistered', 'IdNumberReserved']);
    expect(events.every((e) => registered.has(e.streamId) || setUp.has(e.type))).toBe(true);
    expect(events.filter((e) => e.type === 'IdNumberReserved')).toHaveLength(20);
    await store.close();
  });
});
