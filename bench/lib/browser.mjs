// Headless Chromium (the system build, through playwright-core) and the CDP calls the harness uses:
// CPU throttling, forced GC and heap usage.
import { chromium } from 'playwright-core';
import { browserInstallHint, chromiumArgs, chromiumPath } from '../../chromium.config.mjs';

/** Launches the system Chromium; exits with an install hint when there is none. */
export async function launch() {
  if (!chromiumPath) {
    console.error(`No Chromium found for the benchmarks. Install it: ${browserInstallHint}`);
    process.exit(1);
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  return browser;
}

/** A page with a CDP session; `throttle(rate)` applies to this page's main thread. */
export async function openPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e?.stack ?? e)));
  return {
    page,
    cdp,
    errors,
    throttle: (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }),
    close: () => page.close(),
  };
}

/** Navigates to a shell page and waits until its entry is evaluated and ready. Returns ms since navigation start. */
export async function loadEntry(p, url, timeoutMs = 120_000) {
  await p.page.goto(url, { waitUntil: 'commit' });
  await p.page.waitForFunction(() => globalThis.__hccBench !== undefined, undefined, { timeout: timeoutMs, polling: 20 });
  const state = await p.page.evaluate(() => ({ error: globalThis.__hccBench.error, readyAt: globalThis.__hccBench.readyAt }));
  if (state.error) throw new Error(`${url}: ${state.error}`);
  return state.readyAt;
}

/** Calls the entry's `setup(params)` (if any) and keeps its result as the state of later calls. */
export async function setup(p, params) {
  await p.page.evaluate(async (params) => {
    const b = globalThis.__hccBench;
    b.state = typeof b.mod.setup === 'function' ? await b.mod.setup(params) : undefined;
  }, params ?? {});
}

/**
 * Runs one exported function, timed in the page. Long tasks that started during the call are
 * returned too; `result` is what the function returned (JSON), for equality checks.
 */
export async function timedCall(p, fn, params) {
  // Pages of one figure share a window: only the front tab renders (animation frames, ResizeObserver).
  await p.page.bringToFront();
  return p.page.evaluate(
    async ({ fn, params }) => {
      const b = globalThis.__hccBench;
      const f = b.mod[fn];
      if (typeof f !== 'function') throw new Error(`the bench entry exports no function ${fn}`);
      // Run inside a task of the page's event loop: work done directly in a DevTools evaluation is
      // not attributed to the frame and would never show up as a long task.
      const { t0, t1, result } = await new Promise((resolve, reject) => {
        setTimeout(async () => {
          try {
            const t0 = performance.now();
            const result = await f(b.state, params);
            resolve({ t0, t1: performance.now(), result });
          } catch (e) {
            reject(e);
          }
        }, 0);
      });
      // Long-task entries are delivered after the task ends.
      await new Promise((r) => setTimeout(r, 10));
      const tasks = globalThis.__hccLongTasks.filter((t) => t.start + t.duration > t0 && t.start < t1);
      let json;
      try {
        json = JSON.parse(JSON.stringify(result ?? null));
      } catch {
        json = String(result);
      }
      return { ms: t1 - t0, result: json, longTasks: tasks };
    },
    { fn, params },
  );
}

/** Long tasks recorded from navigation start until the entry was ready. */
export async function loadLongTasks(p) {
  return p.page.evaluate(() => {
    const readyAt = globalThis.__hccBench.readyAt;
    return globalThis.__hccLongTasks.filter((t) => t.start < readyAt);
  });
}

/** Total blocking time: the part of each long task beyond 50 ms. */
export function blockingTime(tasks) {
  return tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}

/** JS heap in use after repeated forced GC (bytes). */
export async function heapUsed(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Host speed: a fixed integer loop in an unthrottled page, best of five (ms). Lower is faster;
 * compare runs on the same machine only.
 */
export async function hostSpeed(context, origin) {
  const p = await openPage(context);
  await p.page.goto(`${origin}/blank.html`);
  const times = await p.page.evaluate(() => {
    const out = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      let x = 0;
      for (let i = 0; i < 20_000_000; i++) x = (x + i * 31) % 1_000_003;
      out.push(performance.now() - t0);
      if (x < 0) out.push(x);
    }
    return out;
  });
  await p.close();
  return { loopMs: Math.min(...times), samplesMs: times, iterations: 20_000_000 };
}
