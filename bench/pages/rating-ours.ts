/**
 * Bench page: `<hcc-rating-form>` as a counter tablet runs it (kiosk scale, default three-level
 * question, the page's outbox in IndexedDB). The back end is a sink in the page: `online` accepts
 * every batch at once (a server on the LAN), `offline` refuses every send the way a failed fetch
 * does, so ratings pile up and the outbox retries in the background with backoff.
 */
import '../../src/rating.js';
import type { HccRatingForm } from '../../src/rating.js';
import type { Clock } from '../../src/core/time/index.js';
import type { DataSource } from '../../src/data/ports.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { ANSWERS, quantile, tapOn, type TapParams } from './rating-shared.js';

/** The kiosk's clock, moved past the thank-you screen and the minimum interval after each tap. */
class StepClock implements Clock {
  private t = Date.now();
  private timers = new Map<number, { at: number; fn: () => void }>();
  private seq = 0;
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    this.timers.set(++this.seq, { at: this.t + ms, fn });
    return this.seq;
  }
  clearTimeout(h: unknown): void {
    this.timers.delete(h as number);
  }
  advance(ms: number): void {
    this.t += ms;
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.t || !this.timers.has(id)) continue;
      this.timers.delete(id);
      timer.fn();
    }
  }
}

const clock = new StepClock();
let form: HccRatingForm;

let online = true;
const sink = {
  kind: 'bench',
  submitBatch: async (ratings: { id: string }[]) => {
    if (!online) throw new TypeError('Failed to fetch');
    return { accepted: ratings.map((r) => r.id), duplicates: [], rejected: [] };
  },
} as unknown as DataSource;

/**
 * Renders the form: the question is on screen and taps are taken (a tap before the storage side has
 * loaded is stored as soon as it has; "thank you" waits for the commit either way).
 */
export async function ready(): Promise<void> {
  setDefaultSource(sink);
  form = document.createElement('hcc-rating-form');
  form.setAttribute('unit-id', 'bai-chay');
  form.setAttribute('queue', 'off');
  form.setAttribute('officer-display', 'none');
  form.setAttribute('scale', 'kiosk');
  form.setAttribute('outbox-db', `hcc-bench-rating-${crypto.randomUUID()}`);
  form.clock = clock;
  document.body.append(form);
  await form.updateComplete;
}

/** Waits until the storage side loaded after the first render is open (outbox state read from IndexedDB). */
export async function settled(): Promise<number> {
  await form.storeLoaded;
  await form.outbox!.ready;
  return form.outbox!.state.pending;
}

export async function setup(params?: Partial<TapParams>): Promise<{ form: HccRatingForm }> {
  online = params?.backEnd !== 'offline';
  await settled();
  return { form };
}

/**
 * Waits until the outbox is quiet: online, the last rating delivered; offline, no attempt running.
 * Citizens come seconds apart (the form itself enforces 5 s), so a tap never meets the previous
 * rating's upload in practice; the taps here must not either.
 */
function quiet(): Promise<void> {
  const outbox = form.outbox!;
  const done = () => !outbox.state.syncing && (!online || outbox.state.pending === 0);
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = outbox.subscribe(() => {
      if (!done()) return;
      queueMicrotask(() => off());
      resolve();
    });
  });
}

/** Taps an answer `taps` times (one citizen each) and returns the p50 or p95 of tap → stored in IndexedDB, in ms. */
export async function tapToStored(_state: unknown, { taps, stat }: TapParams): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < taps; i++) {
    const label = ANSWERS[i % 2]!.text;
    const button = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) => b.textContent?.trim() === label)!;
    const stored = new Promise<void>((resolve) => form.addEventListener('hcc-rating-stored', () => resolve(), { once: true }));
    const t0 = performance.now();
    tapOn(button);
    await stored;
    times.push(performance.now() - t0);
    while (form.screen !== 'thanks') await form.updateComplete;
    clock.advance(6000);
    await form.updateComplete;
    await quiet();
  }
  return quantile(times, stat === 'p50' ? 0.5 : 0.95);
}
