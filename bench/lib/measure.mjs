// Measurement of one figure: ours and the peer alternately, in the same browser, after a discarded
// warm-up. Samples are in base units (ms, bytes, or the page's own unit for `value`).
import { blockingTime, heapUsed, loadEntry, loadLongTasks, openPage, setup, timedCall } from './browser.mjs';
import { sizeOf } from './build.mjs';

/** Normalises `ours`/`peer` declarations to `{ key, entry, fn, label }`. */
export function sides(figure, suite) {
  const entryKeys = Object.keys(suite.entries);
  const norm = (side, key) => {
    if (side === undefined) return undefined;
    const s = typeof side === 'string' ? { fn: side } : { ...side };
    s.entry ??= figure.entry ?? (entryKeys.length === 1 ? entryKeys[0] : undefined);
    if (!s.entry || !suite.entries[s.entry]) throw new Error(`figure ${figure.name}: ${key} needs an entry (one of ${entryKeys.join(', ')})`);
    if (['time', 'value'].includes(figure.kind) && !s.fn) throw new Error(`figure ${figure.name}: ${key} needs fn for kind ${figure.kind}`);
    return { key, entry: s.entry, fn: s.fn, label: s.label ?? s.fn ?? s.entry };
  };
  return [norm(figure.ours, 'ours'), norm(figure.peer, 'peer')].filter(Boolean);
}

/** Alternates the order each round so drift (thermal, other load) hits both sides alike. */
const roundOrder = (list, i) => (i % 2 ? [...list].reverse() : list);

function sampleValue(kind, call) {
  if (kind === 'time') return call.ms;
  if (kind === 'longtasks') return blockingTime(call.longTasks);
  const r = call.result;
  const v = typeof r === 'number' ? r : r && typeof r === 'object' ? r.value : undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`value figure: the function must return a number or { value: number }, got ${JSON.stringify(r)}`);
  return v;
}

/**
 * Functions in an already loaded page (`time`, `value`, `longtasks` with `fn`). One page per entry,
 * loaded and set up unthrottled; the rate applies to the calls only.
 */
async function inPage(env, figure, list, rates, runs, params) {
  const pages = new Map();
  try {
    for (const s of list) {
      if (pages.has(s.entry)) continue;
      const p = await openPage(env.context);
      pages.set(s.entry, p);
      await loadEntry(p, env.pageUrl(s.entry));
      await setup(p, params);
    }
    const rows = [];
    for (const rate of rates) {
      for (const p of pages.values()) await p.throttle(rate);
      const samples = Object.fromEntries(list.map((s) => [s.key, []]));
      const warm = {};
      for (const s of list) warm[s.key] = await timedCall(pages.get(s.entry), s.fn, params);
      if (figure.sameResult && list.length === 2 && JSON.stringify(warm.ours.result) !== JSON.stringify(warm.peer.result)) {
        throw new Error(`ours and peer disagree: ${JSON.stringify(warm.ours.result).slice(0, 200)} vs ${JSON.stringify(warm.peer.result).slice(0, 200)}`);
      }
      for (let i = 0; i < runs; i++) {
        for (const s of roundOrder(list, i)) samples[s.key].push(sampleValue(figure.kind, await timedCall(pages.get(s.entry), s.fn, params)));
      }
      rows.push({ rate, samples, result: warm.ours.result });
    }
    for (const p of pages.values()) if (p.errors.length) throw new Error(`page errors: ${p.errors.join('; ')}`);
    return rows;
  } finally {
    for (const p of pages.values()) await p.throttle(1).catch(() => {});
    for (const p of pages.values()) await p.close().catch(() => {});
  }
}

/** Fresh page loads (`ready`, `longtasks` without `fn`), each in a new browser context (cold caches). */
async function loads(env, figure, list, rates, runs) {
  const rows = [];
  for (const rate of rates) {
    const samples = Object.fromEntries(list.map((s) => [s.key, []]));
    for (let i = -1; i < runs; i++) {
      for (const s of roundOrder(list, i + 1)) {
        const context = await env.browser.newContext();
        try {
          const p = await openPage(context);
          await p.throttle(rate);
          const readyAt = await loadEntry(p, env.pageUrl(s.entry));
          const value = figure.kind === 'ready' ? readyAt : blockingTime(await loadLongTasks(p));
          if (p.errors.length) throw new Error(`page errors: ${p.errors.join('; ')}`);
          if (i >= 0) samples[s.key].push(value);
        } finally {
          await context.close();
        }
      }
    }
    rows.push({ rate, samples });
  }
  return rows;
}

/**
 * JS heap of the loaded entry (plus `fn`'s work) over the same shell page with an empty entry, each
 * sample in a new context.
 */
async function heap(env, figure, list, runs, params) {
  const samples = Object.fromEntries(list.map((s) => [s.key, []]));
  for (let i = -1; i < runs; i++) {
    for (const s of roundOrder(list, i + 1)) {
      const context = await env.browser.newContext();
      try {
        const p = await openPage(context);
        await loadEntry(p, `${env.origin}/page/__empty.html`);
        const blank = await heapUsed(p.cdp);
        await loadEntry(p, env.pageUrl(s.entry));
        if (s.fn) {
          await setup(p, params);
          await timedCall(p, s.fn, params);
        }
        const used = await heapUsed(p.cdp);
        if (p.errors.length) throw new Error(`page errors: ${p.errors.join('; ')}`);
        if (i >= 0) samples[s.key].push(used - blank);
      } finally {
        await context.close();
      }
    }
  }
  return [{ rate: null, samples }];
}

/** gzip -9 size of each side's built entry (one sample: the build is deterministic); see `Suite.split`. */
function size(env, list) {
  const samples = Object.fromEntries(list.map((s) => [s.key, [env.builtGzip?.(s.entry) ?? sizeOf(env.builtFile(s.entry)).gzip]]));
  return [{ rate: null, samples }];
}

/**
 * Measures a figure.
 * @returns {Promise<Array<{ rate: number | null, samples: Record<string, number[]>, result?: unknown }>>}
 */
export async function measure(env, suite, figure, { rates, runs, params: given }) {
  const params = given ?? {};
  const list = sides(figure, suite);
  switch (figure.kind) {
    case 'time':
    case 'value':
      return inPage(env, figure, list, rates, runs, params);
    case 'longtasks':
      return list.every((s) => s.fn) ? inPage(env, figure, list, rates, runs, params) : loads(env, figure, list, rates, runs);
    case 'ready':
      return loads(env, figure, list, rates, runs);
    case 'heap':
      return heap(env, figure, list, runs, params);
    case 'size':
      return size(env, list);
    default:
      throw new Error(`figure ${figure.name}: unknown kind ${figure.kind}`);
  }
}
