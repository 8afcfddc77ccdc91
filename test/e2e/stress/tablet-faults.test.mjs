// Fault injection on the rating tablet, in real Chromium pages driven by Playwright: the tablet page
// (test/integration/rating/rating-station.ts, bundled with esbuild and served by the reference server
// itself, so page and API share one origin) runs <hcc-rating-form> on the real HTTP adapter and the
// real RatingOutbox in IndexedDB, against the reference server (its own process, with fault injection).
// Reloads are real page reloads, the two tabs are two real pages of one browser profile, and the full
// disk is a real storage quota (DevTools protocol `Storage.overrideQuotaForOrigin`, which Chromium
// enforces only in a persistent profile, hence `launchPersistentContext`).
//
// Not part of `npm test`: `npm run test:stress` runs it, or
//   node --test --test-reporter=spec test/e2e/stress/tablet-faults.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../chromium.config.mjs';
import { ROOT } from '../lib/paths.mjs';
import { startRefServer } from '../lib/refserver.mjs';

const T0 = Date.UTC(2026, 2, 4, 1, 0, 0); // 08:00 in Hạ Long
const HOUR = 3_600_000;

let site;
let profile;
let context;

before(async () => {
  if (!chromiumPath) throw new Error('No Chromium: sudo apt-get install -y chromium fonts-noto-core (or set CHROME_PATH)');
  // The tablet page as a site: one HTML file and the bundled station script.
  site = mkdtempSync(join(tmpdir(), 'hcc-stress-site-'));
  await build({
    entryPoints: { station: join(ROOT, 'test/integration/rating/rating-station.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: site,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(site, 'station.html'),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Rating station</title>' +
      '<style>html, body { margin: 0; height: 100%; } hcc-rating-form { height: 100%; }</style></head>' +
      '<body><script type="module" src="./station.js"></script></body></html>',
  );
  profile = mkdtempSync(join(tmpdir(), 'hcc-stress-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1024, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
});

after(async () => {
  await context?.close();
  for (const dir of [site, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A reference server serving the tablet page; `server.faults(config)` replaces the fault configuration. */
async function tabletServer() {
  const server = await startRefServer({ casesPerYear: 300, args: ['--static', site] });
  const org = await (await fetch(`${server.api}/org`)).json();
  return {
    ...server,
    unitId: org.units.find((u) => u.parentId).id,
    faults: (config) => server.admin('POST', '/__admin/faults', config),
    state: () => server.admin('GET', '/__admin/state'),
    /** Ratings the server lists for a window of time, as `{ id, deviceId, unitId }`. */
    async listed(from, to) {
      const q = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
      return (await (await fetch(`${server.api}/ratings?${q}`)).json()).items;
    },
  };
}

/** The station URL for one tablet database. */
function stationUrl(server, db, extra = {}) {
  const q = new URLSearchParams({ api: server.api, db, unit: server.unitId, t0: String(T0), batchSize: '200', baseMs: '200', maxMs: '2000', timeoutMs: '3000', intervalMs: '1000', ...extra });
  return `${server.origin}/station.html?${q}`;
}

/** Loads (or reloads) a station page and waits for its outbox's first state. */
async function stationReady(page) {
  await page.waitForFunction(() => window.ratingStation !== undefined, null, { timeout: 60_000, polling: 50 });
}

async function openStation(url) {
  const page = await context.newPage();
  await page.goto(url);
  await stationReady(page);
  return page;
}

/** The page's outbox state. */
const outboxState = (page) => page.evaluate(() => window.ratingStation.state());

/** Waits, polling in the page, until `predicate(state, arg)` holds for the outbox state. */
async function untilState(page, predicate, arg, timeout, what) {
  const source = `(() => { const s = window.ratingStation?.state(); return !!s && (${predicate})(s, ${JSON.stringify(arg)}); })()`;
  try {
    await page.waitForFunction(source, null, { timeout, polling: 10 });
  } catch (e) {
    const s = await outboxState(page).catch(() => undefined);
    throw new Error(`${what}: not reached within ${timeout} ms (state ${JSON.stringify(s)})`, { cause: e });
  }
}

/** Rates `n` times through the form's screen, as citizens do; returns the ids. */
function rateOnScreen(page, n, over = {}) {
  return page.evaluate(
    async ({ n, over }) => {
      const s = window.ratingStation;
      if (over.ticket !== undefined) s.form.ticket = over.ticket;
      if (over.unitId !== undefined) s.form.unitId = over.unitId;
      const levels = ['very_satisfied', 'satisfied', 'very_satisfied', 'dissatisfied'];
      const ids = [];
      for (let i = 0; i < n; i++) ids.push(await s.rate(levels[i % levels.length]));
      return ids;
    },
    { n, over },
  );
}

/**
 * Stores `n` ratings straight into the page's RatingOutbox (the form's own outbox), `concurrency`
 * writers at a time, made as the form makes them (this device, one unit, a kiosk day from `from`).
 * Returns the ids.
 */
function queueInOutbox(page, n, from, concurrency = 16) {
  return page.evaluate(
    async ({ n, from, concurrency }) => {
      const s = window.ratingStation;
      const outbox = s.outbox();
      const levels = ['very_satisfied', 'satisfied', 'very_satisfied', 'satisfied', 'dissatisfied'];
      const ids = new Array(n);
      let next = 0;
      const writer = async () => {
        for (let i = next++; i < n; i = next++) {
          const level = levels[i % levels.length];
          const r = {
            id: crypto.randomUUID(),
            createdAt: new Date(from + i * 2000).toISOString(),
            unitId: s.form.unitId,
            scale: 3,
            level,
            reasons: level === 'dissatisfied' ? ['slow'] : [],
            lang: 'vi',
            deviceId: s.form.effectiveDeviceId,
          };
          ids[i] = r.id;
          await outbox.add(r);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, writer));
      return ids;
    },
    { n, from, concurrency },
  );
}

/** Posts ratings as another, online tablet. */
async function postAsAnotherTablet(server, tickets) {
  const ratings = tickets.map((ticket, i) => ({
    id: crypto.randomUUID(),
    createdAt: new Date(T0 - HOUR + i * 1000).toISOString(),
    unitId: server.unitId,
    ticket,
    scale: 3,
    level: 'satisfied',
    reasons: [],
    lang: 'vi',
    deviceId: 'another-tablet',
  }));
  const res = await fetch(`${server.api}/ratings/batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ratings }) });
  assert.equal((await res.json()).accepted.length, tickets.length);
}

/** The form's visible text (shadow root), whitespace collapsed. */
const formText = (page) => page.evaluate(() => window.ratingStation.form.shadowRoot.textContent.replace(/\s+/g, ' '));

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

describe('rating tablet under faults (real pages, real IndexedDB, reference server)', { timeout: 900_000 }, () => {
  it('10,000 ratings queued offline reach the server exactly once through drops, lost answers, 500s, timeouts, slow answers and two reloads mid-sync; only the deliberate refusals stay, as dead letters, and are not retried', async () => {
    const server = await tabletServer();
    const page = await openStation(stationUrl(server, `stress-10k-${crypto.randomUUID()}`));
    try {
      // Another tablet, online, already rated three visits this tablet will rate too.
      await postAsAnotherTablet(server, ['DUP-1', 'DUP-2', 'DUP-3']);
      const before = await server.state();

      // Phase 1: the server is unreachable (every batch request dropped) for the whole day.
      await server.faults({ drop: 1, paths: 'ratings/batch' });
      const deviceId = await page.evaluate(() => window.ratingStation.form.effectiveDeviceId);
      const t1 = Date.now();
      // 50 citizens rate on the screen; 9,950 more ratings go into the same outbox the way the form
      // puts them there (the screen's pace is not what is under test).
      const valid = [...(await rateOnScreen(page, 50)), ...(await queueInOutbox(page, 9950, T0 + HOUR))];
      // Refused on purpose by the server: the three visits the other tablet rated first
      // (duplicate-ticket) and two ratings for a unit the centre does not have (unknown-unit).
      const refused = [];
      for (const ticket of ['DUP-1', 'DUP-2', 'DUP-3']) refused.push(`${(await rateOnScreen(page, 1, { ticket }))[0]} duplicate-ticket`);
      await page.evaluate(() => (window.ratingStation.form.ticket = ''));
      for (const id of await rateOnScreen(page, 2, { unitId: 'no-such-unit' })) refused.push(`${id} unknown-unit`);
      const queuedMs = Date.now() - t1;

      assert.equal(new Set(valid).size, 10_000);
      await untilState(page, (s) => s.pending === 10_005, null, 30_000, 'all 10,005 stored locally');
      assert.equal((await server.state()).ratings.stored, before.ratings.stored, 'nothing reached the server');

      // Phase 2: the network comes back, badly. Answers are delayed up to 1.5 s (the client gives up
      // after 3 s), some requests are dropped before or after the server commits, answered with 500,
      // or never answered. The page is reloaded twice while it sends.
      await server.faults({ drop: 0.1, dropAfter: 0.15, fail500: 0.1, timeout: 0.04, delayMs: [0, 1500], paths: 'ratings/batch', seed: 100_005 });
      const t2 = Date.now();
      await page.evaluate(() => void window.ratingStation.outbox().syncNow());
      const reloadsAt = [];
      for (const below of [7000, 3500]) {
        await untilState(page, (s, below) => s.syncing && s.pending <= below && s.pending > 0, below, 300_000, `a send in flight with at most ${below} left`);
        reloadsAt.push((await outboxState(page)).pending);
        await page.reload();
        await stationReady(page);
        assert.equal(await page.evaluate(() => window.ratingStation.form.effectiveDeviceId), deviceId, 'the same device after the reload');
      }
      await untilState(page, (s) => s.pending === 0 && s.deadLetters === 5 && !s.syncing, null, 420_000, 'outbox drained');
      const syncMs = Date.now() - t2;

      const after = await server.state();
      await server.faults({});
      const counts = after.faults.counts;
      for (const kind of ['drop', 'dropAfter', 'fail500', 'timeout', 'delayed']) assert.ok(counts[kind] > 0, `fault ${kind} happened (${JSON.stringify(counts)})`);

      // The server holds exactly the 10,000 valid ratings, each once.
      assert.equal(after.ratings.stored - before.ratings.stored, 10_000, 'rows');
      assert.equal(after.ratings.distinctIds - before.ratings.distinctIds, 10_000, 'distinct ids');
      const mine = (await server.listed(T0 - HOUR, T0 + 12 * HOUR)).filter((r) => r.deviceId === deviceId);
      assert.deepEqual(mine.map((r) => r.id).sort(), [...valid].sort());

      // Locally only the deliberate refusals remain, as dead letters with their reason, and the badge says so.
      const local = await page.evaluate(async () => {
        const o = window.ratingStation.outbox();
        return { state: o.state, pending: (await o.pendingItems(10)).length, dead: (await o.deadLetters()).map((d) => `${d.id} ${d.code}`) };
      });
      assert.equal(local.pending, 0);
      assert.equal(local.state.quarantined, 0);
      assert.deepEqual(local.dead.sort(), refused.sort());
      assert.match(await formText(page), /5 bị từ chối/);

      // Not retried forever: with the network healthy, a manual sync and several periodic syncs send
      // nothing more, and the dead letters are still there after another restart.
      const sends = after.requests['POST /ratings/batch'];
      await page.evaluate(() => window.ratingStation.outbox().syncNow());
      await new Promise((r) => setTimeout(r, 3500));
      await page.reload();
      await stationReady(page);
      await untilState(page, (s) => s.deadLetters === 5 && s.pending === 0, null, 10_000, 'dead letters kept across a restart');
      await new Promise((r) => setTimeout(r, 2500));
      assert.ok(sends >= 50, `at least one request per batch of 200 (${sends})`);
      assert.equal((await server.state()).requests['POST /ratings/batch'], sends, 'no batch sent once only refusals are left');

      console.log(
        `10,000 ratings: queued offline in ${seconds(queuedMs)}, synced in ${seconds(syncMs)} through ${sends} batch requests ` +
          `(faults ${JSON.stringify(counts)}), reloads with ${reloadsAt.join(' and ')} pending; server: +${after.ratings.stored - before.ratings.stored} rows, ` +
          `+${after.ratings.distinctIds - before.ratings.distinctIds} distinct ids; dead letters ${local.dead.length}`,
      );
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
