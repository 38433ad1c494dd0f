import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { nextPerson } from '../support/appointment-fixture.js';
import { aVillage } from '../support/village-setup.js';
import { noonOf, ZHOUWANG_TODAY } from '../support/zhouwang-day.js';
import { type ClusterGateway, startClusterGateway } from './cluster-gateway.js';

const ID_NUMBER = /\d{17}[\dX]/;
const REGISTER = `mutation($id: ID!, $input: RegisterCadreInput!) {
  registerCadre(commandId: $id, input: $input) { position cadre { id } } }`;
const CADRE = 'query($id: ID!) { cadre(id: $id) { id name idNumber village { id } } }';
const COUNT = 'query($v: ID) { cadres(villageId: $v, first: 1) { totalCount } }';

/** The gateway as one writer and two reader processes on one port: every request below reaches a reader. */
describe('a writer and two reader processes', () => {
  let t: ClusterGateway;
  let villageA: string;
  let villageB: string;
  beforeAll(async () => {
    t = await startClusterGateway({ readers: 2, now: noonOf(ZHOUWANG_TODAY) });
    villageA = await aVillage(t.system);
    villageB = await aVillage(t.system);
  });
  afterAll(async () => {
    await t?.stop();
  });

  const register = async (villageId: string) => {
    const { data, errors } = await t.graphql(REGISTER, {
      id: randomUUID(),
      input: { villageId, profile: nextPerson() },
    });
    expect(errors).toBeUndefined();
    return data.registerCadre as { position: string; cadre: { id: string } };
  };

  it('runs two readers and answers from them', async () => {
    expect(t.readers.pids()).toHaveLength(2);
    expect(t.readers.pids()).not.toContain(process.pid);
    const { data, errors } = await t.graphql(COUNT, { v: villageA });
    expect(errors).toBeUndefined();
    expect(data.cadres.totalCount).toBe(0);
  });

  it('shows a caller their write on the next request, on another connection, whichever reader takes it', async () => {
    // Chains in parallel: each registers, then at once asks (on a new connection) for the cadre and the count.
    const chain = async () => {
      for (let i = 0; i < 6; i++) {
        const before = (await t.graphql(COUNT, { v: villageB })).data.cadres.totalCount as number;
        const { cadre } = await register(villageB);
        const [read, counted] = await Promise.all([
          t.graphql(CADRE, { id: cadre.id }),
          t.graphql(COUNT, { v: villageB }),
        ]);
        expect(read.errors).toBeUndefined();
        expect(read.data.cadre.id).toBe(cadre.id);
        expect(counted.data.cadres.totalCount).toBeGreaterThan(before);
      }
    };
    await Promise.all(Array.from({ length: 4 }, chain));
    const { data } = await t.graphql(COUNT, { v: villageB });
    expect(data.cadres.totalCount).toBe(24);
  });

  it('answers a refused command with its code from the writer, and writes nothing', async () => {
    const head = await t.system.store.headPosition();
    const { errors } = await t.graphql(REGISTER, {
      id: randomUUID(),
      input: { villageId: randomUUID(), profile: nextPerson() },
    });
    expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(errors?.[0].extensions.messages.en).toBeTruthy();
    expect(await t.system.store.headPosition()).toBe(head);
  });

  it('keeps masking, village scoping and the personal-data log on the readers', async () => {
    const own = await register(villageA);
    const other = await register(villageB);
    const key = { 'x-api-key': t.system.accounts.issueApiKey('区级平台').key };
    const external = await t.post(CADRE, { id: own.cadre.id }, key);
    expect(external.errors).toBeUndefined();
    expect(JSON.stringify(external.data)).not.toMatch(ID_NUMBER);

    const secretary = await t.signInAs('VILLAGE', villageA);
    const mine = await t.post(CADRE, { id: own.cadre.id }, secretary);
    expect(mine.data.cadre.idNumber).toMatch(ID_NUMBER);
    const theirs = await t.post(CADRE, { id: other.cadre.id }, secretary);
    expect(theirs.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const elsewhere = await t.post(COUNT, { v: villageB }, secretary);
    expect(elsewhere.errors?.[0].extensions.code).toBe('FORBIDDEN');

    // the reader wrote the disclosure into accounts.sqlite, which the writer's process reads back
    const auditor = await t.signInAs('AUDITOR');
    const log = await t.post(
      'query($c: ID!) { personalDataReads(cadreId: $c) { fields } }',
      { c: own.cadre.id },
      auditor,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.personalDataReads.length).toBeGreaterThanOrEqual(1);
  });

  it('signs a user in on a reader (a write to the accounts file) and takes the session on the other', async () => {
    await t.system.accounts.createUser({
      username: 'reader-sign-in',
      password: 'a-long-password',
      role: 'AUDITOR',
    });
    const signIn = await t.post(
      'mutation { signIn(username: "reader-sign-in", password: "a-long-password") { token } }',
    );
    expect(signIn.errors).toBeUndefined();
    const headers = { authorization: `Bearer ${signIn.data.signIn.token}` };
    for (let i = 0; i < 4; i++) {
      const answer = await t.post('{ me { username } }', {}, headers);
      expect(answer.data?.me?.username).toBe('reader-sign-in');
    }
  });

  it('sends ledgerChanged from a reader once the read models show the change', async () => {
    const client = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: (await t.signInAs('ADMIN')).authorization },
      lazy: false,
    });
    const head = (await t.system.store.headPosition()).toString();
    const change = new Promise<any>((resolve, reject) => {
      const stop = client.subscribe(
        {
          query: 'subscription($after: String) { ledgerChanged(after: $after) { kind id type } }',
          variables: { after: head },
        },
        {
          next: (value) => {
            stop();
            resolve(value);
          },
          error: reject,
          complete: () => reject(new Error('ended without a change')),
        },
      );
    });
    const { cadre } = await register(villageA);
    const value = await change.finally(() => client.dispose());
    expect(value.errors).toBeUndefined();
    expect(value.data.ledgerChanged).toMatchObject({ kind: 'cadre', id: cadre.id, type: 'CadreRegistered' });
  });

  it('starts a reader again when it dies, and answers meanwhile from the other', async () => {
    const [victim, survivor] = t.readers.pids();
    const until = async (condition: () => boolean) => {
      // a reader started again compiles the gateway from its sources: slow on a busy machine
      const deadline = Date.now() + 90_000;
      while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(condition()).toBe(true);
    };
    process.kill(victim!, 'SIGKILL');
    // once the writer has seen the death, every new connection goes to the reader still running
    await until(() => !t.readers.pids().includes(victim!));
    for (let i = 0; i < 4; i++) expect((await t.graphql(COUNT, { v: villageA })).errors).toBeUndefined();
    await until(() => t.readers.pids().length === 2);
    expect(t.readers.restarts).toBe(1);
    expect(t.readers.pids()).toContain(survivor);
    expect(t.readers.pids()).not.toContain(victim);
    const before = (await t.graphql(COUNT, { v: villageA })).data.cadres.totalCount as number;
    await register(villageA);
    for (let i = 0; i < 4; i++) {
      const { data } = await t.graphql(COUNT, { v: villageA });
      expect(data.cadres.totalCount).toBe(before + 1);
    }
  }, 240_000);
});
