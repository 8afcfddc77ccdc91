import type * as z from 'zod/mini';
import type { Clock } from '../../../core/time/index.js';
import { ApiError } from '../../schemas/api.js';
import { DataError, parseWith, toDataError } from '../../errors.js';
import { browserConnectivity, fullJitter, sleep, systemClock, type BackoffOptions, type Connectivity } from './runtime.js';

/** Query-string values; `undefined` and `null` are left out. */
export type Query = Record<string, string | number | boolean | undefined | null>;

/** Settings of an {@link HttpClient}. */
export interface HttpClientOptions {
  /** Prefix of every relative path, e.g. `http://192.168.1.10:8787/api/v1`. Absolute URLs pass through. */
  baseUrl?: string;
  /** The fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Time allowed per attempt, in milliseconds, including reading a JSON body (default 10 000). */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests (GET, HEAD) after a retryable failure (default 3). */
  retries?: number;
  /** Backoff between retries, full jitter (default 300 ms doubling up to 5 s). */
  backoff?: BackoffOptions;
  /** Uniform random numbers in [0, 1) for the jitter (default `Math.random`). */
  rng?: () => number;
  /** Time and timers for timeouts and backoff. */
  clock?: Clock;
  /** Tells `offline` failures from `network` ones (default: `navigator.onLine`). */
  connectivity?: Connectivity;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** One request. */
export interface RequestOptions {
  method?: string;
  query?: Query;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  signal?: AbortSignal | undefined;
  /** Non-2xx statuses the caller handles itself (e.g. `[304]`) instead of getting a DataError. */
  accept?: readonly number[];
  /** Overrides the client's retry count for this request. */
  retries?: number;
  /** Overrides the client's timeout for this request, in milliseconds. */
  timeoutMs?: number;
}

/** An open streaming response: the body, guarded by an idle timeout between chunks. */
export interface OpenStream {
  readonly response: Response;
  readonly url: string;
  /** The body. Reading it rejects only with a DataError (`aborted`, `network` on timeout or a drop, `offline`). */
  readonly body: ReadableStream<Uint8Array<ArrayBuffer>>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 300, maxMs: 5_000 };
/** Longest wait a server may ask for with `Retry-After` before we give up on this request. */
const MAX_RETRY_AFTER_MS = 30_000;
const IDEMPOTENT = new Set(['GET', 'HEAD']);

/** Per-attempt bookkeeping: the combined signal and whether our own timer fired. */
interface Attempt {
  signal: AbortSignal;
  timedOut(): boolean;
  /** Restarts the timer (the idle timeout while a stream waits for data). */
  arm(): void;
  /** Stops the timer. */
  done(): void;
}

/**
 * A small fetch client for the HTTP contract. Every call takes an AbortSignal combined with a
 * per-attempt timeout; idempotent requests are retried with exponential backoff and full jitter;
 * every failure becomes a {@link DataError} (`network`, `http` with status, `not_found` on 404,
 * `schema`, `aborted`, `offline`). It never throws anything else.
 */
export class HttpClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  private readonly fetchFn: typeof globalThis.fetch;
  private readonly retries: number;
  private readonly backoff: BackoffOptions;
  private readonly rng: () => number;
  private readonly clock: Clock;
  private readonly connectivity: Connectivity;
  private readonly headers: Record<string, string>;
  /** URLs whose last answer could not be read; their next GET bypasses the HTTP cache (see {@link request}). */
  private readonly unreadable = new Set<string>();

  constructor(options: HttpClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    // Calling an unbound `fetch` stored on an object throws "Illegal invocation" in browsers.
    const f = options.fetch ?? globalThis.fetch;
    this.fetchFn = (input, init) => f.call(globalThis, input, init);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = options.retries ?? 3;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.rng = options.rng ?? Math.random;
    this.clock = options.clock ?? systemClock;
    this.connectivity = options.connectivity ?? browserConnectivity;
    this.headers = options.headers ?? {};
  }

