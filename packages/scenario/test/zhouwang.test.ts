import { CommandBus } from '@cadre/application';
import { SqliteEventStore } from '@cadre/event-store';
import { describe, expect, it } from 'vitest';
import { loadZhouwangScenario } from '../src/index.js';

describe('Zhouwang Town scenario', () => {
  it('loads through domain commands only, and loading it again on the same day writes nothing', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const bus = new CommandBus({ store, now: () => new Date('2026-11-25T08:00:00Z') });
    const loaded = await loadZhouwangScenario(bus, { today: '2026-11-25' });
    const head = await store.headPosition();
    expect(loaded.position).toBe(head);
    await loadZhouwangScenario(bus, { today: '2026-11-25' });
    expect(await store.headPosition()).toBe(head);
    const events = await store.readAll();
    expect(events.every((e) => e.metadata.commandId && e.metadata.actor === 'system:demo')).toBe(true);
    await store.close();
  });
});
