import type { Rolldown } from 'vite';

const inNodeModules = (...packages: string[]) =>
  new RegExp(
    `[\\\\/]node_modules[\\\\/](?:${packages.map((p) => p.replace('/', '[\\\\/]')).join('|')})[\\\\/]`,
  );

/**
 * Vendor chunks that change when their libraries do, not with every page edit: Vue and its router and
 * i18n (needed by every page), the part of Element Plus the shell itself draws (the rest stays with the
 * pages that use it), and ECharts with its renderer (only the dashboard loads it).
 */
export const vendorChunks: Rolldown.CodeSplittingOptions = {
  groups: [
    {
      name: 'vue',
      test: inNodeModules('vue', '@vue', 'vue-router', 'vue-i18n', '@intlify', 'pinia'),
      priority: 30,
    },
    {
      name: 'echarts',
      test: inNodeModules('echarts', 'zrender', 'vue-echarts', 'tslib'),
      priority: 20,
    },
    {
      name: 'element-plus',
      test: inNodeModules(
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
      ),
      tags: ['$initial'],
      priority: 10,
    },
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