  /**
   * Resolves `path` against the base URL (and a relative base against the page) and appends
   * `query`. Throws a `network` DataError for something that is not a URL, since no request can go out.
   */
  url(path: string, query?: Query): string {
    const raw = /^[a-z][a-z0-9+.-]*:/i.test(path) || !this.baseUrl ? path : `${this.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
    const base = typeof location === 'undefined' ? undefined : location.href;
    let u: URL;
    try {
      u = new URL(raw, base);
    } catch (e) {
      throw new DataError('network', `Not a valid URL: ${raw}`, { source: raw, cause: e });
    }
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) u.searchParams.set(k, String(v));
    return u.href;
  }

  /** GETs `path` and validates the JSON body with `schema`. */
  getJson<S extends z.ZodMiniType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
    return this.request(path, options, (res, url) => readJson(res, schema, url));
  }

  /** Sends `json` (POST by default) and validates the JSON response with `schema`. Not retried. */
  sendJson<S extends z.ZodMiniType>(path: string, json: unknown, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
    return this.request(path, { method: 'POST', ...options, json }, (res, url) => readJson(res, schema, url));
  }

  /**
   * Sends a request and hands the response to `read` while the attempt's timeout still runs, so a
   * body that stalls half-way times out too. Retries idempotent requests whose failure is retryable
   * (network, timeout, 5xx, 408, 429), honouring `Retry-After`. Rejects only with DataError.
   */
  request<T>(path: string, options: RequestOptions, read: (res: Response, url: string) => Promise<T>): Promise<T> {
    return this.withRetries(path, options, async (res, url, attempt) => {
      try {
        const value = await read(res, url);
        this.unreadable.delete(url);
        return value;
      } catch (e) {
        // A body that arrived whole but does not parse may be kept by the browser's HTTP cache under a
        // validator (ETag, Last-Modified) that still matches once the server is fixed: revalidating
        // would get a 304 and the same broken copy, for ever. The next GET of it skips that cache.
        if (e instanceof DataError && e.kind === 'schema') this.unreadable.add(url);
        throw e;
      } finally {
        attempt.done();
      }
    });
  }

  /**
   * Opens a streaming GET. The timeout covers the wait for the headers and then every wait for the
   * next chunk, so a long download is fine as long as data keeps coming. Opening is retried like any
   * GET; once the body flows, failures surface as DataErrors while reading {@link OpenStream.body}.
   */
  openStream(path: string, options: RequestOptions = {}): Promise<OpenStream> {
    return this.withRetries(path, { ...options, method: 'GET' }, async (res, url, attempt) => {
      const source = res.body;
      if (!source) {
        attempt.done();
        return { response: res, url, body: new ReadableStream<Uint8Array<ArrayBuffer>>({ start: (c) => c.close() }) };
      }
      const reader = source.getReader();
      const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
        pull: async (controller) => {
          try {
            // The clock runs only while we wait for the server, never while the consumer is busy.
            attempt.arm();
            const { done, value } = await reader.read();
            attempt.done();
            if (done) {
              controller.close();
              return;
            }
            controller.enqueue(value);
          } catch (e) {
            attempt.done();
            controller.error(this.failure(e, url, options.signal, attempt));
          }
        },
        cancel: (reason) => {
          attempt.done();
          return reader.cancel(reason);
        },
      });
      attempt.done();
      return { response: res, url, body };
    });
  }

  /**
   * The retry loop. `run` gets a successful (or accepted) response and owns the attempt from then
   * on: it must call `attempt.done()` when it has finished with the body.
   */
  private async withRetries<T>(path: string, options: RequestOptions, run: (res: Response, url: string, attempt: Attempt) => Promise<T>): Promise<T> {
    const method = (options.method ?? 'GET').toUpperCase();
    const url = this.url(path, options.query);
    if (options.signal?.aborted) throw new DataError('aborted', `Aborted: ${url}`, { source: url });
    const maxRetries = IDEMPOTENT.has(method) ? (options.retries ?? this.retries) : 0;
    for (let attemptNo = 0; ; attemptNo++) {
      const attempt = this.startAttempt(options.signal, options.timeoutMs ?? this.timeoutMs);
      let retryAfterMs: number | undefined;
      let error: DataError;
      try {
        const res = await this.fetchFn(url, this.init(method, url, options, attempt.signal));
        if (!res.ok && !options.accept?.includes(res.status)) {
          retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
          throw await errorFromResponse(res, url);
        }
        return await run(res, url, attempt);
      } catch (e) {
        attempt.done();
        error = this.failure(e, url, options.signal, attempt);
      }
      if (attemptNo >= maxRetries || !error.retryable || error.kind === 'offline') throw error;
      const delay = Math.max(fullJitter(attemptNo + 1, this.backoff, this.rng), retryAfterMs ?? 0);
      if (delay > MAX_RETRY_AFTER_MS) throw error;
      if (!(await sleep(delay, this.clock, options.signal))) throw new DataError('aborted', `Aborted: ${url}`, { source: url });
    }
  }

  /** Builds the fetch init of one attempt. */
  private init(method: string, url: string, options: RequestOptions, signal: AbortSignal): RequestInit {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.headers, ...options.headers };
    const init: RequestInit = { method, headers, signal };
    if (IDEMPOTENT.has(method) && this.unreadable.has(url)) init.cache = 'reload';
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.json);
    }
    return init;
  }

  /** A signal that aborts when the caller aborts or when `timeoutMs` passes after the timer was last armed. */
  private startAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number): Attempt {
    const ctrl = new AbortController();
    let timedOut = false;
    let handle: unknown;
    const arm = () => {
      this.clock.clearTimeout(handle);
      if (timedOut) return;
      handle = this.clock.setTimeout(() => {
        timedOut = true;
        ctrl.abort(new DOMException(`No response within ${timeoutMs} ms`, 'TimeoutError'));
      }, timeoutMs);
    };
    arm();
    const signal = callerSignal ? AbortSignal.any([callerSignal, ctrl.signal]) : ctrl.signal;
    return { signal, timedOut: () => timedOut, arm, done: () => this.clock.clearTimeout(handle) };
  }

  /** Maps anything an attempt threw to a DataError. The caller's abort wins over our own timeout. */
  private failure(e: unknown, url: string, callerSignal: AbortSignal | undefined, attempt: Attempt): DataError {
    if (callerSignal?.aborted) return new DataError('aborted', `Aborted: ${url}`, { source: url, cause: e });
    if (e instanceof DataError) return e;
    if (attempt.timedOut()) return new DataError('network', `Timed out: ${url}`, { source: url, cause: e });
    if (!this.connectivity.online) return new DataError('offline', `Offline: ${url}`, { source: url, cause: e });
    return toDataError(e, url);
  }
}

/** Reads a JSON body and validates it; invalid JSON and schema failures are `schema` DataErrors. */
export async function readJson<S extends z.ZodMiniType>(res: Response, schema: S, source: string): Promise<z.infer<S>> {
  const text = await res.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DataError('schema', `Invalid JSON from ${source}: ${(e as Error).message}`, { source, cause: e });
  }
  const parsed = parseWith(schema, data, source);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/** Turns a non-2xx response into a DataError, using the contract's `{error: {code, message}}` body when present. */
export async function errorFromResponse(res: Response, url: string): Promise<DataError> {
  let detail = res.statusText;
  try {
    const body = parseWith(ApiError, JSON.parse(await res.text()), url);
    if (body.ok) detail = `${body.value.error.code}: ${body.value.error.message}`;
  } catch {
    // The status alone is enough to classify the failure; an unreadable error body adds nothing.
  }
  const message = `HTTP ${res.status}${detail ? ` ${detail}` : ''} (${url})`;
  return new DataError(res.status === 404 ? 'not_found' : 'http', message, { status: res.status, source: url });
}

/** `Retry-After` as milliseconds from now (seconds or an HTTP date), or undefined. */
function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
