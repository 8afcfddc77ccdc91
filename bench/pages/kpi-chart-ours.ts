/**
 * Bench page: `<hcc-kpi-chart>` (Chart.js loaded on demand, shadow DOM, pattern fills, text summary,
 * data table, own ResizeObserver) drawing the shared models. Each call awaits the chart drawn.
 */
import '../../src/components/kpi-chart/kpi-chart.js';
import type { HccKpiChart } from '../../src/components/kpi-chart/kpi-chart.js';
import { box, dailyModel, frames, monthlyModel } from './kpi-chart-data.js';

/** Parameters of the calls. */
export interface Params {
  charts?: number;
  updates?: number;
  resizes?: number;
  daily?: boolean;
}

interface State {
  container: HTMLDivElement;
  el?: HccKpiChart;
  seed: number;
}

/** Waits until the element has drawn its current model. */
function drawn(el: HccKpiChart): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      el.removeEventListener('hcc-kpi-render', done);
      resolve();
    };
    el.addEventListener('hcc-kpi-render', done);
  });
}

/** A container per figure. */
export function setup(): State {
  return { container: box(900, 420), seed: 0 };
}

function chartFor(p: Params, seed: number): HccKpiChart {
  const el = document.createElement('hcc-kpi-chart');
  el.chart = p.daily ? 'line' : 'stacked';
  el.model = p.daily ? dailyModel(seed) : monthlyModel(seed);
  el.style.cssText = 'display:block;height:420px;--hcc-kpi-chart-height:300px';
  return el;
}

/** Renders `charts` charts (a dashboard page) and waits until each has drawn; removes them after. */
export async function render(s: State, p: Params): Promise<number> {
  const n = p.charts ?? 1;
  const els = Array.from({ length: n }, () => chartFor(p, ++s.seed));
  const done = Promise.all(els.map(drawn));
  s.container.append(...els);
  await done;
  await frames();
  for (const el of els) el.remove();
  return n;
}

/** Feeds `updates` new models to one chart, each awaited until drawn. */
export async function update(s: State, p: Params): Promise<number> {
  if (!s.el) {
    s.el = chartFor(p, ++s.seed);
    const first = drawn(s.el);
    s.container.append(s.el);
    await first;
  }
  const el = s.el;
  for (let i = 0; i < (p.updates ?? 50); i++) {
    const d = drawn(el);
    el.model = p.daily ? dailyModel(++s.seed) : monthlyModel(++s.seed);
    await d;
  }
  await frames();
  return p.updates ?? 50;
}

/** Resizes the chart's container `resizes` times, each awaited until the chart has the new width. */
export async function resize(s: State, p: Params): Promise<number> {
  if (!s.el) {
    s.el = chartFor(p, ++s.seed);
    const first = drawn(s.el);
    s.container.append(s.el);
    await first;
    await frames();
  }
  const el = s.el;
  const area = el.shadowRoot?.querySelector('.canvas-box') as HTMLElement;
  for (let i = 0; i < (p.resizes ?? 20); i++) {
    const before = area.clientWidth;
    s.container.style.width = `${i % 2 === 0 ? 600 : 900}px`;
    await new Promise<void>((resolve) => {
      const check = () => {
        const c = el.chartInstance;
        if (c && area.clientWidth !== before && c.width === area.clientWidth) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
  }
  return p.resizes ?? 20;
}
