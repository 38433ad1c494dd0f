import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { townshipWithVillage } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const ACTORS = '{ eventLogActors { actor actorName } }';

/** The event log's actor filter chooses from everyone who has caused an event, by name (auditors only). */
describe('the actors of the event log', () => {
  let t: TestGateway;
  let auditor: Record<string, string>;
  beforeAll(async () => {
    t = await startTestGateway({ now: () => new Date('2026-03-02T04:00:00Z') });
    await townshipWithVillage(commandClient(t));
    auditor = await t.signInAs('AUDITOR');
  });
  afterAll(() => t.stop());

  it('names each actor once, and filters the log to what that actor did', async () => {
    const me = (await t.graphql('{ me { id displayName username } }')).data.me;
    const { data, errors } = await t.graphql(ACTORS, {}, auditor);
    expect(errors).toBeUndefined();
    expect(data.eventLogActors).toEqual([
      { actor: `user:${me.id}`, actorName: me.displayName || me.username },
    ]);
    // a second administrator registers a second township, through HTTP as the admin client would
    const second = await t.signInAs('ADMIN');
    const asSecond = commandClient({
      ...t,
      graphql: (query, variables) => t.graphql(query, variables, second),
    });
    await asSecond.run('RegisterTownship', { name: '杨庙镇', district: '长丰县' });
    const secondMe = (await t.graphql('{ me { id displayName username } }', {}, second)).data.me;
    const after = (await t.graphql(ACTORS, {}, auditor)).data.eventLogActors;
    expect(after).toEqual(
      [
        { actor: `user:${me.id}`, actorName: me.displayName || me.username },
        { actor: `user:${secondMe.id}`, actorName: secondMe.displayName || secondMe.username },
      ].sort((x, y) => (x.actor < y.actor ? -1 : 1)),
    );
    const log = await t.graphql(
      'query($actor: String) { eventLog(filter: { actor: $actor }) { totalCount edges { node { type } } } }',
      { actor: `user:${secondMe.id}` },
      auditor,
    );
    expect(log.data.eventLog.totalCount).toBe(1);
    expect(log.data.eventLog.edges[0].node.type).toBe('TownshipRegistered');
  });

  it('is not for a village secretary', async () => {
    const village = await t.signInAs('VILLAGE', crypto.randomUUID());
    const { data, errors } = await t.graphql(ACTORS, {}, village);
    expect(data?.eventLogActors).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
