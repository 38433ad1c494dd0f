/** Registers only the ECharts parts the dashboard draws: bar and pie charts on a canvas. */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer, BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent]);
