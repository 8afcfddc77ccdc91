// KPI charts: <hcc-kpi-chart> against plain Chart.js 4 drawing the same data in the same browser.
// Ours does more per draw (shadow DOM, text summary, data table, pattern fills, its own
// ResizeObserver, Chart.js loaded on demand); the ratios say what that costs. Built with code
// splitting, as a site serves it: Chart.js is a separate chunk that only a page with a chart loads.

/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'KPI charts: <hcc-kpi-chart> vs plain Chart.js',
  split: true,
  entries: {
    ours: 'bench/pages/kpi-chart-ours.ts',
    chartjs: 'bench/pages/kpi-chart-chartjs.ts',
    element: 'bench/pages/kpi-chart-entry.ts',
    peerEntry: 'bench/pages/kpi-chartjs-entry.ts',
    cards: 'bench/pages/kpi-card-only.ts',
  },
  figures: ({ quick }) => {
    const charts = quick ? 4 : 12;
    return [
      {
        name: 'first draw of a stacked bar chart (12 months × 3 series)',
        kind: 'time',
        ours: { entry: 'ours', fn: 'render', label: 'hcc-kpi-chart' },
        peer: { entry: 'chartjs', fn: 'render', label: 'Chart.js 4' },
        params: { charts: 1 },
        unit: 'ms',
        target: { rate: 1, ratioMax: 3 },
        note: 'Element (or canvas) inserted until drawn and painted (two frames), then removed. Ours also renders its summary, data table, toolbar and pattern fills; Chart.js is already loaded (warm-up round).',
      },
      {
        name: `a dashboard of ${charts} charts`,
        kind: 'time',
        ours: { entry: 'ours', fn: 'render', label: 'hcc-kpi-chart' },
        peer: { entry: 'chartjs', fn: 'render', label: 'Chart.js 4' },
        params: { charts },
        unit: 'ms',
        target: { rate: 1, ratioMax: 3 },
        note: `${charts} stacked bar charts inserted at once, until every one has drawn and the page painted.`,
      },
      {
        name: `main-thread blocking while ${charts} charts draw`,
        kind: 'longtasks',
        ours: { entry: 'ours', fn: 'render', label: 'hcc-kpi-chart' },
        peer: { entry: 'chartjs', fn: 'render', label: 'Chart.js 4' },
        params: { charts },
        unit: 'ms',
        note: 'Total blocking time (Σ of long tasks beyond 50 ms) during the dashboard draw.',
      },
      {
        name: 'first draw of a year of daily rates (365 points)',
        kind: 'time',
        ours: { entry: 'ours', fn: 'render', label: 'hcc-kpi-chart' },
        peer: { entry: 'chartjs', fn: 'render', label: 'Chart.js 4' },
        params: { charts: 1, daily: true },
        unit: 'ms',
        target: { rate: 1, ratioMax: 3 },
        note: 'A line chart with 365 categories (ours: a 365-row data table and a one-sentence summary too).',
      },
      {
        name: '50 data updates of one chart',
        kind: 'time',
        ours: { entry: 'ours', fn: 'update', label: 'hcc-kpi-chart (.model)' },
        peer: { entry: 'chartjs', fn: 'update', label: "Chart.js update('none')" },
        params: { updates: quick ? 10 : 50 },
        unit: 'ms',
        target: { rate: 1, ratioMax: 4 },
        note: "Ours: a new model property, each awaited until redrawn (config rebuilt, table and summary re-rendered, update('none')). Peer: new data and update('none'), synchronous.",
      },
      {
        name: '20 resizes of one chart (600 ↔ 900 px)',
        kind: 'time',
        ours: { entry: 'ours', fn: 'resize', label: 'hcc-kpi-chart (own ResizeObserver)' },
        peer: { entry: 'chartjs', fn: 'resize', label: 'Chart.js responsive' },
        params: { resizes: quick ? 6 : 20 },
        unit: 'ms',
        target: { rate: 1, ratioMax: 1.5 },
        note: 'Container width changed, awaited until the chart has the new width; both redraw in the next frame after the observer fires.',
      },
      {
        name: 'gzip size of the chart element',
        kind: 'size',
        ours: { entry: 'element', label: 'hcc-kpi-chart (Chart.js in a lazy chunk)' },
        peer: { entry: 'peerEntry', label: 'Chart.js 4, same parts registered' },
        unit: 'KiB',
        note: 'Entry plus its static imports: ours is the element with lit, the chart model and config builder and the KPI core it formats with; Chart.js itself is the lazy chunk listed in latest.json.',
      },
      {
        name: 'gzip size of a page with KPI cards only',
        kind: 'size',
        ours: { entry: 'cards', label: 'hcc-kpi-card (no Chart.js)' },
        unit: 'KiB',
        note: 'What a page showing numbers and sparklines (d3-shape) ships: Chart.js is never imported.',
      },
    ];
  },
};
