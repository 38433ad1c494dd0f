import { CommandBus } from '@cadre/application';
import { SqliteEventStore } from '@cadre/event-store';
import { describe, expect, it } from 'vitest';
import { loadZhouwangScenario, reportYearFor } from '../src/index.js';

describe('Zhouwang Town scenario', () => {
  it('loads through domain commands only, and loading it again writes nothing', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const bus = new CommandBus({ store, now: () => new Date('2026-11-25T08:00:00Z') });
    const loaded = await loadZhouwangScenario(bus, { year: 2026 });
    const head = await store.headPosition();
    expect(loaded.position).toBe(head);
    await loadZhouwangScenario(bus, { year: 2026 });
    expect(await store.headPosition()).toBe(head);
    const events = await store.readAll();
    expect(events.every((e) => e.metadata.commandId && e.metadata.actor === 'system:demo')).toBe(true);
    await store.close();
  });

  it('chooses a report year whose dates all lie in the past', () => {
    expect(reportYearFor(new Date('2026-11-25T08:00:00Z'))).toBe(2026);
    expect(reportYearFor(new Date('2027-03-01T08:00:00Z'))).toBe(2026);
  });
});
