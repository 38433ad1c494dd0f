import { CommandBus } from '@cadre/application';
import { SqliteEventStore } from '@cadre/event-store';
import { ALL_PROJECTIONS, listRoster, openReadModelDatabase, ProjectionRunner } from '@cadre/projections';
import { describe, expect, it } from 'vitest';
import { loadZhouwangScenario, ZHOUWANG_VILLAGES } from '../src/index.js';

describe('Zhouwang Town scenario', () => {
  it('loads through domain commands only and is safe to load twice', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const db = openReadModelDatabase(':memory:');
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS);
    runner.start();
    const bus = new CommandBus({ store });
    const loaded = await loadZhouwangScenario(bus);
    const head = await store.headPosition();
    await loadZhouwangScenario(bus);
    expect(await store.headPosition()).toBe(head);
    await runner.waitFor(loaded.position);
    const roster = listRoster(db, {}, { first: 50 });
    const secretaries = roster.nodes.filter((c) => c.posts.some((p) => p.position === 'PARTY_SECRETARY'));
    expect(secretaries).toHaveLength(ZHOUWANG_VILLAGES.length);
    const events = await store.readAll();
    expect(events.every((e) => e.metadata.commandId && e.metadata.actor === 'system:demo')).toBe(true);
    await runner.stop();
    await store.close();
    db.close();
  });
});
