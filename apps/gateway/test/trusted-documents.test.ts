import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/http/http-server.js';
import { openSystem, type System } from '../src/system.js';

const ROSTER = 'query Roster { cadres(first: 5) { totalCount } }';
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

describe('trusted documents (the admin client sends only the hash of a codegen document)', () => {
  let dir: string;
  let system: System;
  let url: string;
  let stop: () => Promise<void>;
  let headers: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-trusted-'));
    writeFileSync(join(dir, 'persisted-documents.json'), JSON.stringify({ [hashOf(ROSTER)]: ROSTER }));
    system = await openSystem({ dataDir: ':memory:' });
    const gateway = await startGateway({
      system,
      port: 0,
      trustedDocuments: join(dir, 'persisted-documents.json'),
    });
    url = `${gateway.url}/graphql`;
    stop = gateway.stop;
    await system.accounts.createUser({ username: 'auditor-a', password: 'a long password', role: 'ADMIN' });
    headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${(await system.accounts.signIn('auditor-a', 'a long password')).token}`,
    };
  });
  afterAll(async () => {
    await stop();
    await system.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown) =>
    fetch(url, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);

  it('answers a trusted document from its hash alone', async () => {
    const answer = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(ROSTER) } } });
    expect(answer).toEqual({ data: { cadres: { totalCount: 0 } } });
  });

  it('asks for the text of an unknown hash, and still applies every check to a registered one', async () => {
    const other = '{ cadres(first: 1) { totalCount } }';
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(other) } } });
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const deep =
      '{ cadres { edges { node { village { seats { cadreId } reserveCadres { village { seats { cadreId } } } } } } } }';
    const refused = await post({
      query: deep,
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(deep) } },
    });
    expect(refused.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
