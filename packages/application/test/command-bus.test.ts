import { randomUUID } from 'node:crypto';
import { DomainError } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandBus, deterministicUuid } from '../src/index.js';
import { aVillage } from './support/village.js';

const profile = {
  name: '张三',
  gender: 'FEMALE',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002X',
  educationLevel: 'BACHELOR',
};

describe('command bus over a real SQLite store', () => {
  let store: SqliteEventStore;
  let bus: CommandBus;
  let villageId: string;
  /** Where the store stood once the village was set up. */
  let setUp: bigint;
  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:' });
    bus = new CommandBus({ store, now: () => new Date('2026-11-25T08:00:00Z') });
    villageId = await aVillage(bus);
    setUp = await store.headPosition();
  });
  const registrations = async () => (await store.readAll()).filter((e) => e.type === 'CadreRegistered');
  afterEach(() => store.close());

  it('writes the decided events with the metadata of the command', async () => {
    const cadreId = randomUUID();
    const commandId = randomUUID();
    const result = await bus.execute(
      'RegisterCadre',
      { cadreId, villageId, profile },
      { commandId, actor: 'user:1', reason: '新任' },
    );
    // the file, and the reservation of its ID number
    expect(result).toMatchObject({
      duplicate: false,
      eventCount: 2,
      ids: { cadre: cadreId, village: villageId },
    });
    const [event] = await store.readStream(`cadre-${cadreId}`);
    expect(event!.id).toBe(deterministicUuid(commandId, `cadre-${cadreId}`, '0'));
    expect(event!.position).toBe(result.position);
    expect(event!.metadata).toMatchObject({
      actor: 'user:1',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      reason: '新任',
      schemaVersion: expect.any(Number),
      // the business date (today, as the input named none) at its start in China time
      occurredAt: '2026-11-24T16:00:00.000Z',
    });
  });

  it('answers a retried command id as a duplicate and writes nothing', async () => {
    const cadreId = randomUUID();
    const commandId = randomUUID();
    const first = await bus.execute(
      'RegisterCadre',
      { cadreId, villageId, profile },
      { commandId, actor: 'user:1' },
    );
    const again = await bus.execute(
      'RegisterCadre',
      { cadreId, villageId, profile },
      { commandId, actor: 'user:1' },
    );
    expect(again).toMatchObject({ duplicate: true, eventCount: 0, position: first.position });
    expect(await registrations()).toHaveLength(1);
  });

  it('writes a command sent eight times at the same moment once, and answers the other seven as duplicates', async () => {
    const cadreId = randomUUID();
    const commandId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        bus.execute('RegisterCadre', { cadreId, villageId, profile }, { commandId, actor: 'user:1' }),
      ),
    );
    expect(new Set(results.map((r) => r.position)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results.filter((r) => r.duplicate && r.eventCount === 0)).toHaveLength(7);
    expect(await registrations()).toHaveLength(1);
  });

  it('rejects invalid input before touching the store', async () => {
    await expect(
      bus.execute(
        'RegisterCadre',
        { cadreId: randomUUID(), villageId, profile: { ...profile, idNumber: 'x' } },
        { commandId: randomUUID(), actor: 'user:1' },
      ),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await store.headPosition()).toBe(setUp);
  });

  it('decides again when another writer changed the stream first, and reports a clash that persists as CONFLICT', async () => {
    const cadreId = randomUUID();
    await bus.execute(
      'RegisterCadre',
      { cadreId, villageId, profile },
      { commandId: randomUUID(), actor: 'user:1' },
    );
    const realAppendToStreams = store.appendToStreams.bind(store);
    let interferences = 0;
    let allowed = 2;
    // Another clerk's training record lands in the stream between each read and append of the bus.
    store.appendToStreams = async (writes) => {
      const streamId = `cadre-${cadreId}`;
      if (interferences < allowed && writes.some((w) => w.streamId === streamId)) {
        interferences++;
        const data = {
          cadreId,
          topic: `矛盾化解 ${interferences}`,
          kind: 'INTERNAL',
          trainedOn: `2026-03-0${interferences}`,
        };
        const metadata = {
          actor: 'user:2',
          occurredAt: '',
          correlationId: '',
          causationId: '',
          schemaVersion: 1,
        };
        const interfering = { id: randomUUID(), type: 'CadreTrained', data, metadata };
        await realAppendToStreams([{ streamId, events: [interfering], expectedRevision: 'any' }]);
      }
      return realAppendToStreams(writes);
    };
    const training = { cadreId, topic: '和美乡村建设', kind: 'INTERNAL', trainedOn: '2026-04-01' };
    const result = await bus.execute('RecordTraining', training, {
      commandId: randomUUID(),
      actor: 'user:1',
    });
    expect(interferences).toBe(2);
    expect(result.eventCount).toBe(1);
    const stream = await store.readStream(`cadre-${cadreId}`);
    expect(stream.map((e) => e.type)).toEqual([
      'CadreRegistered',
      'CadreTrained',
      'CadreTrained',
      'CadreTrained',
    ]);
    expect(stream[3]!.data).toMatchObject({ topic: '和美乡村建设' });

    const impatient = new CommandBus({ store, maxAttempts: 2 });
    interferences = 0;
    allowed = 99;
    await expect(
      impatient.execute(
        'RecordTraining',
        { ...training, topic: '村级资产管理' },
        { commandId: randomUUID(), actor: 'user:1' },
      ),
    ).rejects.toMatchObject({ kind: 'CONFLICT', rule: 'CONCURRENT_CHANGE' });
    expect(interferences).toBe(2);
  });

  it('reads the streams a command references and refuses one that does not exist, writing nothing', async () => {
    const townshipId = randomUUID();
    const trainingId = randomUUID();
    const cadreId = randomUUID();
    const actor = { actor: 'user:1' };
    await bus.execute(
      'RegisterTownship',
      { townshipId, name: '周王镇', district: '包河区' },
      { commandId: randomUUID(), ...actor },
    );
    await bus.execute(
      'RegisterCadre',
      { cadreId, villageId, profile },
      { commandId: randomUUID(), ...actor },
    );
    await bus.execute(
      'ScheduleTraining',
      {
        trainingId,
        townshipId,
        topic: '和美乡村建设',
        kind: 'INTERNAL',
        date: '2026-11-20',
        place: '镇党群服务中心',
      },
      { commandId: randomUUID(), ...actor },
    );
    const before = await store.headPosition();
    const stranger = randomUUID();
    const held = { trainingId, heldOn: '2026-11-20' };
    const refusal = await bus
      .execute(
        'RecordTrainingHeld',
        { ...held, attendees: [cadreId, stranger] },
        { commandId: randomUUID(), ...actor },
      )
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: 'NOT_FOUND', rule: 'CADRE_NOT_FOUND', field: 'attendees.1' });
    expect(await store.headPosition()).toBe(before);
    const result = await bus.execute(
      'RecordTrainingHeld',
      { ...held, attendees: [cadreId] },
      { commandId: randomUUID(), ...actor },
    );
    expect(result.eventCount).toBe(1);
  });
});
