import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KpiQuery, KpiResult } from '../core/kpi/engine.js';
import type { Clock } from '../core/time/index.js';
import { systemClock } from '../data/adapters/http/runtime.js';
import { toDataError, type DataError } from '../data/errors.js';
import type { DataSource } from '../data/ports.js';
import type { SourceConfig } from '../data/registry.js';
import type { OrgData } from '../data/schemas/org.js';
import { DataSourceController } from './data-source-controller.js';
import { fetchRange, resolvePeriod, type PeriodSpec, type ResolvedPeriod } from './kpi-data-period.js';
import { kpiDatasets, unitScope, type KpiDataset } from './kpi-data-loader.js';
import { kpiRunner, type KpiRunner } from './kpi-data-runner.js';

/** What a KPI element asks for. */
export interface KpiDataRequest {
  spec: PeriodSpec;
  /** Unit whose subtree is counted (empty: everything). */
  unitId?: string | undefined;
  /** Identity of everything {@link queries} depends on besides period and unit (metrics, grouping …). */
  key: string;
  /** Named queries to run over the loaded data. */
  queries: (period: ResolvedPeriod, scope: { unitIds: string[] | undefined; org: OrgData }) => Record<string, KpiQuery>;
  /** Whether the history (sparklines) and the previous period (trends) must be loaded (default both). */
  needs?: { history?: boolean; previous?: boolean };
  /** An earlier start the queries need (e.g. a chart of 8 quarters), epoch ms. */
  loadFrom?: (period: ResolvedPeriod) => number;
}

/** Settings of a {@link KpiDataController}. */
export interface KpiDataOptions {
  /** The request, read after every host update; `undefined` when the host is fed by properties. */
  request: () => KpiDataRequest | undefined;
  /** The host's own data-source config (its `api` attribute). */
  source: () => SourceConfig;
  clock: () => Clock | undefined;
  /** Refresh interval in ms (0: no automatic refresh; failed loads are still retried). */
  refreshMs: () => number;
  runner?: () => KpiRunner | undefined;
  /** UTC offset of the centre (default 420). */
  offsetMinutes?: number;
  /** Called with every failed load (the host emits `hcc-data-error`). */
  onError?: (error: DataError) => void;
  /** Called after every successful load. */
  onLoad?: () => void;
}

/** Where a data-bound element is. `ready` also while a refresh runs or after one failed (the last values stay). */
export type KpiDataStatus = 'idle' | 'loading' | 'ready' | 'error';

/** First retry after a failure; doubles up to the refresh interval (at most {@link MAX_RETRY_MS}). */
export const FIRST_RETRY_MS = 10_000;
/** Longest wait between retries after failures. */
export const MAX_RETRY_MS = 300_000;

/**
 * Loads a KPI element's data and keeps it fresh: resolves the data source (own `api`, the nearest
 * `<hcc-data-source>`, or the page default), resolves the period against the clock, loads the range
 * once per page (shared with other elements), runs the element's queries through the page's runner
 * (a Worker when one is configured), refreshes on the interval and retries failures with backoff.
 * After a failure the last results stay, with {@link error} and {@link failedAt} set.
 */
export class KpiDataController implements ReactiveController {
  status: KpiDataStatus = 'idle';
  /** Results of the last successful run, by query name. */
  results?: Record<string, KpiResult>;
  /** The period of {@link results}. */
  period?: ResolvedPeriod;
  /** The loaded data behind {@link results} (names of units, the organisation). */
  dataset?: KpiDataset;
  /** When the data behind {@link results} was loaded. */
  fetchedAt?: number;
  /** The last failure, cleared by the next success. */
  error?: DataError;
  /** When the last failure happened. */
  failedAt?: number;
  /** The spec names no period (a page configuration error, shown as such). */
  invalidPeriod = false;
  /** Whether a load is running (first load or refresh). */
  busy = false;

