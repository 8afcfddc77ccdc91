import { computeKpis, type KpiData, type KpiQuery, type KpiResult } from '../core/kpi/engine.js';
import { DataError, isDataError } from '../data/errors.js';
import { KpiWorkerClient, type KpiSideData, type KpiWorkerClientOptions } from './kpi-worker-client.js';

/**
 * Where KPI queries run. By default in a Web Worker (through {@link KpiWorkerClient}), so a wall of
 * tiles never blocks rendering; on the calling thread where Workers are unavailable. Results are plain
 * data, so both give deep-equal answers.
 */
export interface KpiRunner {
  /** Answers `query` over `data`; rejects with a {@link DataError}. */
  run(data: KpiData, query: KpiQuery, signal?: AbortSignal): Promise<KpiResult>;
}

/** A query the engine refuses (bad period, too many dimensions) is a configuration error of the page. */
function refused(e: unknown): DataError {
  return isDataError(e) ? e : new DataError('schema', e instanceof Error ? e.message : String(e), { source: 'kpi:query', cause: e });
}

/** Runs queries on the calling thread. */
export const mainThreadRunner: KpiRunner = {
  async run(data, query, signal) {
    signal?.throwIfAborted();
    try {
      return computeKpis(data, query);
    } catch (e) {
      throw refused(e);
    }
  },
};

/** Settings of {@link createWorkerRunner}. */
export interface WorkerRunnerOptions extends KpiWorkerClientOptions {
  /** Engines (Workers) kept, each holding one dataset (default 3). */
  maxEngines?: number;
}

/** A runner that owns Workers; {@link dispose} stops them. */
export interface DisposableRunner extends KpiRunner {
  dispose(): void;
  /** Engines started. */
  readonly engines: number;
}

interface Slot {
  client: KpiWorkerClient;
  /** The dataset the engine holds (or is loading). */
  data?: KpiData;
  loaded: Promise<unknown>;
  used: number;
}

/**
 * A runner answering from KPI Workers: a small pool of engines, each holding one dataset (the loaded
 * range of a source, shared by every element showing it). A dataset's columns are copied into an
 * engine once (the page keeps its own copy) with its ratings, petitions, catalogue facts and
 * organisation; then every query is one message. A new dataset (after a refresh) reuses the least
 * recently used engine, so Workers start once per page. A query whose engine moved on to another
 * dataset meanwhile is answered on this thread, never from the wrong data.
 */
export function createWorkerRunner(options: WorkerRunnerOptions = {}): DisposableRunner {
  const max = Math.max(1, options.maxEngines ?? 3);
  const slots: Slot[] = [];
  let tick = 0;
  const slotFor = (data: KpiData): Slot | undefined => {
    const cases = data.cases;
    if (!cases) return undefined;
    let s = slots.find((x) => x.data === data);
    if (!s) {
      if (slots.length < max) {
        s = { client: new KpiWorkerClient(options), loaded: Promise.resolve(), used: 0 };
        slots.push(s);
      } else s = slots.reduce((a, b) => (a.used <= b.used ? a : b));
      const client = s.client;
      s.data = data;
      // Every field is set, so nothing of the previous dataset lingers in a reused engine.
      s.loaded = client.loadColumns(cases, { transfer: false }).then(() =>
        client.setData({
          procedures: data.procedures ? [...data.procedures] : [],
          ratings: (data.ratings ?? []) as NonNullable<KpiSideData['ratings']>,
          petitions: (data.petitions ?? []) as NonNullable<KpiSideData['petitions']>,
          tickets: data.tickets ? [...data.tickets] : [],
          org: data.org ?? {},
        }),
      );
    }
    s.used = ++tick;
    return s;
  };
  return {
    get engines() {
      return slots.length;
    },
    async run(data, query, signal) {
      const slot = slotFor(data);
      if (!slot) return mainThreadRunner.run(data, query, signal);
      try {
        await slot.loaded;
      } catch {
        return mainThreadRunner.run(data, query, signal);
      }
      // Posted only while the engine still holds this dataset (messages are answered in order).
      if (slot.data !== data) return mainThreadRunner.run(data, query, signal);
      try {
        return await slot.client.query(query, signal ? { signal } : {});
      } catch (e) {
        if (signal?.aborted) throw e;
        if (isDataError(e) && e.kind === 'aborted') return mainThreadRunner.run(data, query, signal);
        throw refused(e);
      }
    },
    dispose() {
      for (const s of slots) s.client.dispose();
      slots.length = 0;
    },
  };
}

let pageRunner: KpiRunner | undefined;

/** Sets the runner of every KPI element on the page that has none of its own (`undefined`: back to the default). */
export function setKpiRunner(runner: KpiRunner | undefined): void {
  pageRunner = runner;
}

/** The page's runner: the one set with {@link setKpiRunner}, else Workers where the platform has them. */
export function kpiRunner(): KpiRunner {
  pageRunner ??= typeof Worker === 'function' ? createWorkerRunner() : mainThreadRunner;
  return pageRunner;
}
