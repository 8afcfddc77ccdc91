import type { OrgData } from '../../data/schemas/org.js';
import type { QueueCommand, QueueEvent, QueueSnapshot } from '../../data/schemas/queue.js';
import { applyCommand, emptySnapshot, type QueueContext } from './engine.js';
import { simulateTick } from './simulator.js';

/**
 * A realistic hall state for stories, demos, benchmarks and long-run tests: the queue engine driven
 * by the simulator for a while, deterministically (same inputs, same hall). Pure: time and random
 * numbers come in as arguments.
 */

/** Settings of {@link simulateHall}. */
export interface HallSceneOptions {
  org: OrgData;
  unitId: string;
  /** Start of the simulation, epoch ms (e.g. 07:30 local on a working day). */
  from: number;
  /** Length of the simulation, ms. */
  durationMs: number;
  /** Uniform [0, 1) random numbers. */
  rng: () => number;
  /** Simulation step, ms (default 5 000). */
  stepMs?: number;
  /** Arrival multiplier (default 1; 3 fills a hall quickly). */
  intensity?: number;
  /** Epoch of the state (default `demo`). */
  epoch?: string;
  /** UTC offset of the centre in minutes (default 420). */
  offsetMinutes?: number;
  /** Commands applied before the simulation starts (e.g. closing a counter), at `from`. */
  before?: readonly QueueCommand[];
  /** Starting state instead of an empty one (to continue a scene). */
  start?: QueueSnapshot;
  /** Receives every event the simulation produced, in order. */
  onEvents?: (events: readonly QueueEvent[]) => void;
}

/** Runs the simulator over a unit's queue and returns the state at the end. */
export function simulateHall(o: HallSceneOptions): QueueSnapshot {
  const offsetMinutes = o.offsetMinutes ?? 420;
  const step = Math.max(250, o.stepMs ?? 5000);
  const ctx = (now: number): QueueContext => ({ now, offsetMinutes, org: o.org });
  let s = o.start ?? emptySnapshot(o.unitId, o.epoch ?? 'demo', ctx(o.from));
  const apply = (cmd: QueueCommand, now: number) => {
    const r = applyCommand(s, cmd, ctx(now));
    if (r.ok) {
      s = r.snapshot;
      if (r.events.length) o.onEvents?.(r.events);
    }
  };
  for (const cmd of o.before ?? []) apply(cmd, o.from);
  for (let t = o.from + step; t <= o.from + o.durationMs; t += step) {
    const cmds = simulateTick(s, { ...ctx(t), rng: o.rng, dtMs: step, intensity: o.intensity ?? 1 });
    for (const cmd of cmds) apply(cmd, t);
  }
  return s;
}
