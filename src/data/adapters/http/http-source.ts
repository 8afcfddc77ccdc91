import type { Clock } from '../../../core/time/index.js';
import type { DataSource, PeriodQuery, QueueMessage } from '../../ports.js';
import { DataError } from '../../errors.js';
import { OrgData } from '../../schemas/org.js';
import { Procedure, ProcedureCatalogue } from '../../schemas/procedure.js';
import { Heartbeat, QueueCommand, QueueCommandResult, QueueEvent, QueueSnapshot } from '../../schemas/queue.js';
import type { Rating } from '../../schemas/rating.js';
import { CasePage, MAX_RATING_BATCH, PetitionList, RatingBatchResponse, RatingList } from '../../schemas/api.js';
import { CaseFile, CasePublicStatus } from '../../schemas/case-file.js';
import type { Petition } from '../../schemas/petition.js';
import { HttpClient, readJson, type Query } from './http-client.js';
import { NDJSON_CHUNK, readNdjson } from './ndjson.js';
import { openSse, type SseHandle, type SseOptions } from './sse.js';
import type { Connectivity } from './runtime.js';

/** Reconnect and liveness settings of the queue stream, in milliseconds. */
export type QueueStreamOptions = Pick<SseOptions<never>, 'minDelayMs' | 'maxDelayMs' | 'healthyAfterMs' | 'idleTimeoutMs' | 'connectTimeoutMs'>;

/** Settings of an {@link HttpSource}. */
export interface HttpSourceOptions {
  /** Base URL of the API, e.g. `http://192.168.1.10:8787/api/v1`. */
  api: string;
  /** The fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Time allowed per request attempt, ms (default 10 000). */
  timeoutMs?: number;
  /** Uniform random numbers in [0, 1) for backoff jitter (default `Math.random`). */
  rng?: () => number;
  /** Time and timers (default: the real clock). */
  clock?: Clock;
  /** Network presence (default: `navigator.onLine` and its events). */
  connectivity?: Connectivity;
  /** Extra attempts for GETs after a retryable failure (default 3). */
  retries?: number;
  /** Case records per chunk of {@link HttpSource.cases} (default 2 000). */
  chunkSize?: number;
  /** Queue stream settings. */
  stream?: QueueStreamOptions;
}

const STREAM_EVENTS = { snapshot: QueueSnapshot, queue: QueueEvent, heartbeat: Heartbeat };

/**
 * A {@link DataSource} over the HTTP contract (`docs/http-contract.md`): REST for reads and writes,
 * Server-Sent Events for the live queue, NDJSON for case records. Every payload is validated; every
 * failure rejects with a DataError. Queue commands refused by the server reject too: 400 as `http`,
 * 404 (unknown counter) as `not_found`, 409 (not allowed now) as `http` with status 409.
 */
export class HttpSource implements DataSource {
  readonly kind = 'http';
  readonly api: string;
  private readonly client: HttpClient;
  private readonly options: HttpSourceOptions;
  private catalogue: { etag: string; procedures: Procedure[] } | undefined;
  private cataloguePending: Promise<Procedure[]> | undefined;
  /** Set after `/cases.ndjson` answered 404, so later calls go straight to the paged endpoint. */
  private ndjsonMissing = false;
  /** Live subscriptions, by the handle of their stream (for status displays). */
  readonly streams = new Set<SseHandle>();

  constructor(options: HttpSourceOptions) {
    this.options = options;
    this.api = options.api.replace(/\/+$/, '');
    this.client = new HttpClient({
      baseUrl: this.api,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
      ...(options.rng ? { rng: options.rng } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.connectivity ? { connectivity: options.connectivity } : {}),
    });
  }

  /** `GET /org`. */
  org(signal?: AbortSignal): Promise<OrgData> {
    return this.client.getJson('/org', OrgData, { signal });
  }

  /**
   * `GET /procedures`, revalidated with `If-None-Match`: a 304 returns the cached catalogue.
   * Concurrent calls share one request.
   */
  procedures(signal?: AbortSignal): Promise<Procedure[]> {
    // A shared request must not be cancelled by one caller, so only unshared calls pass the signal on.
    if (this.cataloguePending) return withAbort(this.cataloguePending, signal);
    const cached = this.catalogue;
    const p = this.client
      .request('/procedures', { accept: [304], ...(cached ? { headers: { 'If-None-Match': cached.etag } } : {}) }, async (res, url) => {
        if (res.status === 304 && cached) return cached.procedures;
        const { procedures } = await readJson(res, ProcedureCatalogue, url);
        const etag = res.headers.get('etag');
        this.catalogue = etag ? { etag, procedures } : undefined;
        return procedures;
      })
      .finally(() => {
        this.cataloguePending = undefined;
      });
    this.cataloguePending = p;
    return withAbort(p, signal);
  }

  /** `GET /procedures/{code}`; `not_found` when unknown. */
  procedure(code: string, signal?: AbortSignal): Promise<Procedure> {
    return this.client.getJson(`/procedures/${encodeURIComponent(code)}`, Procedure, { signal });
  }

  /** `GET /queue/{unitId}/snapshot`. */
  snapshot(unitId: string, signal?: AbortSignal): Promise<QueueSnapshot> {
    return this.client.getJson(`/queue/${encodeURIComponent(unitId)}/snapshot`, QueueSnapshot, { signal });
  }

