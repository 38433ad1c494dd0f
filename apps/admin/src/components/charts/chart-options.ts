import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Party red first, then gold, blue and muted tones: sober colours for an official report. */
const PALETTE = ['#b71c1c', '#d9a21b', '#2f5d8a', '#5b8c5a', '#8d6e63', '#90a4ae'];

/** No animation: screenshots and tests see the final chart at once. */
const BASE = {
  animation: false,
  color: PALETTE,
  textStyle: {
    fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
    color: '#444',
  },
};

const LEGEND = { top: 0, itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12 } };

/** The counts of `entries` in the order of `keys`, 0 for a key the server left out. */
export function countsInOrder<E extends { count: number }>(
  entries: readonly E[],
  keyOf: (entry: E) => string,
  keys: readonly string[],
): number[] {
  return keys.map((key) => entries.find((entry) => keyOf(entry) === key)?.count ?? 0);
}

/** Bar labels only for bars that are there. */
const hideZero = (params: { value?: unknown }) => (params.value ? String(params.value) : '');

export interface BarSeries {
  name: string;
  data: number[];
}

/** Vertical bars per category, one bar per series, each labelled with its value. */
export function barChartOption(categories: string[], series: BarSeries[]): ChartOption {
  const legend = series.length > 1;
  return {
    ...BASE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { ...LEGEND, show: legend },
    grid: { left: 8, right: 8, top: legend ? 36 : 20, bottom: 4 },
    xAxis: {
      type: 'category',
      data: categories,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#bbb' } },
      axisLabel: { interval: 0, fontSize: 12 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize: 11, color: '#888' },
      splitLine: { lineStyle: { type: 'dashed', color: '#e8e8e8' } },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      barMaxWidth: 26,
      barGap: '20%',
      label: { show: true, position: 'top', fontSize: 11, color: '#555', formatter: hideZero },
    })),
  };
}

export interface Slice {
  name: string;
  value: number;
}

/** A ring of slices with name, count and share on each label; empty slices are left out. */
export function ringChartOption(slices: Slice[]): ChartOption {
  return {
    ...BASE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { ...LEGEND, top: 'auto', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['36%', '56%'],
        center: ['50%', '45%'],
        percentPrecision: 1,
        data: slices.filter((slice) => slice.value > 0),
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { formatter: '{b}\n{c} ({d}%)', fontSize: 12, lineHeight: 16, overflow: 'none' },
        labelLine: { length: 10, length2: 12 },
      },
    ],
  };
}
