import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { appointmentFixture } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/** Subscribes over graphql-ws and answers the first `count` results (or the error that ended it). */
function firstResults(
  t: TestGateway,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
  count: number,
) {
  const client = createClient({
    url: `${t.gateway.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: headers.authorization, apiKey: headers['x-api-key'] },
    lazy: false,
  });
  const results: any[] = [];
  const done = new Promise<any[]>((resolve, reject) => {
    const stop = client.subscribe(
      { query, variables },
      {
        next: (value) => {
          results.push(value);
          if (results.length === count) {
            stop();
            resolve(results);
          }
        },
        error: (error) => reject(error),
        complete: () => resolve(results),
      },
    );
  });
  return { done: done.finally(() => client.dispose()) };
}

describe('subscriptions over graphql-ws', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('lets an auditor watch new events live', async () => {
    const auditor = await t.signInAs('AUDITOR');
    // From position 0 of this fresh gateway: no event can slip past before the subscription starts.
    const watch = firstResults(
      t,
      auditor,
      'subscription { eventAppended(after: "0") { type actor streamId hash } }',
      {},
      2,
    );
    await appointmentFixture(commandClient(t));
    const results = await watch.done;
    expect(results.map((r) => r.data.eventAppended.type)).toEqual([
      'TownshipRegistered',
      'VillageRegistered',
    ]);
    expect(results[0].data.eventAppended.actor).toMatch(/^user:/);
  });

  it('sends a cadre as they are now, each time their file changes', async () => {
    const { cadreId } = await appointmentFixture(commandClient(t));
    const admin = await t.signInAs('ADMIN');
    // From the store's head now: the change below cannot slip past before the subscription starts.
    const after = (await t.system.store.headPosition()).toString();
    const watch = firstResults(
      t,
      admin,
      'subscription($id: ID!, $after: String) { cadreChanged(id: $id, after: $after) { id trainings { topic } } }',
      { id: cadreId, after },
      1,
    );
    await t.graphql(
      `mutation($c: ID!, $id: ID!) { recordTraining(commandId: $id, input: { cadreId: $c, topic: "矛盾化解", kind: INTERNAL, trainedOn: "2026-06-01" }) { duplicate } }`,
      { c: cadreId, id: randomUUID() },
    );
    const [result] = await watch.done;
    expect(result.data.cadreChanged.trainings.map((x: any) => x.topic)).toContain('矛盾化解');
  });

  it('refuses the event stream to an external app and to a caller without credentials, and a malformed position', async () => {
    const external = firstResults(t, t.apiKey(), 'subscription { eventAppended { type } }', {}, 1);
    await expect(external.done).rejects.toSatisfy((errors: any) => errors[0].extensions.code === 'FORBIDDEN');
    const anonymous = firstResults(t, {}, 'subscription { eventAppended { type } }', {}, 1);
    await expect(anonymous.done).rejects.toSatisfy(
      (errors: any) => errors[0].extensions.code === 'UNAUTHENTICATED',
    );
    const malformed = firstResults(
      t,
      await t.signInAs('AUDITOR'),
      'subscription { eventAppended(after: "x") { type } }',
      {},
      1,
    );
    // A malformed argument is an execution error: the answer carries it with its code and field.
    const [answer] = await malformed.done;
    expect(answer.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
