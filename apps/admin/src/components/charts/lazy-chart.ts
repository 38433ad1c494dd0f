import { defineAsyncComponent, h } from 'vue';

/**
 * vue-echarts with the parts echarts-setup.ts registers, loaded when a chart is first drawn: ECharts is
 * the largest library of the client (about 180 kB gzipped), so the dashboard shows its figures while it
 * is still on its way. Until then an empty box of the chart's size (it takes the chart's class) keeps
 * the page from jumping.
 */
export const LazyChart = defineAsyncComponent({
  loader: async () => {
    const [{ default: VChart }] = await Promise.all([import('vue-echarts'), import('./echarts-setup.js')]);
    return VChart;
  },
  loadingComponent: { render: () => h('div', { 'aria-busy': 'true' }) },
  delay: 0,
});
