import type { QueueCommand, QueueSnapshot, Ticket } from '../../data/schemas/queue.js';
import { isFinished, type QueueContext } from './engine.js';
import { parseIso, MINUTE } from '../time/index.js';

/**
 * A queue simulator for demos, long-run tests and a centre's own drills. Stateless: each tick looks at
 * the snapshot and the time and returns the commands a hall full of citizens and officers would produce.
 * Per-ticket behaviour (service time, no-show) is derived from a hash of the ticket id, so a ticket
 * behaves the same however often ticks run.
 */

export interface SimulationContext extends QueueContext {
  /** Uniform [0, 1) random numbers. */
  rng: () => number;
  /** Time since the previous tick (ms). */
  dtMs: number;
  /** Arrival multiplier (1 = a busy centre morning, about 1.2 citizens a minute). */
  intensity?: number;
  /** Typical service time per field id, minutes (default 6). */
  serviceMinutes?: Readonly<Record<string, number>>;
}

/** Typical minutes at the counter per field (illustrative; centres can pass their own). */
export const DEFAULT_SERVICE_MINUTES: Readonly<Record<string, number>> = {
  'ho-tich': 7, 'chung-thuc': 3, 'cu-tru': 6, 'dat-dai': 14, 'xay-dung': 12, 'kinh-doanh': 10, 'ldtbxh': 8, 'tu-phap': 6, 'tnmt': 10,
  // The same fields under the ids of the demo organisation (src/data/seed/org.ts FIELD_IDS).
  'dang-ky-kinh-doanh': 10, 'lao-dong-tbxh': 8, 'ly-lich-tu-phap': 6, 'tai-nguyen-moi-truong': 10,
};

/** Deterministic [0, 1) from a string (FNV-1a). */
export function hashUnit(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** Service duration of a ticket (ms): log-normal around the field's typical minutes. */
export function serviceDurationMs(t: Ticket, minutes: Readonly<Record<string, number>>): number {
  const mean = minutes[t.serviceId] ?? 6;
  // Box–Muller from two hashes of the id.
  const u1 = Math.max(1e-9, hashUnit(`${t.id}:a`));
  const u2 = hashUnit(`${t.id}:b`);
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(0.5, mean * Math.exp(0.45 * z - 0.1)) * MINUTE;
}

function poisson(lambda: number, rng: () => number): number {
  // Knuth; lambda is small per tick.
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng();
  } while (p > l && k < 50);
  return k - 1;
}

/** One tick of the simulation: arrivals, calls, starts, finishes, recalls and no-shows. */
export function simulateTick(s: QueueSnapshot, ctx: SimulationContext): QueueCommand[] {
  const cmds: QueueCommand[] = [];
  const minutes = ctx.serviceMinutes ?? DEFAULT_SERVICE_MINUTES;
  const served = [...new Set(s.counters.filter((c) => c.status === 'open').flatMap((c) => c.fieldIds ?? []))];
  const waiting = s.tickets.filter((t) => t.status === 'waiting').length;
  // Fewer arrivals when the hall is already full: people see the queue and come back later.
  const crowding = waiting > 40 ? 0.3 : waiting > 20 ? 0.7 : 1;
  const lambda = (1.2 * (ctx.intensity ?? 1) * crowding * ctx.dtMs) / MINUTE;
  const arrivals = served.length ? poisson(lambda, ctx.rng) : 0;
  for (let i = 0; i < arrivals; i++) {
    const serviceId = served[Math.floor(ctx.rng() * served.length)]!;
    const r = ctx.rng();
    const priority = r < 0.05 ? 'elderly' : r < 0.065 ? 'pregnant' : r < 0.075 ? 'disabled' : 'none';
    cmds.push({ type: 'issue', unitId: s.unitId, serviceId, priority });
  }

  for (const c of s.counters) {
    if (c.status !== 'open') continue;
    const t = c.ticketId ? s.tickets.find((x) => x.id === c.ticketId) : undefined;
    if (!t || isFinished(t)) {
      const hasWaiting = s.tickets.some((x) => x.status === 'waiting' && (c.fieldIds ?? []).includes(x.serviceId));
      // An idle officer takes a few seconds to press "call next".
      if (hasWaiting && ctx.rng() < Math.min(1, ctx.dtMs / 8000)) cmds.push({ type: 'call-next', counterId: c.counterId });
      continue;
    }
    const calledAt = parseIso(t.calledAt) ?? ctx.now;
    if (t.status === 'called') {
      const waited = ctx.now - calledAt;
      const noShow = hashUnit(`${t.id}:noshow`) < 0.04;
      if (noShow) {
        if (waited > 75_000 && t.recalls >= 1) cmds.push({ type: 'skip', counterId: c.counterId });
        else if (waited > 35_000 * (t.recalls + 1)) cmds.push({ type: 'recall', counterId: c.counterId });
      } else if (waited > 15_000 + hashUnit(`${t.id}:walk`) * 30_000) {
        cmds.push({ type: 'start', counterId: c.counterId });
      }
      continue;
    }
    if (t.status === 'serving') {
      const started = parseIso(t.startedAt) ?? calledAt;
      if (ctx.now - started >= serviceDurationMs(t, minutes)) cmds.push({ type: 'call-next', counterId: c.counterId });
    }
  }
  return cmds;
}
