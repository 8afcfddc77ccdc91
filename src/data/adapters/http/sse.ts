import type * as z from 'zod/mini';
import type { Clock } from '../../../core/time/index.js';
import type { ConnectionState } from '../../ports.js';
import { DataError, parseWith, toDataError } from '../../errors.js';
import { errorFromResponse } from './http-client.js';
import { SseParser, type SseEvent } from './sse-parser.js';
import { browserConnectivity, equalJitter, systemClock, type Connectivity } from './runtime.js';

/** Schemas of the event types a stream carries, by SSE event name. Other event types are ignored. */
export type SseSchemas = Record<string, z.ZodMiniType>;

/** A validated event of one of the declared types. */
export type SseData<M extends SseSchemas> = {
  [K in keyof M & string]: { type: 'data'; event: K; data: z.infer<M[K]>; id: string };
}[keyof M & string];

/** What an SSE subscription delivers: validated events, connection state, and errors (never thrown). */
export type SseMessage<M extends SseSchemas> =
  | SseData<M>
  | { type: 'state'; state: ConnectionState; attempt: number; retryInMs?: number }
  | { type: 'error'; error: DataError };

/** Settings of {@link openSse}. */
export interface SseOptions<M extends SseSchemas> {
  /** Absolute URL of the stream. */
  url: string;
  /** Schema per accepted event type. */
  events: M;
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  /** Uniform random numbers in [0, 1) for the reconnect jitter. */
  rng?: () => number;
  connectivity?: Connectivity;
  /** Id to resume after on the first connection. */
  lastEventId?: string;
  headers?: Record<string, string>;
  /** First reconnect delay ceiling, ms (default 1 000; a `retry:` field from the server replaces it). */
  minDelayMs?: number;
  /** Largest reconnect delay, ms (default 30 000). */
  maxDelayMs?: number;
  /** A connection that stayed up this long resets the backoff, ms (default 10 000). */
  healthyAfterMs?: number;
  /** Silence after which a connection counts as dead, ms (default 45 000: three missed 15 s heartbeats). */
  idleTimeoutMs?: number;
  /** Time allowed for the response headers, ms (default 10 000). */
  connectTimeoutMs?: number;
}

/** Live view of a subscription, for status lines and tests. */
export interface SseHandle {
  readonly state: ConnectionState;
  /** Reconnect attempts since the last healthy connection. */
  readonly attempt: number;
  /** The id sent as `Last-Event-ID` on the next reconnect. */
  readonly lastEventId: string;
  /** Messages that failed their schema (or were not JSON) so far. */
  readonly invalid: number;
  /** Connections opened so far (successful responses). */
  readonly connections: number;
}

/**
 * Subscribes to a Server-Sent Events stream over fetch and a ReadableStream rather than the native
 * `EventSource`, so it can send `Last-Event-ID` on every reconnect, time out silent connections and
 * be aborted. Reconnects with exponential backoff and jitter (1 s → 30 s, reset after a healthy
 * connection), resuming with the last id as header and `?lastEventId=`. Reports `offline` while the
 * device has no network and retries at once when it returns. Each event is parsed as JSON and
 * validated; an invalid one becomes an `error` message with a `schema` DataError and is counted,
 * and the stream goes on. Runs until `signal` aborts; `onMessage` is never called after that.
 */
