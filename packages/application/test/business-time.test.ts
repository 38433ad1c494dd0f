import { randomUUID } from 'node:crypto';
import { DomainError, idNumberCheckChar } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandBus } from '../src/index.js';
import { approvedForSecretary, profile } from './support/appointment.js';
import { aVillage } from './support/village.js';

/** Another woman born on the same day. */
const anotherIdNumber = `11010519491231004${idNumberCheckChar('11010519491231004')}`;
/** 2026-12-01 09:30 in China. */
const NOW = new Date('2026-12-01T01:30:00Z');
const actor = 'user:clerk';

describe('business time: each command says when its fact happened', () => {
  let store: SqliteEventStore;
  let bus: CommandBus;
  let villageId: string;
  let setUp: bigint;
  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:', now: () => NOW });
    bus = new CommandBus({ store, now: () => NOW });
    villageId = await aVillage(bus);
    setUp = await store.headPosition();
  });
  afterEach(() => store.close());

  it("makes the command's business date the events' occurredAt, on every stream it writes", async () => {
    const villageId = randomUUID();
    const cadreId = randomUUID();
    const seat = await approvedForSecretary(bus, villageId, cadreId);
    const input = { cadreId, villageId, ...seat, method: 'ELECTION', appointedOn: '2021-10-15' };
    await bus.execute('AppointCadre', input, { commandId: randomUUID(), actor });
    const [appointed] = await store.readStream(`cadre-${cadreId}`, { direction: 'backwards', maxCount: 1 });
    const [filled] = await store.readStream(`village-${villageId}`, { direction: 'backwards', maxCount: 1 });
    for (const event of [appointed!, filled!]) {
      expect(event.metadata.occurredAt).toBe('2021-10-14T16:00:00.000Z');
      expect(event.recordedAt).toBe(NOW.toISOString());
    }
    const [registered] = await store.readStream(`cadre-${cadreId}`, { maxCount: 1 });
    expect(registered!.data).toMatchObject({ registeredOn: '2021-08-01' });
    expect(registered!.metadata.occurredAt).toBe('2021-07-31T16:00:00.000Z');
  });

  it('takes today in China as the date of a command that names none', async () => {
    // 2026-12-31 20:00 UTC is already 1 January 2027 in China.
    const lateEvening = new Date('2026-12-31T20:00:00Z');
    const nightBus = new CommandBus({ store, now: () => lateEvening });
    const cadreId = randomUUID();
    await nightBus.execute(
      'RegisterCadre',
      { cadreId, villageId, profile },
      { commandId: randomUUID(), actor },
    );
    const [event] = await store.readStream(`cadre-${cadreId}`);
    expect(event!.data).toMatchObject({ registeredOn: '2027-01-01' });
    expect(event!.metadata.occurredAt).toBe('2026-12-31T16:00:00.000Z');
  });

  it('refuses a business date after today, naming the field, and writes nothing', async () => {
    const refusal = await bus
      .execute(
        'RegisterCadre',
        { cadreId: randomUUID(), villageId, profile, registeredOn: '2026-12-02' },
        { commandId: randomUUID(), actor },
      )
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ rule: 'DATE_IN_FUTURE', field: 'registeredOn' });
    expect((refusal as DomainError).messages.zh).toContain('登记日期');
    expect(await store.headPosition()).toBe(setUp);
  });
});

describe('a command id means one command', () => {
  let store: SqliteEventStore;
  let bus: CommandBus;
  let villageId: string;
  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:', now: () => NOW });
    bus = new CommandBus({ store, now: () => NOW });
    villageId = await aVillage(bus);
  });
  afterEach(() => store.close());

  it('refuses the same id with another input on the same stream, and answers the same input as a duplicate', async () => {
    const cadreId = randomUUID();
    const commandId = randomUUID();
    const training = { cadreId, topic: '和美乡村建设', kind: 'INTERNAL', trainedOn: '2026-04-01' };
    await bus.execute('RegisterCadre', { cadreId, villageId, profile }, { commandId: randomUUID(), actor });
    await bus.execute('RecordTraining', training, { commandId, actor });
    const head = await store.headPosition();
    const refusal = await bus
      .execute('RecordTraining', { ...training, topic: '村级资产管理' }, { commandId, actor })
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'CONFLICT', rule: 'COMMAND_ID_REUSED', field: 'commandId' });
    expect((refusal as DomainError).messages.zh).toMatch(/命令编号/);
    expect(await store.headPosition()).toBe(head);
    const retry = await bus.execute('RecordTraining', training, { commandId, actor });
    expect(retry).toMatchObject({ duplicate: true, eventCount: 0 });
  });

  it('refuses an appointment id reused for another cadre: the village never gets a second secretary', async () => {
    const villageId = randomUUID();
    const first = randomUUID();
    const second = randomUUID();
    const seat = await approvedForSecretary(bus, villageId, first);
    await bus.execute(
      'RegisterCadre',
      { cadreId: second, villageId, profile: { ...profile, name: '王五', idNumber: anotherIdNumber } },
      {
        commandId: randomUUID(),
        actor,
      },
    );
    const commandId = randomUUID();
    const appointment = { villageId, ...seat, method: 'ELECTION', appointedOn: '2021-10-15' };
    await bus.execute('AppointCadre', { ...appointment, cadreId: first }, { commandId, actor });
    const head = await store.headPosition();
    const refusal = await bus
      .execute('AppointCadre', { ...appointment, cadreId: second }, { commandId, actor })
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ rule: 'COMMAND_ID_REUSED' });
    expect(await store.headPosition()).toBe(head);
    const village = await store.readStream(`village-${villageId}`);
    expect(village.filter((e) => e.type === 'SeatFilled')).toHaveLength(1);
  });

  it('counts a retry on another day as the same command when the input named no date', async () => {
    const cadreId = randomUUID();
    const commandId = randomUUID();
    await bus.execute('RegisterCadre', { cadreId, villageId, profile }, { commandId, actor });
    const nextDay = new CommandBus({ store, now: () => new Date(NOW.getTime() + 86_400_000) });
    const retry = await nextDay.execute(
      'RegisterCadre',
      { cadreId, villageId, profile },
      { commandId, actor },
    );
    expect(retry).toMatchObject({ duplicate: true, eventCount: 0 });
  });
});
