import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountsDatabase } from '../src/access/accounts-database.js';
import { createFirstAdmin } from '../src/access/first-admin.js';
import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';
import { aVillage } from './support/village-setup.js';

const PASSWORD = 'a long enough password';
const ROSTER = '{ cadres { totalCount } }';
const REGISTER = `mutation Register($commandId: ID!, $input: RegisterCadreInput!) {
  registerCadre(commandId: $commandId, input: $input) { cadre { id name } }
}`;
const profile = {
  name: '张三',
  gender: 'FEMALE',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002X',
  educationLevel: 'BACHELOR',
};

/** The gateway with its accounts in a file, in production mode or not. */
async function startAccessGateway({ production }: { production: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-access-http-'));
  const system = await openSystem({ dataDir: dir });
  const gateway = await startGateway({ system, port: 0, production });
  const url = `${gateway.url}/graphql`;
  return {
    db: system.accounts.db,
    accounts: system.accounts,
    system,
    async post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
    },
    async stop() {
      await gateway.stop();
      await system.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type AccessGateway = Awaited<ReturnType<typeof startAccessGateway>>;

describe('access through the HTTP gateway', () => {
  let gateway: AccessGateway;
  let db: AccountsDatabase;
  let adminToken: string;

  beforeEach(async () => {
    gateway = await startAccessGateway({ production: true });
    db = gateway.db;
    await createFirstAdmin(db, 'admin', PASSWORD);
    adminToken = (await gateway.accounts.signIn('admin', PASSWORD)).token;
  });
  afterEach(async () => {
    await gateway.stop();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('asks a caller without credentials to sign in (401), in their language', async () => {
    const zh = await gateway.post(ROSTER);
    expect(zh.status).toBe(401);
    expect(zh.body.errors?.[0]).toMatchObject({
      message: '请先登录或提供 API 密钥',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const en = await gateway.post(ROSTER, {}, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.body.errors?.[0].message).toBe('Sign in or present an API key first');
  });

  it('refuses a forged or expired session with 401 before GraphQL runs', async () => {
    const forged = `${adminToken.split('.')[0]}.${'A'.repeat(43)}`;
    for (const headers of [bearer(forged), bearer('garbage'), { 'x-api-key': 'ck_made_up' }]) {
      const { status, body } = await gateway.post(ROSTER, {}, headers);
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    }
  });

  it('lets the admin write, with the admin as the actor of the event', async () => {
    const villageId = await aVillage(gateway.system);
    const commandId = randomUUID();
    const { status, body } = await gateway.post(
      REGISTER,
      { commandId, input: { villageId, profile } },
      bearer(adminToken),
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const events = await gateway.system.store.readAll();
    const event = events.find((e) => e.type === 'CadreRegistered' && e.metadata.commandId === commandId);
    const admin = gateway.accounts.listUsers()[0]!;
    expect(event?.metadata.actor).toBe(`user:${admin.id}`);
  });

  it('lets an API key read until it is revoked, and never write', async () => {
    const { id, key } = gateway.accounts.issueApiKey('区级平台');
    const read = await gateway.post(ROSTER, {}, { 'x-api-key': key });
    expect(read.body).toEqual({ data: { cadres: { totalCount: 0 } } });

    const write = await gateway.post(
      REGISTER,
      { commandId: randomUUID(), input: { villageId: randomUUID(), profile } },
      { 'x-api-key': key },
    );
    expect(write.status).toBe(403);
    expect(write.body.errors?.[0]).toMatchObject({
      message: '外部应用无权执行 registerCadre',
      extensions: { code: 'FORBIDDEN', operation: 'registerCadre' },
    });
    expect(await gateway.system.store.readAll()).toEqual([]);

    gateway.accounts.revokeApiKey(id);
    expect((await gateway.post(ROSTER, {}, { 'x-api-key': key })).status).toBe(401);
  });

  it('keeps an auditor from writing, whatever the operation is spelled through', async () => {
    await gateway.accounts.createUser({ username: 'auditor', password: PASSWORD, role: 'AUDITOR' });
    const { token } = await gateway.accounts.signIn('auditor', PASSWORD);
    expect((await gateway.post(ROSTER, {}, bearer(token))).status).toBe(200);
    const viaFragment = `mutation M($commandId: ID!, $input: RegisterCadreInput!) { ...W }
      fragment W on Mutation { r: registerCadre(commandId: $commandId, input: $input) { cadre { id } } }`;
    const { status, body } = await gateway.post(
      viaFragment,
      { commandId: randomUUID(), input: { villageId: randomUUID(), profile } },
      bearer(token),
    );
    expect(status).toBe(403);
    expect(body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await gateway.system.store.readAll()).toEqual([]);
  });

  it('refuses introspection to an external app in production, not to a signed-in admin', async () => {
    const { key } = gateway.accounts.issueApiKey('区级平台');
    const query = '{ __schema { queryType { name } } }';
    const external = await gateway.post(query, {}, { 'x-api-key': key, 'accept-language': 'en' });
    expect(external.status).toBe(403);
    expect(external.body.errors?.[0]).toMatchObject({
      message: 'Introspection is not available to external apps; use the published SDL',
      extensions: { code: 'FORBIDDEN' },
    });
    const typeQuery = await gateway.post('{ __type(name: "Cadre") { name } }', {}, { 'x-api-key': key });
    expect(typeQuery.status).toBe(403);
    const admin = await gateway.post(query, {}, bearer(adminToken));
    expect(admin.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('introspection outside production', () => {
  it('is open to an external app, and closed to a caller without credentials', async () => {
    const gateway = await startAccessGateway({ production: false });
    try {
      const { key } = gateway.accounts.issueApiKey('dev');
      const { body } = await gateway.post('{ __schema { queryType { name } } }', {}, { 'x-api-key': key });
      expect(body.data.__schema.queryType.name).toBe('Query');
      const anonymous = await gateway.post(
        '{ __schema { queryType { name } } }',
        {},
        { 'accept-language': 'en' },
      );
      expect(anonymous.status).toBe(403);
      expect(anonymous.body.errors?.[0].message).toBe(
        'Introspection needs credentials; use the published SDL',
      );
    } finally {
      await gateway.stop();
    }
  });
});
