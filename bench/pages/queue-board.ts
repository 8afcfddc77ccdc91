/**
 * Bench page: `<hcc-queue-board>` at 1920×1080 on a busy hall (about 200 tickets in the queue state:
 * waiting, at counters, finished in the last hours), fed a stream of real engine events through a
 * MemorySource, as the SSE adapter would deliver them. Sound off (no speech engine in headless
 * Chromium); staleness, the clock and the wait estimates all run.
 */
import '../../src/queue.js';
import type { HccQueueBoard } from '../../src/queue.js';
import { simulateHall } from '../../src/core/queue/hall-scene.js';
import { defaultBoardUnit } from '../../src/core/queue/board-model.js';
import { parseIso } from '../../src/core/time/index.js';
import { halongOrg } from '../../src/data/seed/org.js';
import { createRng } from '../../src/data/seed/rng.js';
import { MemorySource } from '../../src/data/adapters/memory/memory-source.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { QueueEvent } from '../../src/data/schemas/queue.js';

/** Parameters of {@link updates}. */
export interface UpdateParams {
  /** Updates per call. */
  n: number;
  /** Updates per second (pacing between updates, as a hall delivers them). */
  perSecond: number;
}

interface State {
  board: HccQueueBoard;
  source: MemorySource;
  events: QueueEvent[];
  next: number;
}

let state: State | undefined;

/** Builds the hall (engine + simulator, deterministic), renders the board and prepares the day's further events. */
export async function setup(): Promise<State> {
  if (state) return state;
  const org = halongOrg();
  const unitId = defaultBoardUnit(org)!;
  const rng = createRng('bench-hall');
  const from = parseIso('2026-03-02T07:30:00+07:00')!;
  // 07:30–09:30 of a busy morning leaves about 200 tickets in the state; the rest of the day (to
  // 17:00) gives about 2 800 further events, more than a figure uses (2 rates × 8 calls × 100).
  const start = simulateHall({ org, unitId, from, durationMs: 120 * 60_000, rng: () => rng.float(), intensity: 1.6, epoch: 'bench' });
  const events: QueueEvent[] = [];
  simulateHall({ org, unitId, from: from + 120 * 60_000, durationMs: 450 * 60_000, rng: () => rng.float(), intensity: 1.6, start, stepMs: 2000, onEvents: (e) => events.push(...e) });
  const source = new MemorySource({ org, snapshots: [start] });
  setDefaultSource(source);
  const board = document.createElement('hcc-queue-board');
  board.setAttribute('audio', 'off');
  board.setAttribute('theme', 'dark');
  board.setAttribute('layout', 'landscape');
  board.style.cssText = 'display:block;width:1920px;height:1080px';
  document.body.append(board);
  await new Promise<void>((resolve) => {
    const check = () => (board.shadowRoot?.querySelector('.body') ? resolve() : setTimeout(check, 20));
    check();
  });
  state = { board, source, events, next: 0 };
  return state;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Feeds `n` events at `perSecond` and returns the mean script time per update (ms): from handing the
 * event to the data layer (validation, fold, announcement decision) until the board has re-rendered.
 */
export async function updates(s: State, p: UpdateParams): Promise<{ value: number; tickets: number }> {
  let total = 0;
  const gap = 1000 / p.perSecond;
  for (let i = 0; i < p.n; i++) {
    const e = s.events[s.next++];
    if (!e) throw new Error('bench: ran out of prepared events; simulate a longer day');
    const t0 = performance.now();
    s.source.emit(e);
    await s.board.updateComplete;
    const spent = performance.now() - t0;
    total += spent;
    await pause(Math.max(0, gap - spent));
  }
  const snapshot = await s.source.snapshot(s.board.getAttribute('unit-id') || defaultBoardUnit(await s.source.org())!);
  return { value: total / p.n, tickets: snapshot.tickets.length };
}
