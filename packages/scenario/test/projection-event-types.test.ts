import { CommandBus } from '@cadre/application';
import { EVENT_SCHEMAS } from '@cadre/domain';
import { allEvents, type RecordedEvent, SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  dumpReadModels,
  openReadModelDatabase,
  ProjectionApplier,
  REBUILD_GROUPS,
  type RebuildProgress,
  rebuildReadModels,
} from '@cadre/projections';
import { describe, expect, it } from 'vitest';
import { loadZhouwangScenario } from '../src/index.js';

const TODAY = '2026-11-25';
const NAMING = ALL_PROJECTIONS.filter((projection) => projection.eventTypes);

async function zhouwangStore() {
  const store = new SqliteEventStore({ path: ':memory:' });
  await loadZhouwangScenario(new CommandBus({ store, now: () => new Date(`${TODAY}T08:00:00Z`) }), {
    today: TODAY,
  });
  return store;
}

describe('read models that name the event types they act on', { timeout: 180_000 }, () => {
  it('name only types of the event catalogue, and most read models name theirs', () => {
    expect(NAMING.map((projection) => projection.name).sort()).toEqual(
      ['due-states', 'reminders', 'service-requests', 'temporal', 'trainings', 'villages'].sort(),
    );
    for (const projection of NAMING)
      for (const type of projection.eventTypes!)
        expect(Object.hasOwn(EVENT_SCHEMAS, type), `${projection.name}: ${type}`).toBe(true);
  });

  it('come out of only those events as out of every event (the Zhouwang demo)', async () => {
    const store = await zhouwangStore();
    const events: RecordedEvent[] = [];
    for await (const event of allEvents(store)) events.push(event);
    // `villages` reads the cadres' rows: the cadres' read model is kept beside each one, fed every event
    const cadres = ALL_PROJECTIONS.find((projection) => projection.name === 'cadres')!;
    for (const projection of NAMING) {
      const [everyEvent, itsEvents] = [true, false].map((fedAll) => {
        const db = openReadModelDatabase(':memory:');
        const beside = new ProjectionApplier(db, [cadres]);
        const applier = new ProjectionApplier(db, [projection]);
        for (const event of structuredClone(events)) {
          beside.apply([structuredClone(event)]);
          if (fedAll || projection.eventTypes!.has(event.type)) applier.apply([event]);
        }
        return dumpReadModels(db);
      });
      const itsCount = events.filter((event) => projection.eventTypes!.has(event.type)).length;
      expect(itsCount, projection.name).toBeLessThan(events.length);
      expect(itsEvents, projection.name).toEqual(everyEvent);
    }
    await store.close();
  });

  it('make a rebuild of the read models that all name theirs read only those, and reach the head', async () => {
    const store = await zhouwangStore();
    const head = await store.headPosition();
    const group = ALL_PROJECTIONS.filter((projection) =>
      REBUILD_GROUPS[1]!.projections.includes(projection.name),
    );
    const types = new Set(group.flatMap((projection) => [...projection.eventTypes!]));
    let read = 0;
    for await (const event of allEvents(store)) if (types.has(event.type)) read++;
    const db = openReadModelDatabase(':memory:');
    const progress: RebuildProgress[] = [];
    const result = await rebuildReadModels(store, db, group, (p) => progress.push(p), { snapshots: false });
    const { indexesMs, ...reached } = result;
    expect(reached).toEqual({ applied: read, position: head, head });
    expect(indexesMs).toBeGreaterThan(0);
    expect(read).toBeLessThan(Number(head));
    expect(progress.at(-1)).toEqual(reached);
    const checkpoints = db.prepare('SELECT DISTINCT position FROM projection_checkpoints').pluck().all();
    expect(checkpoints).toEqual([String(head)]);
    await store.close();
  });
});
