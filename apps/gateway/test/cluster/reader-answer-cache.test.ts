import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPerson } from '../support/appointment-fixture.js';
import { aVillage } from '../support/village-setup.js';
import { noonOf, ZHOUWANG_TODAY } from '../support/zhouwang-day.js';
import { type ClusterGateway, startClusterGateway } from './cluster-gateway.js';

const ROSTER = '{ cadres(first: 50) { totalCount edges { node { id name } } } }';
const REGISTER = `mutation($c: ID!, $i: RegisterCadreInput!) { registerCadre(commandId: $c, input: $i) { position } }`;
const RAISE = `mutation($c: ID!, $i: RaiseServiceRequestInput!) { raiseServiceRequest(commandId: $c, input: $i) { position } }`;

/**
 * A reader process keeps an answer by the versions of the tables it read, which the writer's triggers
 * move in the read-model file: a commit on other tables leaves it in place, one on its tables drops it
 * before the committing caller's next request (read-your-writes), whichever process sent the command.
 */
describe('a reader process’s answer cache, beside the writer', () => {
  let t: ClusterGateway;
  let villageId: string;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startClusterGateway({ readers: 1, now: noonOf(ZHOUWANG_TODAY) });
    villageId = await aVillage(t.system);
    admin = await t.signInAs('ADMIN');
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function ask(query: string, variables?: object) {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { cache: response.headers.get('x-answer-cache'), data: body.data };
  }
  const raiseServiceRequest = () =>
    ask(RAISE, { c: randomUUID(), i: { villageId, description: '路灯坏了', raisedBy: '王大妈' } });
  const register = () => ask(REGISTER, { c: randomUUID(), i: { villageId, profile: nextPerson() } });

  it('serves the roster again after commits that wrote other tables only', async () => {
    await register();
    const roster = await ask(ROSTER);
    const before = await t.readers.answerCacheCounts();
    expect((await ask(ROSTER)).cache).toBe('hit');
    expect(await t.readers.answerCacheCounts()).toMatchObject({
      hits: before.hits + 1,
      stored: before.stored,
    });
    await raiseServiceRequest();
    await raiseServiceRequest();
    const again = await ask(ROSTER);
    expect(again.cache).toBe('hit');
    expect(again.data).toEqual(roster.data);
  });

  it('executes the roster afresh on the next request after a registration sent through the reader', async () => {
    const roster = await ask(ROSTER);
    await register();
    const after = await ask(ROSTER);
    expect(after.cache).toBeNull();
    expect(after.data.cadres.totalCount).toBe(roster.data.cadres.totalCount + 1);
  });

  it('never serves a kept roster once the writer’s own commit of a cadre is in the file', async () => {
    const roster = await ask(ROSTER);
    expect((await ask(ROSTER)).cache).toBe('hit');
    for (let i = 0; i < 5; i++) {
      const { position } = await t.system.bus.execute(
        'RegisterCadre',
        { cadreId: randomUUID(), villageId, profile: nextPerson() },
        { commandId: randomUUID(), actor: 'system:test' },
      );
      await t.system.runner.waitFor(position);
      // asked at once, before the writer's checkpoint message can have reached the reader
      const after = await ask(ROSTER);
      expect(after.cache).toBeNull();
      expect(after.data.cadres.totalCount).toBe(roster.data.cadres.totalCount + i + 1);
    }
  });
});
