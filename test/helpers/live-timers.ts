/**
 * Live timers of the test page, for long-run tests: wraps `setTimeout`, `setInterval`,
 * `requestAnimationFrame` and `requestIdleCallback` (and their cancel functions) so that every timer
 * set after {@link installTimerCensus} is counted until it fires (timeouts, frames, idle callbacks)
 * or is cancelled. A count that grows from day to day is a timer leak: something re-arms without
 * clearing, or keeps a timer of an element that is gone. Install it before the code under test runs
 * (import this module first); timers set earlier are not seen. With `trace`, each timer remembers
 * where it was set, and {@link liveTimerSites} groups the live ones by call site.
 */

/** Live timers by kind. */
export interface LiveTimers {
  timeouts: number;
  intervals: number;
  frames: number;
  idle: number;
  total: number;
}

interface Entry {
  kind: 'timeout' | 'interval';
  site?: string;
}

/** `setTimeout` and `setInterval` share one id space; frames and idle callbacks have their own. */
const timers = new Map<number, Entry>();
const frames = new Map<number, string | undefined>();
const idles = new Map<number, string | undefined>();
let installed = false;
let tracing = false;

function site(): string | undefined {
  if (!tracing) return undefined;
  // Skip the Error line and the wrapper's own frame.
  return new Error().stack?.split('\n').slice(3, 7).map((l) => l.trim()).join(' ← ');
}

/** Wraps the page's timer functions (once per page). `trace` records where each timer was set. */
export function installTimerCensus(options: { trace?: boolean } = {}): void {
  tracing = options.trace ?? tracing;
  if (installed) return;
  installed = true;
  const g = globalThis as typeof globalThis & Record<string, unknown>;
  type SetTimer = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
  const setT = g.setTimeout.bind(g) as SetTimer;
  const clearT = g.clearTimeout.bind(g) as (id?: number) => void;
  const setI = g.setInterval.bind(g) as SetTimer;
  const clearI = g.clearInterval.bind(g) as (id?: number) => void;

  g.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return setT(handler, timeout, ...args);
    let id = 0;
    const fire = (...a: unknown[]) => {
      timers.delete(id);
      (handler as (...x: unknown[]) => void)(...a);
    };
    id = setT(fire, timeout, ...args);
    timers.set(id, { kind: 'timeout', site: site() });
    return id;
  }) as typeof setTimeout;
  g.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setI(handler, timeout, ...args);
    timers.set(id, { kind: 'interval', site: site() });
    return id;
  }) as typeof setInterval;
  // Either clear function clears either kind of timer (one id space, as in browsers).
  g.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearT(id);
  }) as typeof clearTimeout;
  g.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearI(id);
  }) as typeof clearInterval;

  if (typeof g.requestAnimationFrame === 'function') {
    const raf = g.requestAnimationFrame.bind(g);
    const caf = g.cancelAnimationFrame.bind(g);
    g.requestAnimationFrame = ((cb: FrameRequestCallback) => {
      let id = 0;
      id = raf((t) => {
        frames.delete(id);
        cb(t);
      });
      frames.set(id, site());
      return id;
    }) as typeof requestAnimationFrame;
    g.cancelAnimationFrame = ((id: number) => {
      frames.delete(id);
      caf(id);
    }) as typeof cancelAnimationFrame;
  }
  if (typeof g.requestIdleCallback === 'function') {
    const ric = g.requestIdleCallback.bind(g);
    const cic = g.cancelIdleCallback.bind(g);
    g.requestIdleCallback = ((cb: IdleRequestCallback, opts?: IdleRequestOptions) => {
      let id = 0;
      id = ric((d) => {
        idles.delete(id);
        cb(d);
      }, opts);
      idles.set(id, site());
      return id;
    }) as typeof requestIdleCallback;
    g.cancelIdleCallback = ((id: number) => {
      idles.delete(id);
      cic(id);
    }) as typeof cancelIdleCallback;
  }
}

/** Timers set since {@link installTimerCensus} that have neither fired nor been cancelled. */
export function liveTimers(): LiveTimers {
  let timeouts = 0;
  let intervals = 0;
  for (const e of timers.values()) {
    if (e.kind === 'timeout') timeouts++;
    else intervals++;
  }
  return { timeouts, intervals, frames: frames.size, idle: idles.size, total: timers.size + frames.size + idles.size };
}

/** With `trace` on: live timers grouped by where they were set, most first. */
export function liveTimerSites(limit = 10): [string, number][] {
  const count = new Map<string, number>();
  const add = (kind: string, s: string | undefined) => {
    const k = `${kind} ${s ?? '(untraced)'}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  };
  for (const e of timers.values()) add(e.kind, e.site);
  for (const s of frames.values()) add('frame', s);
  for (const s of idles.values()) add('idle', s);
  return [...count].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

installTimerCensus();
