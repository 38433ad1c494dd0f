import { fileURLToPath } from 'node:url';
import { parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/apollo.js';
import { loadTrustedDocuments } from '../src/graphql/trusted-documents.js';
import { startGateway } from '../src/http/http-server.js';
import { graphqlProtection } from '../src/protection/graphql-protection.js';
import { openSystem, type System } from '../src/system.js';

/** The admin client's operations as its codegen writes them (the build copies this file into dist/). */
const MANIFEST = fileURLToPath(
  new URL('../../admin/src/generated/gql/persisted-documents.json', import.meta.url),
);
const documents = [...loadTrustedDocuments(MANIFEST)];
const nameOf = (text: string) => /\b(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1] ?? '(anonymous)';

/** Refusals of the document itself; anything else (missing variables, access) comes after the limits. */
const REFUSED_DOCUMENT = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND'];

describe('every document the admin client sends passes the gateway’s limits', () => {
  it('finds the admin client’s manifest', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  const schema = buildSchema();
  // what createApolloServer gives Apollo: graphql-js's rules, then depth, aliases, directives, cost and
  // repeated fields; the token limit is a parse option
  const protection = graphqlProtection();
  it.each(documents.map(([hash, text]) => [nameOf(text), hash, text]))(
    '%s (%s) parses within the token limit and validates with every rule',
    (_name, _hash, text) => {
      const document = parse(text, protection.parseOptions);
      const errors = validate(schema, document, [...specifiedRules, ...protection.validationRules]);
      expect(errors.map((error) => error.message)).toEqual([]);
    },
  );

  describe('through a gateway serving that manifest', () => {
    let system: System;
    let url: string;
    let stop: () => Promise<void>;
    let headers: Record<string, string>;
    beforeAll(async () => {
      system = await openSystem({ dataDir: ':memory:', now: () => new Date('2026-06-01T08:00:00Z') });
      const gateway = await startGateway({ system, port: 0, trustedDocuments: MANIFEST });
      url = `${gateway.url}/graphql`;
      stop = gateway.stop;
      await system.accounts.createUser({ username: 'office', password: 'a long password', role: 'ADMIN' });
      const { token } = await system.accounts.signIn('office', 'a long password');
      headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    });
    afterAll(async () => {
      await stop();
      await system.close();
    });

    it('answers each document from its hash alone without refusing the document', async () => {
      for (const [hash, text] of documents) {
        // no variables: an operation with required ones stops at them, so no mutation runs
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
        });
        const answer = (await response.json()) as { errors?: { extensions: { code: string } }[] };
        const codes = (answer.errors ?? []).map((error) => error.extensions.code);
        expect({
          operation: nameOf(text),
          codes: codes.filter((code) => REFUSED_DOCUMENT.includes(code)),
        }).toEqual({
          operation: nameOf(text),
          codes: [],
        });
      }
    });
  });
});
