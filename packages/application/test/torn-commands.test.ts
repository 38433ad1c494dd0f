import { randomUUID } from 'node:crypto';
import { EsdbEventStore, type EventStore } from '@cadre/event-store';
import { type EsdbProtocolDouble, startEsdbProtocolDouble } from '@cadre/event-store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandBus, completeTornCommands, verifyLedgerRules } from '../src/index.js';
import { approvedForSecretary } from './support/appointment.js';

const NOW = new Date('2026-12-01T01:30:00Z');
const actor = 'user:clerk';
const SECRETARY = { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' };

/** The store as a crash leaves it: the next append to a stream of this category never happens. */
function crashingBefore(store: EventStore, category: string): EventStore & { crashed: boolean } {
  const crashing = Object.create(store) as EventStore & { crashed: boolean };
  crashing.crashed = false;
  crashing.append = async (streamId, events, expected) => {
    if (!crashing.crashed && streamId.startsWith(`${category}-`)) {
      crashing.crashed = true;
      throw new Error('the process died here');
    }
    return store.append(streamId, events, expected);
  };
  return crashing;
}

describe('EventStoreDB (no multi-stream transactions): a command cut off between its writes is completed, never re-decided', () => {
  let server: EsdbProtocolDouble;
  let store: EsdbEventStore;
  const villageId = randomUUID();
  const cadreId = randomUUID();
  beforeEach(async () => {
    server = await startEsdbProtocolDouble();
    store = new EsdbEventStore({ connectionString: server.connectionString });
    await approvedForSecretary(new CommandBus({ store, now: () => NOW }), villageId, cadreId);
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });
  const appointment = { cadreId, villageId, ...SECRETARY, method: 'ELECTION', appointedOn: '2021-10-15' };

  it('leaves a torn appointment that the rules name, then completes it from what was decided', async () => {
    const crashing = crashingBefore(store, 'cadre');
    const commandId = randomUUID();
    await expect(
      new CommandBus({ store: crashing, now: () => NOW }).execute('AppointCadre', appointment, {
        commandId,
        actor,
      }),
    ).rejects.toThrow('the process died here');
    expect((await verifyLedgerRules(store)).map((v) => v.rule)).toEqual(['SEAT_EVENT_WITHOUT_CADRE_EVENT']);

    // After the restart the system itself carries the command out, once, however often it looks.
    expect((await completeTornCommands(store)).completed).toBe(1);
    expect((await completeTornCommands(store)).completed).toBe(0);
    expect(await verifyLedgerRules(store)).toEqual([]);
    const cadre = await store.readStream(`cadre-${cadreId}`);
    const appointed = cadre.filter((e) => e.type === 'CadreAppointed');
    expect(appointed).toHaveLength(1);
    expect(appointed[0]!.metadata).toMatchObject({
      commandId,
      actor,
      occurredAt: '2021-10-14T16:00:00.000Z',
    });
    expect(appointed[0]!.metadata.followUps).toBeUndefined();
  });

  it("completes it on the client's retry with the same command id, without deciding again", async () => {
    const crashing = crashingBefore(store, 'cadre');
    const commandId = randomUUID();
    await new CommandBus({ store: crashing, now: () => NOW })
      .execute('AppointCadre', appointment, { commandId, actor })
      .catch(() => undefined);
    const retry = await new CommandBus({ store, now: () => NOW }).execute('AppointCadre', appointment, {
      commandId,
      actor,
    });
    expect(retry.duplicate).toBe(true);
    expect(await verifyLedgerRules(store)).toEqual([]);
    expect(
      (await store.readStream(`village-${villageId}`)).filter((e) => e.type === 'SeatFilled'),
    ).toHaveLength(1);
    expect((await completeTornCommands(store)).completed).toBe(0);
  });
});
