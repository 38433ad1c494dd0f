import { EsdbEventStore, exportEvents, importEvents, verifyTransfer } from '@cadre/event-store';
import { startEsdbProtocolDouble } from '@cadre/event-store/testing';
import { currentStatistics, findCadre, listCadres } from '@cadre/projections';
import { describe, expect, it } from 'vitest';
import { openSystem, type System } from '../src/system.js';
import { startTestGateway } from './support/test-gateway.js';
import { aVillage } from './support/village-setup.js';
import { loadZhouwang, noonOf, ZHOUWANG_YEAR as YEAR, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const now = noonOf(ZHOUWANG_TODAY);

async function* linesOf(lines: string[]) {
  yield* lines;
}

/** Every cadre's file as the read models answer it, without store positions (they differ by store). */
function dossiers(system: System) {
  const cadres = listCadres(system.readModels, {}, { first: 200, sort: 'NAME' }).nodes;
  return cadres.map((c) => findCadre(system.readModels, c.cadreId));
}

describe('moving a township up to EventStoreDB (the real client against the protocol double)', () => {
  it('exports the Zhouwang data set from SQLite and imports it, with identical statistics and dossiers', async () => {
    const embedded = await openSystem({ dataDir: ':memory:', now });
    await loadZhouwang(embedded);
    const lines: string[] = [];
    // the events as stored (identifying fields sealed); the keys move beside them, never inside the export
    await exportEvents(embedded.rawStore, (line) => {
      lines.push(line);
    });

    const server = await startEsdbProtocolDouble();
    try {
      const target = new EsdbEventStore({ connectionString: server.connectionString });
      await importEvents(target, linesOf(lines.slice(0, 500)));
      await importEvents(target, linesOf(lines)); // after an interruption: re-run, nothing twice
      expect(await verifyTransfer(embedded.rawStore, target)).toMatchObject({
        ok: true,
        targetEvents: lines.length,
      });
      const moved = await openSystem({
        dataDir: ':memory:',
        store: target,
        personalKeys: embedded.personalKeys,
        now,
      });
      await moved.runner.catchUp();
      expect(currentStatistics(moved.readModels, { year: YEAR }, now())).toEqual(
        currentStatistics(embedded.readModels, { year: YEAR }, now()),
      );
      expect(dossiers(moved)).toEqual(dossiers(embedded));
      await moved.close();
    } finally {
      await server.stop();
      await embedded.close();
    }
  }, 120_000); // it loads the whole demo twice: no tight limit on a busy 2-core machine
});

describe('the gateway running on EventStoreDB', () => {
  it('serves mutations, read-your-writes and queries unchanged above the event-store port', async () => {
    const server = await startEsdbProtocolDouble();
    const t = await startTestGateway({ eventStoreConnectionString: server.connectionString });
    try {
      const villageId = await aVillage(t.system);
      const profile = `{ name: "李四", gender: FEMALE, birthDate: "1949-12-31", idNumber: "11010519491231002X", educationLevel: BACHELOR }`;
      const registered = await t.graphql(
        `mutation($id: ID!, $villageId: ID!) { registerCadre(commandId: $id, input: { villageId: $villageId, profile: ${profile} }) { duplicate cadre { id name } } }`,
        { id: '0b7c3e8e-6d0e-4d5f-9a57-2f1f1c1b9a01', villageId },
      );
      expect(registered.errors).toBeUndefined();
      expect(registered.data.registerCadre.cadre.name).toBe('李四');
      const again = await t.graphql(
        `mutation($id: ID!, $villageId: ID!) { registerCadre(commandId: $id, input: { villageId: $villageId, profile: ${profile} }) { duplicate } }`,
        { id: '0b7c3e8e-6d0e-4d5f-9a57-2f1f1c1b9a01', villageId },
      );
      expect(again.data.registerCadre.duplicate).toBe(true);
      const { data } = await t.graphql('{ cadres { totalCount } integrityCheck { ok events } }');
      // the township, the village, the ID number's reservation and the file
      expect(data).toEqual({ cadres: { totalCount: 1 }, integrityCheck: { ok: true, events: 4 } });
      const health = (await fetch(`${t.gateway.url}/healthz`).then((r) => r.json())) as { ok: boolean };
      expect(health.ok).toBe(true);
      await server.stop(); // the server is lost while the gateway runs
      const lost = await fetch(`${t.gateway.url}/healthz`);
      expect(lost.status).toBe(503);
      expect(((await lost.json()) as { store: { ok: boolean } }).store.ok).toBe(false);
    } finally {
      await t.stop();
      await server.stop();
    }
  });
});
