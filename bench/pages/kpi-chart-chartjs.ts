/**
 * Bench page, the peer: plain Chart.js 4 with the same registrations as ours (bar, line, doughnut,
 * category and linear scales, legend, tooltip), responsive (its own ResizeObserver), no animation,
 * light DOM, the same models as plain arrays. No text alternative, no table, no patterns.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ChartModel } from '../../src/charts/chart-model.js';
import { box, dailyModel, frames, monthlyModel } from './kpi-chart-data.js';

Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#0072b2', '#e69f00', '#009e73'];

/** Parameters of the calls. */
export interface Params {
  charts?: number;
  updates?: number;
  resizes?: number;
  daily?: boolean;
}

interface State {
  container: HTMLDivElement;
  chart?: Chart;
  host?: HTMLDivElement;
  seed: number;
}

const data = (m: ChartModel) => ({
  labels: m.categories.map((c) => c.label),
  datasets: m.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i], borderColor: COLOURS[i] })),
});

function config(p: Params, seed: number): ChartConfiguration {
  const m = p.daily ? dailyModel(seed) : monthlyModel(seed);
  const stacked = !p.daily;
  return {
    type: p.daily ? 'line' : 'bar',
    data: data(m),
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { stacked }, y: { stacked } } },
  } as ChartConfiguration;
}

/** A container per figure. */
export function setup(): State {
  return { container: box(900, 420), seed: 0 };
}

function make(s: State, p: Params): { host: HTMLDivElement; chart: Chart } {
  const host = document.createElement('div');
  host.style.cssText = 'position:relative;height:300px';
  const canvas = document.createElement('canvas');
  host.append(canvas);
  s.container.append(host);
  return { host, chart: new Chart(canvas, config(p, ++s.seed)) };
}

/** Renders `charts` charts and waits two frames; removes them after. */
export async function render(s: State, p: Params): Promise<number> {
  const n = p.charts ?? 1;
  const made = Array.from({ length: n }, () => make(s, p));
  await frames();
  for (const m of made) {
    m.chart.destroy();
    m.host.remove();
  }
  return n;
}

/** Feeds `updates` new data sets to one chart (`update('none')` is synchronous). */
export async function update(s: State, p: Params): Promise<number> {
  if (!s.chart) ({ chart: s.chart, host: s.host } = make(s, p));
  for (let i = 0; i < (p.updates ?? 50); i++) {
    const m = p.daily ? dailyModel(++s.seed) : monthlyModel(++s.seed);
    s.chart.data = data(m);
    s.chart.update('none');
  }
  await frames();
  return p.updates ?? 50;
}

/** Resizes the container `resizes` times, each awaited until Chart.js has the new width. */
export async function resize(s: State, p: Params): Promise<number> {
  if (!s.chart) {
    ({ chart: s.chart, host: s.host } = make(s, p));
    await frames();
  }
  const chart = s.chart;
  for (let i = 0; i < (p.resizes ?? 20); i++) {
    const w = i % 2 === 0 ? 600 : 900;
    s.container.style.width = `${w}px`;
    await new Promise<void>((resolve) => {
      const check = () => (chart.width === w ? resolve() : requestAnimationFrame(check));
      check();
    });
  }
  return p.resizes ?? 20;
}
