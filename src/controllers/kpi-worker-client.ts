import type { CaseColumns, CaseInput } from '../core/kpi/columns.js';
import { caseColumnsTransferables } from '../core/kpi/columns.js';
import type { KpiQuery, KpiResult } from '../core/kpi/engine.js';
import type { WorkCalendar } from '../core/time/index.js';
import type { CasePort, PeriodQuery } from '../data/ports.js';
import { DataError, toDataError } from '../data/errors.js';
import type { KpiHost } from '../workers/kpi-host.js';
import { errorFromData, type CalendarData, type HttpCaseSource, type IngestSummary, type KpiInfo, type KpiRequest, type KpiResponse, type KpiSideData } from '../workers/kpi-protocol.js';

export type { CalendarData, HttpCaseSource, IngestSummary, KpiInfo, KpiSideData } from '../workers/kpi-protocol.js';

/** Where the engine runs. */
export type KpiClientMode = 'worker' | 'main';

/** Settings of a {@link KpiWorkerClient}. */
export interface KpiWorkerClientOptions {
  /** `auto` (default): a module Worker when the platform has one and it starts, else the main thread. */
  mode?: 'auto' | KpiClientMode;
  /** Creates the worker (default: the library's `kpi.worker`, bundled by Vite as a module worker). */
  createWorker?: () => Worker;
}

/** Options of calls that may take a while. */
export interface KpiCallOptions {
  signal?: AbortSignal;
  /** Records appended so far and bytes read (HTTP), after every chunk. */
  onProgress?: (records: number, bytes?: number) => void;
}

type Request = KpiRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  onProgress: ((records: number, bytes?: number) => void) | undefined;
}

const defaultWorker = () => new Worker(new URL('../workers/kpi.worker.ts', import.meta.url), { type: 'module', name: 'hcc-kpi' });

const calendarData = (c: WorkCalendar): CalendarData => ({
  offsetMinutes: c.offsetMinutes,
  ...(c.workDays ? { workDays: [...c.workDays] } : {}),
  ...(c.holidays ? { holidays: [...(c.holidays as Iterable<string>)] } : {}),
});

/**
 * Main-thread handle of the KPI engine. By default the engine lives in a module Worker: case columns
 * are transferred (not copied) into it, HTTP sources are fetched and parsed inside it, and queries
 * return plain `KpiResult`s, so a million dossiers aggregate without blocking the page. Where Workers
 * are unavailable (or fail to start) the same engine runs on the main thread with the same answers.
 *
 * Every method rejects with a {@link DataError} for data failures (`aborted` when its signal aborts),
 * or a `RangeError` for a malformed query.
 */
