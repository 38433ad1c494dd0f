import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';
import { precompressAssets } from './build/precompress-assets.js';
import { typedDocumentImports } from './build/typed-documents.js';
import { chunkFileNames, vendorChunks } from './build/vendor-chunks.js';

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
  plugins: [
    vue(),
    // Element Plus on demand: each <el-*> tag and v-loading a template uses is imported with its CSS.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
    typedDocumentImports(),
    trustedDocuments(),
    precompressAssets(),
  ],
  // the labels shared with the gateway, from their source: the client needs no build of the domain
  resolve: {
    alias: {
      '@cadre/domain/labels': fileURLToPath(
        new URL('../../packages/domain/src/labels/index.ts', import.meta.url),
      ),
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  build: {
    outDir: 'dist',
    // ECharts' core is one chunk of about 540 kB (180 kB gzipped), fetched only when a chart is drawn.
    chunkSizeWarningLimit: 600,
    rolldownOptions: { output: { codeSplitting: vendorChunks, chunkFileNames } },
  },
});
