import { randomUUID } from 'node:crypto';
import { CommandBus, verifyLedgerRules } from '@cadre/application';
import { EsdbEventStore, type EventStore } from '@cadre/event-store';
import { startEsdbProtocolDouble } from '@cadre/event-store/testing';
import { describe, expect, it } from 'vitest';
import { openSystem } from '../src/system.js';
import { appointmentFixture } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway } from './support/test-gateway.js';

/** The store as a crash leaves it: the next append to a cadre stream never happens. */
function crashingBeforeCadre(store: EventStore): EventStore {
  const crashing = Object.create(store) as EventStore;
  let crashed = false;
  crashing.append = async (streamId, events, expected) => {
    if (!crashed && streamId.startsWith('cadre-')) {
      crashed = true;
      throw new Error('the process died here');
    }
    return store.append(streamId, events, expected);
  };
  return crashing;
}

describe('a gateway on EventStoreDB finishes the commands a crash cut off, before it serves', () => {
  it('starts over a torn appointment and serves it whole: the post on the file, the seat, the rules held', async () => {
    const server = await startEsdbProtocolDouble();
    try {
      const first = await startTestGateway({ eventStoreConnectionString: server.connectionString });
      const { appointment } = await appointmentFixture(commandClient(first));
      await first.stop();

      const store = new EsdbEventStore({ connectionString: server.connectionString });
      const dying = new CommandBus({ store: crashingBeforeCadre(store) });
      await expect(
        dying.execute('AppointCadre', appointment, { commandId: randomUUID(), actor: 'user:x' }),
      ).rejects.toThrow();
      expect((await verifyLedgerRules(store)).map((v) => v.rule)).toEqual(['SEAT_EVENT_WITHOUT_CADRE_EVENT']);
      await store.close();

      const system = await openSystem({
        dataDir: ':memory:',
        eventStoreConnectionString: server.connectionString,
      });
      try {
        expect(await verifyLedgerRules(system.store)).toEqual([]);
        const posts = system.readModels
          .prepare('SELECT position FROM posts WHERE cadre_id = ? AND left_on IS NULL')
          .all(appointment.cadreId);
        expect(posts).toEqual([{ position: 'PARTY_SECRETARY' }]);
      } finally {
        await system.close();
      }
    } finally {
      await server.stop();
    }
  });
});