export class KpiWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private modeNow: KpiClientMode;
  /** Resolves once the engine answered its first message, with the mode it runs in. */
  readonly ready: Promise<KpiClientMode>;

  constructor(options: KpiWorkerClientOptions = {}) {
    const want = options.mode ?? 'auto';
    this.modeNow = 'main';
    if (want !== 'main' && typeof Worker !== 'undefined') {
      try {
        this.worker = (options.createWorker ?? defaultWorker)();
        this.modeNow = 'worker';
      } catch (e) {
        if (want === 'worker') throw toDataError(e, 'kpi worker');
      }
    } else if (want === 'worker') {
      throw new DataError('storage', 'Web Workers are not available here', { source: 'kpi worker' });
    }
    if (this.worker) {
      const w = this.worker;
      w.addEventListener('message', (e: MessageEvent<KpiResponse>) => this.receive(e.data));
      this.ready = new Promise<KpiClientMode>((resolve) => {
        const failed = (ev: Event) => {
          // The script did not load (blocked by CSP, missing file): carry on in this thread.
          ev.preventDefault?.();
          w.terminate();
          this.worker = undefined;
          this.useMainThread();
          resolve('main');
        };
        w.addEventListener('error', failed, { once: true });
        this.call({ type: 'info' }).then(
          () => {
            w.removeEventListener('error', failed);
            resolve('worker');
          },
          () => undefined,
        );
      });
    } else {
      this.useMainThread();
      this.ready = Promise.resolve('main');
    }
  }

  /** Whether the engine currently runs in a Worker. */
  get mode(): KpiClientMode {
    return this.modeNow;
  }

  private useMainThread(): void {
    this.modeNow = 'main';
    // The engine is loaded only when it has to run here; pages whose Worker starts never download it twice.
    this.hostLoading = import('../workers/kpi-host.js').then(({ KpiHost: Host }) => {
      const host = new Host((m) => this.receive(m));
      // Requests the failed worker never answered are replayed here (their transferables, if any, are gone).
      const replay = [...this.queued];
      this.queued.length = 0;
      for (const r of replay) void host.handle(r);
      return host;
    });
  }

  private hostLoading: Promise<KpiHost> | undefined;
  private readonly queued: KpiRequest[] = [];

  private receive(m: KpiResponse): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.onProgress?.(m.records, m.bytes);
      return;
    }
    this.pending.delete(m.id);
    const q = this.queued.findIndex((r) => r.id === m.id);
    if (q >= 0) this.queued.splice(q, 1);
    if (m.type === 'ok') p.resolve(m.value);
    else p.reject(errorFromData(m.error));
  }

  private call<T>(req: Request, transfer: Transferable[] = [], opts: KpiCallOptions = {}): Promise<T> {
    const id = this.nextId++;
    const full = { ...req, id } as KpiRequest;
    return new Promise<T>((resolve, reject) => {
      const signal = opts.signal;
      if (signal?.aborted) return reject(new DataError('aborted', 'Aborted: kpi', { source: 'kpi' }));
      const onAbort = () => {
        if (!this.pending.has(id)) return;
        this.pending.delete(id);
        void this.post({ type: 'cancel', id: this.nextId++, target: id });
        reject(new DataError('aborted', 'Aborted: kpi', { source: 'kpi' }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (v) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(v as T);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
        onProgress: opts.onProgress,
      });
      void this.post(full, transfer);
    });
  }

  private post(req: KpiRequest, transfer: Transferable[] = []): void {
    if (this.worker) {
      if (req.type !== 'cancel') this.queued.push(req);
      this.worker.postMessage(req, transfer);
    } else if (this.hostLoading) {
      // Like a worker, answer in a later task, never synchronously within the call.
      void this.hostLoading.then((host) => setTimeout(() => void host.handle(req), 0));
    }
  }

  /**
   * Hands sealed columns to the engine. With `transfer` (default) their buffers move to the worker
   * without copying and become unusable here.
   */
  async loadColumns(columns: CaseColumns, options: { transfer?: boolean } = {}): Promise<KpiInfo> {
    await this.ready;
    const transfer = options.transfer !== false && this.worker ? caseColumnsTransferables(columns) : [];
    return this.call<KpiInfo>({ type: 'load', columns }, transfer);
  }

  /** Sets ratings, petitions, tickets, catalogue facts or org context (given fields replace the held ones). */
  setData(data: KpiSideData): Promise<KpiInfo> {
    return this.call<KpiInfo>({ type: 'set', data });
  }

  /**
   * Streams the case records of any {@link CasePort} into the engine, chunk by chunk (each chunk is
   * posted as it arrives; nothing accumulates here). For an HTTP source prefer {@link ingestHttp},
   * which fetches and parses inside the worker.
   */
  async ingest(port: CasePort, query: PeriodQuery, options: KpiCallOptions & { calendar: WorkCalendar }): Promise<IngestSummary> {
    const { signal, onProgress } = options;
    await this.call({ type: 'begin', calendar: calendarData(options.calendar) }, [], { ...(signal ? { signal } : {}) });
    let records = 0;
    for await (const chunk of port.cases(query, signal)) {
      await this.call({ type: 'append', cases: chunk as CaseInput[] }, [], { ...(signal ? { signal } : {}), onProgress: (n) => (records = n) });
      onProgress?.(records);
    }
    return this.call<IngestSummary>({ type: 'end' }, [], { ...(signal ? { signal } : {}) });
  }

  /**
   * Fetches case records (`/cases.ndjson`), ratings, petitions, the catalogue and the org tree of an
   * HTTP source inside the engine, so no large payload is parsed on the main thread. The previous data
   * keeps answering queries until the new set is complete.
   */
  ingestHttp(source: HttpCaseSource, options: KpiCallOptions & { calendar: WorkCalendar }): Promise<IngestSummary> {
    return this.call<IngestSummary>({ type: 'ingest-http', source, calendar: calendarData(options.calendar) }, [], options);
  }

  /**
   * Ingests from a data source: inside the worker for an HTTP source (anything with `kind: 'http'`
   * and an `api` URL), otherwise by streaming `cases()` chunks and setting ratings and petitions.
   */
  async ingestFrom(source: CasePort & { kind?: string; api?: string; ratings?: CasePortExtras['ratings']; petitions?: CasePortExtras['petitions'] }, query: PeriodQuery, options: KpiCallOptions & { calendar: WorkCalendar }): Promise<IngestSummary> {
    if (source.kind === 'http' && typeof source.api === 'string') return this.ingestHttp({ api: source.api, query }, options);
    const [ratings, petitions] = await Promise.all([source.ratings?.(query, options.signal), source.petitions?.(query, options.signal)]);
    const summary = await this.ingest(source, query, options);
    await this.setData({ ...(ratings ? { ratings } : {}), ...(petitions ? { petitions } : {}) });
    return summary;
  }

  /** Runs a query. Aborting discards the answer (the computation itself is one short pass). */
  query(query: KpiQuery, options: { signal?: AbortSignal } = {}): Promise<KpiResult> {
    return this.call<KpiResult>({ type: 'query', query }, [], options);
  }

  /** Takes the columns back out of the engine (transferred: the engine no longer holds them). */
  exportColumns(): Promise<CaseColumns | null> {
    return this.call<CaseColumns | null>({ type: 'export' });
  }

  /** What the engine holds. */
  info(): Promise<KpiInfo> {
    return this.call<KpiInfo>({ type: 'info' });
  }

  /** Stops the worker and rejects pending calls with `aborted`. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.hostLoading = undefined;
    for (const p of this.pending.values()) p.reject(new DataError('aborted', 'KPI engine disposed', { source: 'kpi' }));
    this.pending.clear();
  }
}

/** Ratings and petitions a source may offer next to its cases. */
interface CasePortExtras {
  ratings: (q: PeriodQuery, signal?: AbortSignal) => Promise<NonNullable<KpiSideData['ratings']>>;
  petitions: (q: PeriodQuery, signal?: AbortSignal) => Promise<NonNullable<KpiSideData['petitions']>>;
}
