import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, verifyIntegrity } from '@cadre/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPerson } from './support/appointment-fixture.js';
import { type CommandClient, commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const training = (cadreId: string, n: number) => ({
  cadreId,
  topic: `村级财务公开第 ${n} 讲`,
  kind: 'INTERNAL',
  trainedOn: '2024-03-01',
});

async function health(t: TestGateway) {
  const response = await fetch(`${t.gateway.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('a full disk (the event store file at its max_page_count)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let t: TestGateway;
  let client: CommandClient;
  let cadreId: string;
  /** The command the full store refused, sent again once space returns. */
  const refused = { commandId: randomUUID(), input: {} as object };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-disk-full-'));
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    t = await startTestGateway({ store });
    client = commandClient(t);
    cadreId = await registerPerson(client);
    store.limitSize(store.sizeInPages());
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers writes STORE_UNAVAILABLE (STORE_FULL) in zh-CN and en, writing nothing', async () => {
    let answer: Awaited<ReturnType<CommandClient['send']>> | undefined;
    // The pages the file has free take a few more events; the first write that needs a new page fails.
    for (let n = 1; n <= 200 && !answer?.errors; n++) {
      refused.commandId = randomUUID();
      refused.input = training(cadreId, n);
      answer = await client.send('RecordTraining', refused.input, {
        commandId: refused.commandId,
        headers: { 'accept-language': 'en' },
      });
    }
    const [error] = answer!.errors!;
    expect(error.extensions).toMatchObject({
      code: 'STORE_UNAVAILABLE',
      reason: 'STORE_FULL',
      messages: {
        zh: expect.stringContaining('磁盘已满'),
        en: expect.stringContaining('nothing was written'),
      },
    });
    expect(error.message).toBe(error.extensions.messages.en);
    const events = await store.readAll();
    expect(events.filter((e) => e.metadata.commandId === refused.commandId)).toEqual([]);

    const inChinese = await client.send('RecordTraining', training(cadreId, 999));
    expect(inChinese.errors?.[0].extensions.code).toBe('STORE_UNAVAILABLE');
    expect(inChinese.errors?.[0].message).toContain('磁盘已满');
  });

  it('says degraded on /healthz, naming the store, while reads still answer', async () => {
    const { status, body } = await health(t);
    expect(status).toBe(503);
    expect(body).toMatchObject({ ok: false, status: 'degraded', store: { ok: false } });
    expect(body.store.detail).toContain('STORE_FULL');
    const read = await t.graphql('query ($id: ID!) { cadre(id: $id) { id } }', { id: cadreId });
    expect(read.data?.cadre?.id).toBe(cadreId);
  });

  it('recovers without a restart once space returns: healthy again, and the refused command carried out once', async () => {
    store.limitSize(1_000_000);
    const { status, body } = await health(t);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, status: 'ok', store: { ok: true } });

    const retried = await client.run('RecordTraining', refused.input, { commandId: refused.commandId });
    expect(retried.duplicate).toBe(false);
    const again = await client.run('RecordTraining', refused.input, { commandId: refused.commandId });
    expect(again.duplicate).toBe(true);
    const events = await store.readAll();
    expect(events.filter((e) => e.metadata.commandId === refused.commandId)).toHaveLength(1);
    expect((await verifyIntegrity(store)).ok).toBe(true);
  });
});
