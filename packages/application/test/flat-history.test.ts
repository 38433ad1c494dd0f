import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cadreAggregate, fold } from '@cadre/domain';
import { type EventStore, SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandBus, toDomainEvent } from '../src/index.js';
import { profile } from './support/appointment.js';
import { aVillage } from './support/village.js';

const NOW = new Date('2026-12-01T01:30:00Z');
const actor = 'user:clerk';

/** The store, counting how many events each command's reads bring back. */
function counting(store: SqliteEventStore): EventStore & { eventsRead: number } {
  const counted = Object.create(store) as EventStore & { eventsRead: number };
  counted.eventsRead = 0;
  counted.readStream = async (streamId, options) => {
    const events = await store.readStream(streamId, options);
    counted.eventsRead += events.length;
    return events;
  };
  return counted;
}

describe('a command reads only what it does not know of its streams yet', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ path: ':memory:', now: () => NOW });
  });
  afterEach(() => store.close());

  it('reads a few events per command on a cadre with 300, and decides on the same state as a full fold', async () => {
    const reads = counting(store);
    const bus = new CommandBus({ store: reads, now: () => NOW });
    const villageId = await aVillage(bus);
    const cadreId = randomUUID();
    await bus.execute('RegisterCadre', { cadreId, villageId, profile }, { commandId: randomUUID(), actor });
    const train = (n: number) =>
      bus.execute(
        'RecordTraining',
        { cadreId, topic: `专题 ${n}`, kind: 'INTERNAL', trainedOn: '2026-03-01' },
        { commandId: randomUUID(), actor },
      );
    for (let n = 0; n < 300; n++) await train(n);
    reads.eventsRead = 0;
    await train(300);
    // its own new event, read back by the next command, is all a later command reads of the cadre
    expect(reads.eventsRead).toBeLessThanOrEqual(2);
    const state = fold(
      cadreAggregate,
      (await store.readStream(`cadre-${cadreId}`)).map(toDomainEvent) as never[],
    );
    expect(state.trainings).toHaveLength(301);
  });

  it('sees what another connection to the same file wrote behind its back, with its own writes cached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-folds-'));
    const path = join(dir, 'events.sqlite');
    const mine = new SqliteEventStore({ path, now: () => NOW });
    const theirs = new SqliteEventStore({ path, now: () => NOW });
    try {
      const bus = new CommandBus({ store: mine, now: () => NOW });
      const villageId = await aVillage(bus);
      const cadreId = randomUUID();
      await bus.execute('RegisterCadre', { cadreId, villageId, profile }, { commandId: randomUUID(), actor });
      const pledge = (store: EventStore, year: number, madeOn: string) =>
        new CommandBus({ store, now: () => NOW }).execute(
          'MakePledge',
          { cadreId, year, items: ['为民办实事'], madeOn },
          { commandId: randomUUID(), actor },
        );
      // this bus knows the cadre up to its own last write, without reading it back
      await bus.execute(
        'MakePledge',
        { cadreId, year: 2025, items: ['修路'], madeOn: '2025-02-01' },
        { commandId: randomUUID(), actor },
      );
      await pledge(theirs, 2026, '2026-02-01');
      const again = await bus
        .execute(
          'MakePledge',
          { cadreId, year: 2026, items: ['另一项'], madeOn: '2026-02-02' },
          { commandId: randomUUID(), actor },
        )
        .catch((error: { rule?: string }) => error.rule);
      expect(again).toBe('PLEDGE_ALREADY_MADE');
      const types = (await mine.readStream(`cadre-${cadreId}`)).map((e) => e.type);
      expect(types).toEqual(['CadreRegistered', 'PledgeMade', 'PledgeMade']);
    } finally {
      await mine.close();
      await theirs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('decides on its own writes, cached, as on the stream read whole', async () => {
    const bus = new CommandBus({ store, now: () => NOW });
    const villageId = await aVillage(bus);
    const cadreId = randomUUID();
    await bus.execute('RegisterCadre', { cadreId, villageId, profile }, { commandId: randomUUID(), actor });
    const pledge = (year: number) =>
      bus.execute(
        'MakePledge',
        { cadreId, year, items: ['为民办实事'], madeOn: `${year}-02-01` },
        { commandId: randomUUID(), actor },
      );
    await pledge(2025);
    const twice = await pledge(2025).catch((error: { rule?: string }) => error.rule);
    expect(twice).toBe('PLEDGE_ALREADY_MADE');
    const fresh = new CommandBus({ store, now: () => NOW });
    const fromScratch = await fresh
      .execute(
        'MakePledge',
        { cadreId, year: 2025, items: ['另一项'], madeOn: '2025-03-01' },
        { commandId: randomUUID(), actor },
      )
      .catch((error: { rule?: string }) => error.rule);
    expect(fromScratch).toBe(twice);
  });

  it('still decides again when another writer got to the stream first, from what that writer wrote', async () => {
    const bus = new CommandBus({ store, now: () => NOW });
    const villageId = await aVillage(bus);
    const cadreId = randomUUID();
    await bus.execute('RegisterCadre', { cadreId, villageId, profile }, { commandId: randomUUID(), actor });
    // another process's bus, with nothing cached, records the year's pledge
    const other = new CommandBus({ store, now: () => NOW });
    await other.execute(
      'MakePledge',
      { cadreId, year: 2026, items: ['为民办实事'], madeOn: '2026-02-01' },
      {
        commandId: randomUUID(),
        actor,
      },
    );
    const again = await bus
      .execute(
        'MakePledge',
        { cadreId, year: 2026, items: ['另一项'], madeOn: '2026-02-02' },
        { commandId: randomUUID(), actor },
      )
      .catch((error: { rule?: string }) => error.rule);
    expect(again).toBe('PLEDGE_ALREADY_MADE');
  });
});
