/** Bench page: the chart element alone, for its size (Chart.js is a lazy chunk loaded by the first chart). */
import '../../src/components/kpi-chart/kpi-chart.js';
