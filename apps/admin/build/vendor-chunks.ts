import type { Rolldown } from 'vite';

const inNodeModules = (...packages: string[]) =>
  new RegExp(
    `[\\\\/]node_modules[\\\\/](?:${packages.map((p) => p.replace('/', '[\\\\/]')).join('|')})[\\\\/]`,
  );

const ELEMENT_PLUS = inNodeModules(
  'element-plus',
  '@element-plus',
  '@floating-ui',
  '@vueuse',
  '@ctrl',
  '@popperjs',
  'lodash-es',
  'lodash-unified',
  'dayjs',
  'async-validator',
  'memoize-one',
  'normalize-wheel-es',
);

/** The client's own modules, the entry excepted. */
const CLIENT_SOURCE = (id: string) =>
  /[\\/]apps[\\/]admin[\\/]src[\\/]/.test(id) && !/[\\/]main\.ts$/.test(id);

/**
 * Chunks that change when their libraries do, not with every page edit, and few enough that a page comes
 * in one round of requests (HTTP/1.1: six at a time): Vue with its router, i18n and store (every page);
 * the part of Element Plus the shell itself draws (in the first load), and the rest of it in one chunk
 * that the first page needing any of it brings (on-demand pieces per component cost a round trip each
 * over a slow line); ECharts with its renderer (only with a chart).
 */
export const vendorChunks: Rolldown.CodeSplittingOptions = {
  groups: [
    {
      name: 'vue',
      test: inNodeModules('vue', '@vue', 'vue-router', 'vue-i18n', '@intlify', 'pinia'),
      priority: 40,
    },
    { name: 'echarts', test: inNodeModules('echarts', 'zrender', 'vue-echarts', 'tslib'), priority: 30 },
    { name: 'element-plus', test: ELEMENT_PLUS, tags: ['$initial'], priority: 20 },
    { name: 'element-plus-pages', test: ELEMENT_PLUS, priority: 10 },
    // The client's own modules: those the shell needs stay in the first load (this group only keeps
    // them out of the next one), those two or more pages share come in one chunk with the first of them.
    { name: 'app', test: CLIENT_SOURCE, tags: ['$initial'], priority: 15 },
    { name: 'shared', test: CLIENT_SOURCE, minShareCount: 2, priority: 5 },
  ],
};

/** The component whose folder a module of Element Plus is in (`es/components/date-picker/…`). */
const ELEMENT_COMPONENT = /element-plus[\\/]es[\\/]components[\\/]([\w-]+)[\\/]/;

/**
 * Chunks that automatic splitting names after their first module's file (`css.mjs`, `index.mjs`) are
 * named after the Element Plus component they hold instead, so a build report reads `el-table-….js`.
 */
export const chunkFileNames: Rolldown.ChunkFileNamesFunction = (chunk) => {
  if (!['css', 'index', 'style'].includes(chunk.name) || chunk.isEntry) return 'assets/[name]-[hash].js';
  const component = chunk.moduleIds.map((id) => id.match(ELEMENT_COMPONENT)?.[1]).find(Boolean);
  return component ? `assets/el-${component}-[hash].js` : 'assets/[name]-[hash].js';
};