export function openSse<M extends SseSchemas>(options: SseOptions<M>, onMessage: (m: SseMessage<M>) => void, signal: AbortSignal): SseHandle {
  const clock = options.clock ?? systemClock;
  const rng = options.rng ?? Math.random;
  const connectivity = options.connectivity ?? browserConnectivity;
  const f = options.fetch ?? globalThis.fetch;
  const fetchFn: typeof globalThis.fetch = (input, init) => f.call(globalThis, input, init);
  const minDelayMs = options.minDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const healthyAfterMs = options.healthyAfterMs ?? 10_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;

  const st = {
    state: 'connecting' as ConnectionState,
    attempt: 0,
    lastEventId: options.lastEventId ?? '',
    invalid: 0,
    connections: 0,
    retryMs: undefined as number | undefined,
  };
  const handle: SseHandle = {
    get state() { return st.state; },
    get attempt() { return st.attempt; },
    get lastEventId() { return st.lastEventId; },
    get invalid() { return st.invalid; },
    get connections() { return st.connections; },
  };

  const deliver = (m: SseMessage<M>) => {
    if (signal.aborted) return;
    try {
      onMessage(m);
    } catch (e) {
      // A failing listener must not kill the connection loop; report it where developers look.
      console.error(e);
    }
  };
  const setState = (state: ConnectionState, retryInMs?: number) => {
    st.state = state;
    deliver(retryInMs === undefined ? { type: 'state', state, attempt: st.attempt } : { type: 'state', state, attempt: st.attempt, retryInMs });
  };

  if (signal.aborted) return handle;
  // Wakes whatever the loop is waiting on when connectivity changes.
  let wake: (() => void) | undefined;
  let current: AbortController | undefined;
  const unsubscribe = connectivity.subscribe((online) => {
    if (!online) current?.abort(new DOMException('The device went offline', 'NetworkError'));
    wake?.();
  });
  signal.addEventListener('abort', () => { wake?.(); unsubscribe(); }, { once: true });

  /** Waits `ms`, or until connectivity changes, or until aborted. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clock.clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = clock.setTimeout(done, ms);
      wake = done;
      if (signal.aborted) done();
    });

  const dispatch = (ev: SseEvent) => {
    if (!Object.prototype.hasOwnProperty.call(options.events, ev.type)) return;
    const schema = options.events[ev.type]!;
    const source = `${options.url} event "${ev.type}"${ev.lastEventId ? ` id ${ev.lastEventId}` : ''}`;
    let json: unknown;
    try {
      json = JSON.parse(ev.data);
    } catch (e) {
      st.invalid++;
      deliver({ type: 'error', error: new DataError('schema', `Invalid JSON in ${source}: ${(e as Error).message}`, { source, cause: e }) });
      return;
    }
    const parsed = parseWith(schema, json, source);
    if (!parsed.ok) {
      st.invalid++;
      deliver({ type: 'error', error: parsed.error });
      return;
    }
    deliver({ type: 'data', event: ev.type, data: parsed.value, id: ev.lastEventId } as SseData<M>);
  };

  /** One connection, from request to the end of the body. Resolves with the time it went live, if it did. */
  const connectOnce = async (): Promise<{ liveAt?: number; error?: DataError }> => {
    const ctrl = new AbortController();
    current = ctrl;
    const combined = AbortSignal.any([signal, ctrl.signal]);
    let timedOut = false;
    let timer: unknown;
    const arm = (ms: number) => {
      clock.clearTimeout(timer);
      timer = clock.setTimeout(() => {
        timedOut = true;
        ctrl.abort(new DOMException(`No data for ${ms} ms`, 'TimeoutError'));
      }, ms);
    };
    const headers: Record<string, string> = { Accept: 'text/event-stream', ...options.headers };
    if (st.lastEventId) headers['Last-Event-ID'] = st.lastEventId;
    const parser = new SseParser(
      { onEvent: dispatch, onRetry: (ms) => { st.retryMs = ms; } },
      st.lastEventId,
    );
    let liveAt: number | undefined;
    let url: URL | undefined;
    try {
      url = new URL(options.url);
      if (st.lastEventId) url.searchParams.set('lastEventId', st.lastEventId);
      arm(connectTimeoutMs);
      const res = await fetchFn(url.href, { headers, signal: combined, cache: 'no-store' });
      if (!res.ok) throw await errorFromResponse(res, url.href);
      const type = res.headers.get('content-type') ?? '';
      if (!/^text\/event-stream\b/i.test(type) || !res.body) {
        await res.body?.cancel().catch(() => undefined);
        throw new DataError('schema', `Expected text/event-stream from ${url.href}, got "${type}"`, { source: url.href });
      }
      st.connections++;
      liveAt = clock.now();
      setState('live');
      arm(idleTimeoutMs);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          arm(idleTimeoutMs);
          parser.push(value);
          st.lastEventId = parser.lastEventId;
          if (signal.aborted) break;
        }
      } finally {
        reader.cancel().catch(() => undefined);
      }
      parser.end();
      return { liveAt };
    } catch (e) {
      parser.end();
      if (signal.aborted) return liveAt === undefined ? {} : { liveAt };
      const source = url?.href ?? options.url;
      let error: DataError;
      if (e instanceof DataError) error = e;
      else if (!url) error = new DataError('network', `Not a valid URL: ${options.url}`, { source, cause: e });
      else if (timedOut) error = new DataError('network', `No data from ${source} in time`, { source, cause: e });
      else if (!connectivity.online) error = new DataError('offline', `Offline: ${source}`, { source, cause: e });
      else error = toDataError(e, source);
      return liveAt === undefined ? { error } : { liveAt, error };
    } finally {
      clock.clearTimeout(timer);
      if (current === ctrl) current = undefined;
    }
  };

  const run = async () => {
    setState('connecting');
    while (!signal.aborted) {
      if (!connectivity.online) {
        setState('offline');
        // `online` wakes us at once; the timer is a safety net for platforms that never fire it.
        await pause(maxDelayMs);
        if (!connectivity.online) continue;
      }
      const { liveAt, error } = await connectOnce();
      if (signal.aborted) break;
      if (error) deliver({ type: 'error', error });
      if (liveAt !== undefined && clock.now() - liveAt >= healthyAfterMs) st.attempt = 0;
      st.attempt++;
      if (!connectivity.online) continue;
      const delay = equalJitter(st.attempt, { baseMs: Math.min(st.retryMs ?? minDelayMs, maxDelayMs), maxMs: maxDelayMs }, rng);
      setState('reconnecting', delay);
      await pause(delay);
    }
  };
  void run();
  return handle;
}
