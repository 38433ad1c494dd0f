import { readFileSync } from 'node:fs';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

const MANIFEST = new URL('./src/generated/gql/persisted-documents.json', import.meta.url);

/** Ships the codegen manifest with the build: the gateway serving `dist/` trusts exactly these documents. */
function trustedDocuments(): Plugin {
  return {
    name: 'cadre-trusted-documents',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-documents.json',
        source: readFileSync(MANIFEST, 'utf8'),
      });
    },
  };
}

export default defineConfig({
  plugins: [vue(), trustedDocuments()],
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
});
