import { randomUUID } from 'node:crypto';
import { verifyLedgerRules } from '@cadre/application';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATES,
  nextPerson,
  type Place,
  registerPerson,
  reviewCadre,
  SECRETARY_SEAT,
  townshipWithVillage,
} from '../support/appointment-fixture.js';
import { type CommandClient, commandClient } from '../support/command-client.js';
import { noonOf, ZHOUWANG_TODAY } from '../support/zhouwang-day.js';
import { type EsdbGateway, type GatewaysOnEsdb, startGatewaysOnEsdb } from './gateways-on-esdb.js';

const CADRE = 'query($id: ID!) { cadre(id: $id) { id name idNumber } }';
const COUNT = 'query($v: ID) { cadres(villageId: $v, first: 1) { totalCount } }';

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Two gateways on one EventStoreDB, each with its own read models, both writing. */
describe('two gateways on EventStoreDB', () => {
  let both: GatewaysOnEsdb;
  let a: EsdbGateway;
  let b: EsdbGateway;
  let clientA: CommandClient;
  let clientB: CommandClient;
  let place: Place;
  beforeAll(async () => {
    both = await startGatewaysOnEsdb(2, { now: noonOf(ZHOUWANG_TODAY) });
    [a, b] = both.gateways as [EsdbGateway, EsdbGateway];
    clientA = commandClient(a);
    clientB = commandClient(b);
    place = await townshipWithVillage(clientA);
  });
  afterAll(async () => {
    await both?.stop();
  });

  it('keeps two read-model files, and each gateway reads its own writes at once', async () => {
    expect(a.system.readModels.name).not.toBe(b.system.readModels.name);
    const writes = Array.from({ length: 12 }, async (_, i) => {
      const [mine, client] = i % 2 === 0 ? [a, clientA] : [b, clientB];
      const cadreId = await registerPerson(client, nextPerson(), place.villageId);
      const { data, errors } = await mine.graphql(CADRE, { id: cadreId });
      expect(errors).toBeUndefined();
      expect(data.cadre.id).toBe(cadreId);
      // the persons' keys are shared: the other gateway opens the identifying fields too
      expect(data.cadre.idNumber).toMatch(/^\d{17}[\dX]$/);
      return cadreId;
    });
    const cadres = await Promise.all(writes);
    for (const gateway of [a, b]) {
      const counted = await eventually(
        () => gateway.graphql(COUNT, { v: place.villageId }),
        (answer) => answer.data?.cadres.totalCount >= cadres.length,
      );
      expect(counted.data.cadres.totalCount).toBe(cadres.length);
    }
  });

  it('lets the other gateway catch up through its subscription', async () => {
    const cadreId = await registerPerson(clientA, nextPerson(), place.villageId);
    const seen = await eventually(
      () => b.graphql(CADRE, { id: cadreId }),
      (answer) => answer.data?.cadre?.id === cadreId,
    );
    expect(seen.data.cadre.id).toBe(cadreId);
    const [onA, onB] = await Promise.all([a, b].map((g) => g.graphql(COUNT, { v: place.villageId })));
    expect(onB!.data.cadres.totalCount).toBe(onA!.data.cadres.totalCount);
  });

  it('seats one party secretary when both gateways appoint one to the same village at once', async () => {
    for (let round = 0; round < 3; round++) {
      const village = await townshipWithVillage(clientA);
      const first = await registerPerson(clientA, nextPerson(), village.villageId);
      const second = await registerPerson(clientB, nextPerson(), village.villageId);
      await reviewCadre(clientA, village, first);
      await reviewCadre(clientB, village, second);
      const appoint = (client: CommandClient, cadreId: string) =>
        client.send(
          'AppointCadre',
          {
            cadreId,
            villageId: village.villageId,
            ...SECRETARY_SEAT,
            method: 'ELECTION',
            appointedOn: DATES.appointed,
          },
          { commandId: randomUUID() },
        );
      const answers = await Promise.all([appoint(clientA, first), appoint(clientB, second)]);
      const seated = answers.filter((answer) => !answer.errors);
      expect(seated).toHaveLength(1);
      const refused = answers.find((answer) => answer.errors)!;
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(refused.errors![0].extensions.code);
    }
    expect(await verifyLedgerRules(a.system.store)).toEqual([]);
    expect(await verifyLedgerRules(b.system.store)).toEqual([]);
  });
});
