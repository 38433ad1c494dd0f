import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, validate, visit } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphqlRequest, persistedHashOf } from '../../src/api/graphql-client.js';
import * as generated from '../../src/generated/gql/graphql.js';
import manifestJson from '../../src/generated/gql/persisted-documents.json';

const manifest = manifestJson as Record<string, string>;
const schemaDir = new URL('../../../gateway/schema/', import.meta.url);
const schema = buildSchema(
  readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(new URL(file, schemaDir), 'utf8'))
    .join('\n'),
);

/** The generated operations (fragments carry no hash: they are sent inside the operations that use them). */
const operations = Object.entries(generated).filter(
  ([name, value]) =>
    name.endsWith('Document') && typeof value === 'object' && value !== null && '__meta__' in value,
) as Array<[string, Parameters<typeof persistedHashOf>[0]]>;

describe('the persisted-documents manifest', () => {
  it.each(Object.entries(manifest))(
    '%s is one named operation with its fragments, valid against the schema',
    (hash, text) => {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
      const document = parse(text);
      const operationsInIt = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operationsInIt).toHaveLength(1);
      expect(operationsInIt[0]!.name?.value).toBeTruthy();
      expect(
        document.definitions.every(
          (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
        ),
      ).toBe(true);
      const defined = new Set(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
      );
      const spread = new Set<string>();
      visit(document, { FragmentSpread: (node) => void spread.add(node.name.value) });
      expect([...defined].sort()).toEqual([...spread].sort());
      expect(validate(schema, document)).toEqual([]);
    },
  );

  it('holds every generated operation, under the hash the document carries', () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.length).toBe(Object.keys(manifest).length);
    for (const [, document] of operations) expect(manifest[persistedHashOf(document)]).toBeDefined();
  });
});

describe('graphqlRequest sends persisted documents', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends only the hash on the first try', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const fakeFetch = vi.fn(async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return new Response(JSON.stringify({ data: {} }), { headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fakeFetch);

    await graphqlRequest(generated.VillageDocument, { id: 'v-1' });

    expect(fakeFetch).toHaveBeenCalledTimes(1);
    expect(bodies[0]).toEqual({
      operationName: 'Village',
      variables: { id: 'v-1' },
      extensions: { persistedQuery: { version: 1, sha256Hash: persistedHashOf(generated.VillageDocument) } },
    });
    expect(bodies[0]).not.toHaveProperty('query');
  });

  it('sends the text once more, with the hash, when the server does not know the hash', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const answers = [
      { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
      { data: { townships: [] } },
    ];
    const fakeFetch = vi.fn(async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return new Response(JSON.stringify(answers.shift()), {
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fakeFetch);

    expect(await graphqlRequest(generated.TownshipsDocument)).toEqual({ townships: [] });

    const hash = persistedHashOf(generated.TownshipsDocument);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).not.toHaveProperty('query');
    expect(bodies[1]).toMatchObject({
      operationName: 'Townships',
      query: manifest[hash],
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
  });
});
