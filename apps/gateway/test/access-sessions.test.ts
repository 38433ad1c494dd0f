import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CREDENTIALS_ENDED } from '../src/graphql/subscriptions/websocket-server.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const ME = '{ me { username } }';

/** A live subscription as a client keeps it; answers how it ended (the close code) once it does. */
function openSubscription(t: TestGateway, connectionParams: Record<string, string>) {
  const client = createClient({
    url: `${t.gateway.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
  });
  const subscribed = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const ended = new Promise<number>((resolve) => {
    client.on('closed', (event) => resolve((event as { code: number }).code));
    client.subscribe(
      { query: 'subscription { eventAppended { type } }' },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
  });
  return { subscribed, ended: ended.finally(() => client.dispose()) };
}

describe('sessions end on the server: sign-out, a disabled account, a reset password, a revoked key', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('ends the session a sign-out names: its token stops working and its subscription closes at once', async () => {
    const session = await t.signInAs('AUDITOR');
    const other = await t.signInAs('AUDITOR');
    const live = openSubscription(t, { authorization: session.authorization! });
    await live.subscribed;
    expect((await t.post(ME, {}, session)).data.me).not.toBeNull();
    const signedOut = await t.post('mutation { signOut }', {}, session);
    expect(signedOut.data).toEqual({ signOut: true });
    expect(await live.ended).toBe(CREDENTIALS_ENDED);
    const after = await t.post(ME, {}, session);
    expect(after.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.post(ME, {}, other)).data.me).not.toBeNull();
  });

  it("lets an admin disable an account or reset its password, ending that account's sessions", async () => {
    const { system } = t;
    const victim = await t.signInAs('VILLAGE', '00000000-0000-4000-8000-000000000001');
    const { id } = (await t.post('{ me { id } }', {}, victim)).data.me;
    const live = openSubscription(t, { authorization: victim.authorization! });
    await live.subscribed;
    const reset = await t.graphql(
      'mutation($id: ID!) { resetPassword(id: $id, password: "a new long password") }',
      { id },
    );
    expect(reset.data).toEqual({ resetPassword: true });
    expect(await live.ended).toBe(CREDENTIALS_ENDED);
    expect((await t.post(ME, {}, victim)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const user = system.accounts.listUsers().find((u) => u.id === id)!;
    const { token } = await system.accounts.signIn(user.username, 'a new long password');
    const disabled = await t.graphql('mutation($id: ID!) { disableUser(id: $id) { id } }', { id });
    expect(disabled.data.disableUser.id).toBe(id);
    const afterDisable = await t.post(ME, {}, { authorization: `Bearer ${token}` });
    expect(afterDisable.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const short = await t.graphql('mutation($id: ID!) { resetPassword(id: $id, password: "short") }', { id });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const byVillage = await t.post(
      'mutation($id: ID!) { disableUser(id: $id) { id } }',
      { id },
      await t.signInAs('AUDITOR'),
    );
    expect(byVillage.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("closes an API key's subscription when the key is revoked", async () => {
    const { id, key } = t.system.accounts.issueApiKey('区级平台');
    const live = openSubscription(t, { apiKey: key });
    await live.subscribed;
    t.system.accounts.revokeApiKey(id);
    expect(await live.ended).toBe(CREDENTIALS_ENDED);
  });
});
