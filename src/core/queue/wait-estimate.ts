import { quantileSorted } from 'd3-array';
import type { CounterState, QueueSnapshot, Ticket } from '../../data/schemas/queue.js';
import { parseIso, HOUR, MINUTE } from '../time/index.js';

/**
 * Estimated waiting time per service (lĩnh vực), computed from what the hall actually did: the service
 * times of recently finished tickets and the counters open for the service right now.
 *
 * Method, per service:
 * 1. Samples: minutes from start (or call) to end of tickets **served** in the last `windowMs`
 *    (default 2 h), newest first, at most `maxSamples` (default 20). No-shows and transfers are not
 *    service times and are left out; durations outside (0, 4 h] are discarded as clock errors.
 * 2. Statistic: the median service time, with the quartiles as its spread. Both are robust: one
 *    citizen with a two-hour land dossier moves them very little. With few samples the spread is
 *    widened (±50 % for one sample, narrowing as 1/√n, never below ±15 %).
 * 3. Capacity: each open counter serving the service counts as one, a counter shared between several
 *    services counts for this service's share of its demand (waiting tickets plus one newcomer per
 *    service). Paused and closed counters count as none.
 * 4. Wait of someone taking a ticket now: `(ahead + ½) × median / capacity`, where `ahead` is the
 *    number waiting minus idle counters; the range uses the quartiles (and `ahead + 1` at the top).
 *
 * The result is a range and a confidence, never a single minute; "not enough data" when there are
 * no samples. Rounding for display is {@link roundWaitRange}'s job.
 */

/** Settings of the estimator. */
export interface WaitEstimateOptions {
  /** Current time, epoch ms. */
  now: number;
  /** Only tickets finished in this window count, ms (default 2 h). */
  windowMs?: number;
  /** At most this many of the newest samples per service (default 20). */
  maxSamples?: number;
}

/** Confidence of an estimate: few samples or a small share of a counter make it `low`. */
export type WaitConfidence = 'low' | 'medium' | 'high';

/** Outcome of estimating one service's wait. Minutes are unrounded. */
export type WaitEstimate =
  /** A range in minutes for someone taking a ticket now. */
  | { kind: 'estimate'; low: number; high: number; typical: number; confidence: WaitConfidence; samples: number; capacity: number }
  /** An open counter for the service is idle and nobody is ahead: served right away. */
  | { kind: 'no-wait'; capacity: number }
  /** Counters are open but no ticket of the service finished recently: not enough data. */
  | { kind: 'no-data'; capacity: number }
  /** No counter serves the service now; `paused` when at least one of its counters is only paused. */
  | { kind: 'no-counter'; paused: boolean };

/** What {@link estimateWait} needs for one service. */
export interface WaitInput {
  /** Tickets waiting for the service. */
  waiting: number;
  /** Recent service times, minutes (any order; non-finite and non-positive values are ignored). */
  samples: readonly number[];
  /** Counters serving the service now (shared counters as fractions). */
  capacity: number;
  /** Open counters of the service that are idle now (no ticket called or in service). */
  idle?: number;
  /** Whether a counter of the service is paused (reported when capacity is 0). */
  paused?: boolean;
}

const DEFAULT_WINDOW_MS = 2 * HOUR;
const DEFAULT_MAX_SAMPLES = 20;
const MAX_SERVICE_MS = 4 * HOUR;

/**
 * Service time in minutes of a served ticket (start, or call when it never started, to end);
 * `undefined` for a ticket that is not served or whose times are missing or implausible.
 */
export function serviceMinutes(t: Ticket): number | undefined {
  if (t.status !== 'served') return undefined;
  const end = parseIso(t.endedAt);
  const start = parseIso(t.startedAt ?? t.calledAt);
  if (end === undefined || start === undefined || !Number.isFinite(end) || !Number.isFinite(start)) return undefined;
  const d = end - start;
  if (!(d > 0 && d <= MAX_SERVICE_MS)) return undefined;
  return d / MINUTE;
}

/**
 * Recent service times per service id, minutes, newest first (see the module's method, step 1).
 * Services without a served ticket in the window are absent.
 */
export function serviceSamples(tickets: readonly Ticket[], options: WaitEstimateOptions): Map<string, number[]> {
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const max = Math.max(1, options.maxSamples ?? DEFAULT_MAX_SAMPLES);
  const from = options.now - windowMs;
  const found = new Map<string, { end: number; minutes: number }[]>();
  for (const t of tickets) {
    const minutes = serviceMinutes(t);
    if (minutes === undefined) continue;
    const end = parseIso(t.endedAt)!;
    if (end < from || end > options.now) continue;
    let list = found.get(t.serviceId);
    if (!list) found.set(t.serviceId, (list = []));
    list.push({ end, minutes });
  }
  const out = new Map<string, number[]>();
  for (const [id, list] of found) out.set(id, list.sort((a, b) => b.end - a.end).slice(0, max).map((s) => s.minutes));
  return out;
}

/** Counter capacity of one service: open counters (shared ones as fractions), idle ones, paused ones. */
export interface ServiceCapacity {
  capacity: number;
  idle: number;
  paused: boolean;
}