  private source?: DataSource;
  private key = '';
  private run?: AbortController;
  private timer: unknown;
  private timerClock?: Clock;
  private attempt = 0;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: KpiDataOptions) {
    host.addController(this);
    new DataSourceController(host, () => options.source(), (source) => {
      this.source = source;
      this.key = '';
      this.reload(false);
    });
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostUpdated(): void {
    this.reload(false);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    this.key = '';
  }

  /** Loads again now, bypassing shared loads younger than the refresh interval. */
  refresh(): void {
    this.key = '';
    this.reload(true);
  }

  private get clock(): Clock {
    return this.options.clock() ?? systemClock;
  }

  private stop(): void {
    this.run?.abort();
    this.run = undefined;
    this.clearTimer();
    this.busy = false;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.timerClock?.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (!(ms > 0) || !this.connected) return;
    const clock = this.clock;
    this.timerClock = clock;
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      void this.load(this.options.request(), Math.max(0, this.options.refreshMs() / 2));
    }, ms);
  }

  private reload(force: boolean): void {
    if (!this.connected) return;
    const req = this.options.request();
    if (!req) {
      if (this.key !== 'none') {
        this.stop();
        this.key = 'none';
        this.status = 'idle';
      }
      return;
    }
    if (!this.source) return;
    const key = JSON.stringify([req.spec, req.unitId ?? '', req.key, this.options.refreshMs(), this.options.offsetMinutes ?? 420]);
    if (key === this.key && !force) return;
    this.key = key;
    const refresh = this.options.refreshMs();
    void this.load(req, force ? 0 : refresh > 0 ? refresh : Infinity);
  }

  private async load(req: KpiDataRequest | undefined, maxAgeMs: number): Promise<void> {
    const source = this.source;
    if (!req || !source || !this.connected) return;
    this.run?.abort();
    this.clearTimer();
    const ctrl = (this.run = new AbortController());
    // Start after the host's update cycle (this may be called from hostUpdated).
    await Promise.resolve();
    if (ctrl.signal.aborted) return;
    const clock = this.clock;
    const offset = this.options.offsetMinutes ?? 420;
    const period = resolvePeriod(req.spec, clock.now(), offset);
    if (!period) {
      this.invalidPeriod = true;
      this.status = this.results ? 'ready' : 'error';
      this.host.requestUpdate();
      return;
    }
    this.invalidPeriod = false;
    this.busy = true;
    if (!this.results) this.status = 'loading';
    this.host.requestUpdate();
    try {
      const range = fetchRange(period, offset, { ...req.needs, ...(req.loadFrom ? { from: req.loadFrom(period) } : {}) });
      const dataset = await kpiDatasets.get(source, range, {
        maxAgeMs,
        now: () => clock.now(),
        signal: ctrl.signal,
        ...(offset !== 420 ? { calendar: { offsetMinutes: offset } } : {}),
      });
      const queries = req.queries(period, { unitIds: unitScope(dataset.org, req.unitId), org: dataset.org });
      const runner = this.options.runner?.() ?? kpiRunner();
      const entries = Object.entries(queries);
      const answers = await Promise.all(entries.map(([, q]) => runner.run(dataset.data, q, ctrl.signal)));
      if (ctrl.signal.aborted) return;
      const results: Record<string, KpiResult> = {};
      entries.forEach(([name], i) => (results[name] = answers[i] as KpiResult));
      this.results = results;
      this.period = period;
      this.dataset = dataset;
      this.fetchedAt = dataset.loadedAt;
      this.error = undefined;
      this.failedAt = undefined;
      this.attempt = 0;
      this.status = 'ready';
      this.busy = false;
      this.options.onLoad?.();
      this.host.requestUpdate();
      this.schedule(this.options.refreshMs());
    } catch (e) {
      if (ctrl.signal.aborted) return;
      const error = toDataError(e, `kpi:${source.kind}`);
      this.error = error;
      this.failedAt = clock.now();
      this.status = this.results ? 'ready' : 'error';
      this.busy = false;
      this.attempt++;
      this.options.onError?.(error);
      this.host.requestUpdate();
      const refresh = this.options.refreshMs();
      const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.attempt - 1));
      this.schedule(refresh > 0 ? Math.min(refresh, backoff) : backoff);
    }
  }
}
