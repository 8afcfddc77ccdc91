import type { Clock } from '../../../../src/core/time/index.js';
import type { Connectivity } from '../../../../src/data/adapters/http/runtime.js';

/**
 * A clock whose time moves only when the test says so. Timers run in due order on `advance`.
 * Used where a test checks exact delays (backoff, timeouts) that real time would make slow or flaky.
 */
export class ManualClock implements Clock {
  private t: number;
  private seq = 0;
  private timers = new Map<number, { at: number; fn: () => void; ms: number }>();
  /** Every delay asked for, in order. */
  readonly requested: number[] = [];

  constructor(start = Date.UTC(2026, 2, 4, 1, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.requested.push(ms);
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn, ms });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Pending timer delays (ms, as requested), soonest first. */
  pending(): number[] {
    return [...this.timers.values()].sort((a, b) => a.at - b.at).map((x) => x.ms);
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const e of this.timers) if (e[1].at <= end && (!next || e[1].at < next[1].at)) next = e;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = end;
  }
}

/**
 * Connectivity the test switches by hand. A page cannot take its own browser offline, so tests of
 * the `offline` state drive this instead of `navigator.onLine`.
 */
export class SwitchableConnectivity implements Connectivity {
  private listeners = new Set<(online: boolean) => void>();
  constructor(private value = true) {}
  get online(): boolean {
    return this.value;
  }
  set(online: boolean): void {
    this.value = online;
    for (const l of this.listeners) l(online);
  }
  subscribe(onChange: (online: boolean) => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }
}

/** One scripted response body: the test pushes bytes or text, then closes or errors it. */
export interface ScriptedStream {
  readonly url: string;
  readonly headers: Headers;
  readonly signal: AbortSignal;
  send(chunk: string | Uint8Array): void;
  close(): void;
  fail(reason: unknown): void;
}

/**
 * A fetch returning real `Response` objects over real `ReadableStream`s the test feeds byte by byte.
 * Used for what the reference server cannot produce on demand: chunk boundaries inside a UTF-8
 * character or a CRLF, and precise silence for the idle timeout. An abort errors the body with the
 * signal's reason, as the browser's fetch does.
 */
export class ScriptedFetch {
  readonly streams: ScriptedStream[] = [];
  /** Answers for the next calls, used before falling back to a 200 event stream. */
  readonly queue: (Error | { status: number; contentType?: string; body?: string })[] = [];

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? new AbortController().signal;
    if (signal.aborted) throw signal.reason;
    const next = this.queue.shift();
    if (next instanceof Error) throw next;
    if (next) return new Response(next.body ?? '', { status: next.status, headers: { 'content-type': next.contentType ?? 'application/json' } });
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => { controller = c; } });
    let open = true;
    const encoder = new TextEncoder();
    const stream: ScriptedStream = {
      url,
      headers: new Headers(init?.headers),
      signal,
      send: (chunk) => { if (open) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk); },
      close: () => { if (open) { open = false; controller.close(); } },
      fail: (reason) => { if (open) { open = false; controller.error(reason); } },
    };
    signal.addEventListener('abort', () => stream.fail(signal.reason), { once: true });
    this.streams.push(stream);
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  };

  /** The `n`-th stream opened (0-based). */
  stream(n: number): ScriptedStream {
    const s = this.streams[n];
    if (!s) throw new Error(`stream ${n} was not opened (${this.streams.length} so far)`);
    return s;
  }
}

/** The real clock, recording every delay asked of it (to check backoff against a real server). */
export class RecordingClock implements Clock {
  readonly requested: number[] = [];
  now(): number {
    return Date.now();
  }
  setTimeout(fn: () => void, ms: number): unknown {
    this.requested.push(ms);
    return globalThis.setTimeout(fn, ms);
  }
  clearTimeout(handle: unknown): void {
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>);
  }
}

/**
 * The browser's fetch, observed: records each request's URL, headers, signal and response status.
 * Nothing is changed on the way, so the test still talks to the real server.
 */
export class ObservedFetch {
  readonly calls: { url: string; method: string; headers: Headers; signal: AbortSignal | undefined; status?: number }[] = [];
  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const call: ObservedFetch['calls'][number] = {
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      signal: init?.signal ?? undefined,
    };
    this.calls.push(call);
    const res = await fetch(input, init);
    call.status = res.status;
    return res;
  };
  /** Calls whose URL path ends with `suffix` (query ignored). */
  to(suffix: string): ObservedFetch['calls'] {
    return this.calls.filter((c) => new URL(c.url).pathname.endsWith(suffix));
  }
}