/**
 * Capacity per service from the counters' current state (see the module's method, step 3).
 * `waiting` is the number of waiting tickets per service, which weighs shared counters.
 */
export function serviceCapacities(counters: readonly CounterState[], waiting: ReadonlyMap<string, number>): Map<string, ServiceCapacity> {
  const out = new Map<string, ServiceCapacity>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { capacity: 0, idle: 0, paused: false }));
    return e;
  };
  for (const c of counters) {
    const fields = c.fieldIds ?? [];
    if (!fields.length) continue;
    if (c.status === 'paused') {
      for (const f of fields) entry(f).paused = true;
      continue;
    }
    if (c.status !== 'open') continue;
    // Shares by demand, counting the newcomer the estimate is for (+1 each), so a service with nobody
    // waiting still gets a share of the counters that serve it.
    const demand = fields.reduce((s, f) => s + (waiting.get(f) ?? 0) + 1, 0);
    for (const f of fields) {
      const e = entry(f);
      e.capacity += ((waiting.get(f) ?? 0) + 1) / demand;
      if (!c.ticketId) e.idle += 1;
    }
  }
  return out;
}

/**
 * Estimates the wait for one service (see the module's method, steps 2 and 4). Returns `no-counter`
 * when capacity is 0, `no-wait` when an idle counter can take the next ticket at once, `no-data`
 * when there are no usable samples, otherwise a range with a confidence.
 */
export function estimateWait(input: WaitInput): WaitEstimate {
  const capacity = Number.isFinite(input.capacity) ? Math.max(0, input.capacity) : 0;
  if (capacity <= 1e-9) return { kind: 'no-counter', paused: input.paused ?? false };
  const waiting = Math.max(0, Math.floor(input.waiting));
  const idle = Math.max(0, Math.floor(input.idle ?? 0));
  if (waiting < idle) return { kind: 'no-wait', capacity };
  const sorted = input.samples.filter((x) => Number.isFinite(x) && x > 0).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { kind: 'no-data', capacity };
  const median = quantileSorted(sorted, 0.5)!;
  const q1 = quantileSorted(sorted, 0.25)!;
  const q3 = quantileSorted(sorted, 0.75)!;
  // Few samples say little about the spread: widen it, ±50 % for one sample, narrowing as 1/√n.
  const w = Math.min(0.5, Math.max(0.15, 0.5 / Math.sqrt(n)));
  const lowRate = Math.min(q1, median * (1 - w));
  const highRate = Math.max(q3, median * (1 + w));
  const ahead = waiting - idle;
  const typical = ((ahead + 0.5) * median) / capacity;
  const low = (ahead * lowRate) / capacity;
  const high = ((ahead + 1) * highRate) / capacity;
  let confidence: WaitConfidence = n >= 12 ? 'high' : n >= 5 ? 'medium' : 'low';
  // A service served only by a small share of shared counters can change quickly.
  if (capacity < 0.5 && confidence !== 'low') confidence = confidence === 'high' ? 'medium' : 'low';
  return { kind: 'estimate', low, high, typical, confidence, samples: n, capacity };
}

/**
 * Estimated waits for every service that has waiting tickets or counters in `snapshot`, by service id.
 */
export function estimateWaits(snapshot: QueueSnapshot, options: WaitEstimateOptions): Map<string, WaitEstimate> {
  const waiting = new Map<string, number>();
  for (const t of snapshot.tickets) if (t.status === 'waiting') waiting.set(t.serviceId, (waiting.get(t.serviceId) ?? 0) + 1);
  const samples = serviceSamples(snapshot.tickets, options);
  const capacities = serviceCapacities(snapshot.counters, waiting);
  const ids = new Set([...waiting.keys(), ...capacities.keys()]);
  const out = new Map<string, WaitEstimate>();
  for (const id of ids) {
    const cap = capacities.get(id) ?? { capacity: 0, idle: 0, paused: false };
    out.set(id, estimateWait({ waiting: waiting.get(id) ?? 0, samples: samples.get(id) ?? [], capacity: cap.capacity, idle: cap.idle, paused: cap.paused }));
  }
  return out;
}

/** A display range in whole minutes; `over` means "more than `low` minutes" (open-ended). */
export interface RoundedWait {
  low: number;
  high: number;
  over: boolean;
}

/**
 * Rounds an estimate's range outwards to steps a person can take in at a glance: 5 minutes up to an
 * hour, 15 minutes up to two hours; beyond that "over 2 hours". The range is at least one step wide,
 * so it never looks more precise than it is (e.g. 7.3–11.2 → 5–15; 0–3.1 → 0–5).
 */
export function roundWaitRange(low: number, high: number): RoundedWait {
  const lo = Math.max(0, Number.isFinite(low) ? low : 0);
  const hi = Math.max(lo, Number.isFinite(high) ? high : lo);
  if (lo >= 120) return { low: 120, high: 120, over: true };
  const step = (x: number) => (x < 60 ? 5 : 15);
  let l = Math.floor(lo / step(lo)) * step(lo);
  let h = Math.ceil(hi / step(hi)) * step(hi);
  if (h <= l) h = l + step(l);
  if (h > 120) return { low: Math.min(l, 120), high: 120, over: true };
  if (l < 0) l = 0;
  return { low: l, high: h, over: false };
}
