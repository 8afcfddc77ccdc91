import { computeKpis, type KpiData, type KpiQuery, type KpiResult } from '../core/kpi/engine.js';
import { DataError } from '../data/errors.js';

/**
 * Where KPI queries run. The default runs `computeKpis` on the main thread; a page (or the library,
 * once a Worker client is configured) swaps in a runner that answers from a Web Worker so a wall never
 * blocks rendering. Results are plain data, so both give deep-equal answers.
 */
export interface KpiRunner {
  /** Answers `query` over `data`; rejects with a {@link DataError}. */
  run(data: KpiData, query: KpiQuery, signal?: AbortSignal): Promise<KpiResult>;
}

/** Runs queries on the calling thread. */
export const mainThreadRunner: KpiRunner = {
  async run(data, query, signal) {
    signal?.throwIfAborted();
    try {
      return computeKpis(data, query);
    } catch (e) {
      // A query the engine refuses (bad period, too many dimensions) is a configuration error of the page.
      throw new DataError('schema', e instanceof Error ? e.message : String(e), { source: 'kpi:query', cause: e });
    }
  },
};

let pageRunner: KpiRunner = mainThreadRunner;

/** Sets the runner of every KPI element on the page that has none of its own (e.g. a Worker client). */
export function setKpiRunner(runner: KpiRunner | undefined): void {
  pageRunner = runner ?? mainThreadRunner;
}

/** The page's runner. */
export function kpiRunner(): KpiRunner {
  return pageRunner;
}
