/**
 * The one module that imports chart.js. It registers exactly what our charts use (line, bar and
 * doughnut controllers, their elements, category and linear scales, legend and tooltip, our own
 * plugins) so bundlers drop the rest of Chart.js. Loaded on demand by `loadChartJs()` when the first
 * chart renders; pages without charts never fetch it.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { backgroundPlugin, targetLinePlugin } from './plugins.js';

Chart.register(
  LineController,
  BarController,
  DoughnutController,
  LineElement,
  PointElement,
  BarElement,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
  backgroundPlugin,
  targetLinePlugin,
);

export { Chart };
