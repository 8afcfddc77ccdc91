import type { Chart } from 'chart.js';

/** The Chart.js constructor with our registrations. */
export type ChartConstructor = typeof Chart;

let loading: Promise<ChartConstructor> | undefined;

/**
 * Loads Chart.js (and registers our parts) on first use; later calls share the same promise. A failed
 * load (e.g. the chunk could not be fetched) is forgotten so the next chart tries again.
 */
export function loadChartJs(): Promise<ChartConstructor> {
  loading ??= import('./chartjs-register.js').then(
    (m) => m.Chart,
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