  /**
   * Streams `GET /queue/{unitId}/stream`: a `snapshot` message on every (re)connect, then `event`
   * messages, heartbeats, connection `state` and `error` messages. Reconnects by itself, resuming
   * after the last event id, until `signal` aborts. Never throws.
   */
  subscribe(unitId: string, onMessage: (m: QueueMessage) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    const path = `/queue/${encodeURIComponent(unitId)}/stream`;
    let url: string;
    try {
      url = this.client.url(path);
    } catch {
      // openSse reports the unusable URL as an `error` message and keeps the usual retry loop.
      url = `${this.api}${path}`;
    }
    const handle = openSse(
      {
        ...this.options.stream,
        url,
        events: STREAM_EVENTS,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        ...(this.options.clock ? { clock: this.options.clock } : {}),
        ...(this.options.rng ? { rng: this.options.rng } : {}),
        ...(this.options.connectivity ? { connectivity: this.options.connectivity } : {}),
      },
      (m) => {
        switch (m.type) {
          case 'state':
            return onMessage(m.retryInMs === undefined ? { type: 'state', state: m.state, attempt: m.attempt } : { type: 'state', state: m.state, attempt: m.attempt, retryInMs: m.retryInMs });
          case 'error':
            return onMessage(m);
          case 'data':
            if (m.event === 'snapshot') return onMessage({ type: 'snapshot', snapshot: m.data as QueueSnapshot });
            if (m.event === 'queue') return onMessage({ type: 'event', event: m.data as QueueEvent });
            return onMessage({ type: 'heartbeat', ...(m.data as Heartbeat) });
        }
      },
      signal,
    );
    this.streams.add(handle);
    signal.addEventListener('abort', () => this.streams.delete(handle), { once: true });
  }

  /** `POST /queue/commands`. Not retried: a command must not run twice. */
  command(cmd: QueueCommand, signal?: AbortSignal): Promise<QueueCommandResult> {
    return this.client.sendJson('/queue/commands', cmd, QueueCommandResult, { signal });
  }

  /**
   * `POST /ratings/batch`, in batches of at most 500 whose results are merged. A 4xx for a whole
   * batch rejects with `http` and its status (the outbox dead-letters it); network errors, 408, 429
   * and 5xx reject with a retryable DataError. An empty list resolves without a request.
   */
  async submitBatch(ratings: Rating[], signal?: AbortSignal): Promise<RatingBatchResponse> {
    const out: RatingBatchResponse = { accepted: [], duplicates: [], rejected: [] };
    for (let i = 0; i < ratings.length; i += MAX_RATING_BATCH) {
      const r = await this.client.sendJson('/ratings/batch', { ratings: ratings.slice(i, i + MAX_RATING_BATCH) }, RatingBatchResponse, { signal });
      out.accepted.push(...r.accepted);
      out.duplicates.push(...r.duplicates);
      out.rejected.push(...r.rejected);
    }
    return out;
  }

  /** `GET /ratings?from&to&unitId`. */
  async ratings(query: PeriodQuery, signal?: AbortSignal): Promise<Rating[]> {
    return (await this.client.getJson('/ratings', RatingList, { query: periodQuery(query), signal })).items;
  }

  /**
   * Case records in chunks: streamed from `/cases.ndjson` (validated line by line, never buffered
   * whole), or page by page from `/cases` when the server has no NDJSON endpoint (404).
   */
  cases(query: PeriodQuery, signal?: AbortSignal): AsyncIterable<CaseFile[]> {
    return { [Symbol.asyncIterator]: () => this.caseChunks(query, signal) };
  }

  private async *caseChunks(query: PeriodQuery, signal?: AbortSignal): AsyncGenerator<CaseFile[], void, undefined> {
    const chunkSize = this.options.chunkSize ?? NDJSON_CHUNK;
    if (!this.ndjsonMissing) {
      try {
        const stream = await this.client.openStream('/cases.ndjson', {
          query: periodQuery(query),
          headers: { Accept: 'application/x-ndjson' },
          signal,
        });
        yield* readNdjson(stream.body, CaseFile, { source: stream.url, chunkSize });
        return;
      } catch (e) {
        if (!(e instanceof DataError && e.kind === 'not_found')) throw e;
        this.ndjsonMissing = true;
      }
    }
    let cursor: string | null = null;
    do {
      const page: CasePage = await this.client.getJson('/cases', CasePage, {
        query: { ...periodQuery(query), cursor, limit: chunkSize },
        signal,
      });
      if (page.items.length > 0) yield page.items;
      if (page.next !== null && page.next === cursor) throw new DataError('schema', `The /cases cursor did not advance (${cursor})`, { source: this.client.url('/cases') });
      cursor = page.next;
    } while (cursor !== null);
  }

  /** `GET /cases/{code}/status`; `not_found` when unknown, `http` 400 when the code is malformed. */
  caseStatus(code: string, signal?: AbortSignal): Promise<CasePublicStatus> {
    return this.client.getJson(`/cases/${encodeURIComponent(code)}/status`, CasePublicStatus, { signal });
  }

  /** `GET /petitions?from&to&unitId`. */
  async petitions(query: PeriodQuery, signal?: AbortSignal): Promise<Petition[]> {
    return (await this.client.getJson('/petitions', PetitionList, { query: periodQuery(query), signal })).items;
  }
}

function periodQuery(q: PeriodQuery): Query {
  return { from: q.from, to: q.to, unitId: q.unitId };
}

/** Lets one caller stop waiting for a shared promise without cancelling it for the others. */
function withAbort<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new DataError('aborted', 'Aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DataError('aborted', 'Aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
