/**
 * Hall scenes for the hall-screen demo, the stories and the docs' screenshots: the Hạ Long centre's
 * queue driven by the real engine and simulator to a given moment, deterministically.
 */
import { simulateHall } from '../src/core/queue/hall-scene.js';
import { applyCommand, type QueueContext } from '../src/core/queue/engine.js';
import { parseIso, type Clock } from '../src/core/time/index.js';
import { halongOrg } from '../src/data/seed/org.js';
import { createRng } from '../src/data/seed/rng.js';
import { HALONG_CENTRE } from '../src/data/seed/halong-units.js';
import type { OrgData } from '../src/data/schemas/org.js';
import type { QueueCommand, QueueSnapshot } from '../src/data/schemas/queue.js';
import { MemorySource } from '../src/data/adapters/memory/memory-source.js';

/** Scenes the demo and stories can show. */
export type HallSceneName = 'busy' | 'empty' | 'closed' | 'quiet';

/** A scene: the organisation, the unit's queue and the moment it shows. */
export interface HallScene {
  org: OrgData;
  unitId: string;
  snapshot: QueueSnapshot;
  /** The moment of the scene, epoch ms (a few seconds after the last event). */
  now: number;
}

const CENTRE = HALONG_CENTRE.id;
let cachedOrg: OrgData | undefined;
/** The demo organisation (Hạ Long), built once. */
export function demoOrg(): OrgData {
  return (cachedOrg ??= halongOrg());
}

function counterIds(org: OrgData, fieldId?: string): string[] {
  return org.counters.filter((c) => c.unitId === CENTRE && (!fieldId || c.fieldIds.includes(fieldId))).map((c) => c.id);
}

/**
 * Builds a scene. `busy`: 09:40 on a Monday, a full hall, a recall and a priority call among the last
 * calls, one counter paused and one closed. `quiet`: the same hall at 07:45, few people. `empty`:
 * 07:25, before the first ticket. `closed`: 17:40, every counter closed after the day.
 */
export function hallScene(name: HallSceneName): HallScene {
  const org = demoOrg();
  const day = '2026-03-02';
  const at = (hhmm: string) => parseIso(`${day}T${hhmm}:00+07:00`)!;
  const rng = createRng(`hall-${name}`);
  const r = () => rng.float();
  const ctx = (now: number): QueueContext => ({ now, offsetMinutes: 420, org });
  if (name === 'empty') {
    const snapshot = simulateHall({ org, unitId: CENTRE, from: at('07:25'), durationMs: 0, rng: r, epoch: 'demo-empty' });
    return { org, unitId: CENTRE, snapshot, now: at('07:25') + 5000 };
  }
  const ids = counterIds(org);
  if (name === 'closed') {
    let s = simulateHall({ org, unitId: CENTRE, from: at('16:30'), durationMs: 60 * 60_000, rng: r, intensity: 0.6, epoch: 'demo-closed' });
    let t = at('17:35');
    for (const id of ids) {
      const out = applyCommand(s, { type: 'close', counterId: id }, ctx((t += 2000)));
      if (out.ok) s = out.snapshot;
    }
    return { org, unitId: CENTRE, snapshot: s, now: t + 5 * 60_000 };
  }
  const quiet = name === 'quiet';
  const from = at('07:30');
  const end = quiet ? at('07:45') : at('09:40');
  const land = counterIds(org, 'dat-dai');
  const before: QueueCommand[] = quiet ? [] : [
    { type: 'pause', counterId: ids[6]!, reason: 'Họp giao ban' },
    { type: 'close', counterId: ids[9]! },
  ];
  let s = simulateHall({ org, unitId: CENTRE, from, durationMs: end - from - 60_000, rng: r, intensity: quiet ? 0.8 : 2.4, epoch: `demo-${name}`, before });
  // The last minute is scripted so the screen shows a recall and a priority call.
  let t = end - 60_000;
  const run = (cmd: QueueCommand, dt: number) => {
    t += dt;
    const out = applyCommand(s, cmd, ctx(t));
    if (out.ok) s = out.snapshot;
  };
  if (!quiet) {
    // Call again a citizen who has not come yet (or, failing that, the one served longest at an open counter).
    const active = (status: string) => s.counters.find((c) => c.status === 'open' && c.ticketId && s.tickets.find((x) => x.id === c.ticketId)?.status === status);
    const again = active('called') ?? active('serving');
    if (again) run({ type: 'recall', counterId: again.counterId }, 15_000);
    run({ type: 'issue', unitId: CENTRE, serviceId: 'dat-dai', priority: 'elderly' }, 10_000);
    if (land[0]) run({ type: 'call-next', counterId: land[0] }, 20_000);
  }
  return { org, unitId: CENTRE, snapshot: s, now: t + 8_000 };
}

/** A MemorySource holding a scene's organisation and queue. */
export function sceneSource(scene: HallScene, clock?: Clock): MemorySource {
  return new MemorySource({ org: scene.org, snapshots: [scene.snapshot], ...(clock ? { clock } : {}) });
}

/**
 * A clock frozen at `now` (its timers still run): a still picture of the board for screenshots and
 * stories of a single state.
 */
export function frozenClock(now: number): Clock {
  return {
    now: () => now,
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as number),
  };
}

/**
 * A clock that starts at `now` and then runs in real time (stories that show the board live, from a
 * scene's moment).
 */
export function clockFrom(now: number): Clock {
  const offset = now - Date.now();
  return {
    now: () => Date.now() + offset,
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as number),
  };
}
