import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the admin client, generated from the gateway's SDL and the `graphql(`...`)` operations
 * in `src/`. Every operation is also written, with its sha256 hash, to `persisted-documents.json`: the client
 * sends the hash alone (trusted documents), and the gateway answers from its copy of the manifest.
 */
const config: CodegenConfig = {
  schema: '../gateway/schema/*.graphql',
  documents: ['src/**/*.ts', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    // Under `generated/`, which biome leaves alone.
    'src/generated/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // The hex sha256 of the document's text, unprefixed: the hash Apollo's persisted queries (APQ) key
        // documents by and check a document's text against (the preset's 'sha256' adds a `sha256:` prefix).
        persistedDocuments: {
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
      },
    },
  },
};
export default config;
