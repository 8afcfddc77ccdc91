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
    /** The ratings the server lists for a window of time (epoch ms, `to` exclusive). */
    async listed(from, to) {
      const q = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
      return (await (await fetch(`${server.api}/ratings?${q}`)).json()).items;
    },
  };
}

/** The station URL for one tablet database. */
function stationUrl(server, db, extra = {}) {
  const q = new URLSearchParams({ api: server.api, db, unit: server.unitId, t0: String(T0), batchSize: '200', baseMs: '200', maxMs: '2000', timeoutMs: '2500', intervalMs: '1000', ...extra });
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
    const page = await openStation(stationUrl(server, `stress-10k-${crypto.randomUUID()}`, { batchSize: '250', timeoutMs: '1000' }));
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

      // Phase 2: the network comes back, badly. Requests are dropped before or after the server
      // commits, answered with 500 or with broken JSON, or never answered; every answer is delayed up
      // to 1.2 s, and the tablet gives up after 1 s, so some batches are stored by the server after
      // the tablet stopped waiting (and sent them again). The page is reloaded twice while it sends.
      await server.faults({ drop: 0.1, dropAfter: 0.15, fail500: 0.1, timeout: 0.04, malformed: 0.05, delayMs: [0, 1200], paths: 'ratings/batch', seed: 100_005 });
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
      for (const kind of ['drop', 'dropAfter', 'fail500', 'timeout', 'malformed', 'delayed']) assert.ok(counts[kind] > 0, `fault ${kind} happened (${JSON.stringify(counts)})`);

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
      assert.ok(sends >= 40, `at least one request per batch of 250 (${sends})`);
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

  it('two tabs of the tablet page, open at once, queue and sync the same outbox: every rating reaches the server exactly once', async () => {
    const server = await tabletServer();
    const url = stationUrl(server, `stress-tabs-${crypto.randomUUID()}`);
    const tabs = [await openStation(url), await openStation(url)];
    /** Ids each tab's outbox reported delivered (accepted or duplicate), summed over its page loads. */
    const sent = [0, 0];
    const watch = (page) =>
      page.evaluate(() => {
        window.sentIds = 0;
        window.ratingStation.outbox().addEventListener('synced', (e) => (window.sentIds += e.detail.ids.length));
      });
    const collect = async (i) => (sent[i] += await tabs[i].evaluate(() => window.sentIds));
    try {
      await Promise.all(tabs.map(watch));
      const before = await server.state();
      await server.faults({ drop: 1, paths: 'ratings/batch' });

      // Offline, both tabs take ratings at the same time: 10 on each screen, 1,500 more into each tab's outbox.
      const queued = (
        await Promise.all(tabs.map(async (page, i) => [...(await rateOnScreen(page, 10)), ...(await queueInOutbox(page, 1500, T0 + HOUR + i * 1000))]))
      ).flat();
      for (const page of tabs) await untilState(page, (s) => s.pending === 3020, null, 30_000, 'both tabs see all 3,020 pending');

      // Online again, badly; both tabs are told to sync at once and keep taking ratings while they sync.
      await server.faults({ drop: 0.1, dropAfter: 0.15, fail500: 0.1, timeout: 0.04, delayMs: [0, 800], paths: 'ratings/batch', seed: 22 });
      const t = Date.now();
      await Promise.all(tabs.map((page) => page.evaluate(() => void window.ratingStation.outbox().syncNow())));
      queued.push(...(await Promise.all(tabs.map((page, i) => queueInOutbox(page, 250, T0 + 4 * HOUR + i * 1000, 2)))).flat());

      /** The tab sending now: the one whose delivered count grows, with a send in flight. */
      const sender = async () => {
        const base = await Promise.all(tabs.map((p) => p.evaluate(() => window.sentIds)));
        for (let i = 0; i < 6000; i++) {
          for (const k of [0, 1]) {
            const [n, syncing] = await tabs[k].evaluate(() => [window.sentIds, window.ratingStation.outbox().state.syncing]);
            if (n > base[k] && syncing) return k;
          }
          await new Promise((r) => setTimeout(r, 10));
        }
        throw new Error('no tab is sending');
      };
      // The sending tab is navigated away mid-send: the other one takes over. Then it comes back.
      const first = await sender();
      const other = 1 - first;
      await collect(first);
      await tabs[first].goto('about:blank');
      const takeover = Date.now();
      await tabs[other].waitForFunction(() => window.sentIds >= 200, null, { timeout: 120_000, polling: 20 });
      const takeoverMs = Date.now() - takeover;
      await tabs[first].goto(url);
      await stationReady(tabs[first]);
      await watch(tabs[first]);
      // Whichever tab sends now is reloaded mid-send.
      const second = await sender();
      await collect(second);
      await tabs[second].reload();
      await stationReady(tabs[second]);
      await watch(tabs[second]);

      for (const page of tabs) await untilState(page, (s) => s.pending === 0 && !s.syncing, null, 300_000, 'both tabs drained');
      const syncMs = Date.now() - t;
      await collect(0);
      await collect(1);

      const after = await server.state();
      await server.faults({});
      for (const kind of ['drop', 'dropAfter', 'fail500']) assert.ok(after.faults.counts[kind] > 0, `fault ${kind} happened`);
      assert.equal(queued.length, 3520);
      assert.equal(new Set(queued).size, 3520);
      // Server count == unique ids == queued.
      assert.equal(after.ratings.stored - before.ratings.stored, 3520, 'rows');
      assert.equal(after.ratings.distinctIds - before.ratings.distinctIds, 3520, 'distinct ids');
      const deviceId = await tabs[0].evaluate(() => window.ratingStation.form.effectiveDeviceId);
      assert.equal(await tabs[1].evaluate(() => window.ratingStation.form.effectiveDeviceId), deviceId, 'two tabs of one tablet');
      const mine = (await server.listed(T0 - HOUR, T0 + 12 * HOUR)).filter((r) => r.deviceId === deviceId);
      assert.deepEqual(mine.map((r) => r.id).sort(), [...queued].sort());
      for (const page of tabs) {
        const st = await outboxState(page);
        assert.deepEqual([st.pending, st.deadLetters, st.quarantined], [0, 0, 0]);
      }
      // Both tabs sent, and every rating was reported delivered by one of them.
      assert.ok(sent[0] > 0 && sent[1] > 0, `both tabs sent (${sent.join(' + ')})`);
      assert.ok(sent[0] + sent[1] >= 3520, `delivered reports ${sent.join(' + ')}`);
      console.log(
        `two tabs: ${queued.length} ratings synced in ${seconds(syncMs)}; delivered by tab 1: ${sent[0]}, by tab 2: ${sent[1]}; ` +
          `tab ${other + 1} took over ${seconds(takeoverMs)} after tab ${first + 1} left mid-send, tab ${second + 1} reloaded mid-send ` +
          `(faults ${JSON.stringify(after.faults.counts)}); server: +${after.ratings.stored - before.ratings.stored} rows, +${after.ratings.distinctIds - before.ratings.distinctIds} distinct ids`,
      );
    } finally {
      for (const page of tabs) await page.close();
      await server.stop();
    }
  });

  /** Records the form's stored and error events in the page, as `stored {id}` and `error {kind}`. */
  const recordFormEvents = (page) =>
    page.evaluate(() => {
      window.formEvents = [];
      const form = window.ratingStation.form;
      form.addEventListener('hcc-rating-stored', (e) => window.formEvents.push(`stored ${e.detail.rating.id}`));
      form.addEventListener('hcc-rating-error', (e) => window.formEvents.push(`error ${e.detail.error.kind}`));
    });
  const formEvents = (page) => page.evaluate(() => window.formEvents);
  const screen = (page) => page.evaluate(() => window.ratingStation.form.screen);
  /** The form's option button `name`, found the way a person finds it (role and accessible name). */
  const option = (page, name) => page.locator('hcc-rating-form').getByRole('radio', { name, exact: true });

  /** What the storage error screen shows, once it shows. */
  async function errorScreen(page) {
    const title = page.locator('hcc-rating-form h2[part~="title"]');
    await title.filter({ hasText: 'Chưa lưu được đánh giá' }).waitFor({ state: 'visible', timeout: 10_000 });
    const notice = page.locator('hcc-rating-form [part~="notice"]');
    await notice.waitFor({ state: 'visible' });
    return { title: (await title.textContent()).trim(), notice: (await notice.textContent()).trim() };
  }

  it('storage full (a real quota): the rating is not acknowledged and the screen says why; earlier ratings stay and are delivered; nothing is lost once space is back', async () => {
    const server = await tabletServer();
    await server.faults({ drop: 1, paths: 'ratings/batch' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    try {
      // A tablet with room for a few dozen ratings: Chromium sets an origin's storage quota when the
      // origin first uses storage, so the quota is lowered before the page is opened.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 40_000 });
      await page.goto(stationUrl(server, `stress-quota-${crypto.randomUUID()}`));
      await stationReady(page);
      await recordFormEvents(page);

      // Citizens rate (on the screen) until a rating no longer fits.
      const filled = await page.evaluate(async () => {
        const ids = [];
        for (let i = 0; i < 2000; i++) {
          try {
            ids.push(await window.ratingStation.rate(i % 2 ? 'satisfied' : 'very_satisfied'));
          } catch (e) {
            return { ids, error: e.kind };
          }
        }
        return { ids };
      });
      const earlier = filled.ids;
      assert.equal(filled.error, 'quota', `the disk filled up (${earlier.length} ratings stored)`);
      assert.ok(earlier.length >= 5, `${earlier.length} ratings fit`);
      const shown = await errorScreen(page);
      assert.deepEqual(shown, { title: 'Chưa lưu được đánh giá', notice: 'Thiết bị đang gặp sự cố lưu trữ. Xin báo cán bộ tại quầy.' });
      const events = await formEvents(page);
      assert.deepEqual(events.slice(earlier.length), ['error quota'], 'the last rating was not acknowledged');
      assert.deepEqual(events.slice(0, earlier.length), earlier.map((id) => `stored ${id}`));
      assert.equal(await page.locator('hcc-rating-form [part~="thanks"]').count(), 0, 'no thank-you');
      assert.match(await formText(page), /1 chưa lưu được/);
      // Earlier ratings are intact; nothing was added.
      const stored = () => page.evaluate(async () => (await window.ratingStation.outbox().pendingItems(5000)).map((r) => r.id));
      assert.deepEqual((await stored()).sort(), [...earlier].sort());

      // The kiosk goes back to its start screen; the next citizen's tap fails the same way.
      await page.evaluate(async () => {
        window.ratingStation.form.clock.advance(15_000);
        await window.ratingStation.form.updateComplete;
      });
      assert.equal(await screen(page), 'start');
      await option(page, 'Hài lòng').click();
      await errorScreen(page);
      assert.deepEqual((await formEvents(page)).slice(earlier.length), ['error quota', 'error quota']);
      assert.equal(await page.locator('hcc-rating-form [part~="thanks"]').count(), 0, 'still no thank-you');
      assert.match(await formText(page), /2 chưa lưu được/);

      // Space is back: "Thử lại" stores both ratings kept in memory, and only now does "thank you" show.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin });
      await page.locator('hcc-rating-form').getByRole('button', { name: 'Thử lại' }).click();
      await page.locator('hcc-rating-form [part~="thanks"]').waitFor({ state: 'visible', timeout: 10_000 });
      const late = (await formEvents(page)).slice(earlier.length + 2);
      assert.equal(late.length, 2);
      assert.ok(late.every((e) => e.startsWith('stored ')), late.join(', '));
      const lateIds = late.map((e) => e.slice('stored '.length));
      await untilState(page, (s, n) => s.pending === n, earlier.length + 2, 10_000, 'all stored');
      assert.doesNotMatch(await formText(page), /chưa lưu được/);

      // The network is back too: every rating reaches the server, once.
      await server.faults({});
      await page.evaluate(() => window.ratingStation.outbox().syncNow());
      await untilState(page, (s) => s.pending === 0 && !s.syncing, null, 30_000, 'delivered');
      const deviceId = await page.evaluate(() => window.ratingStation.form.effectiveDeviceId);
      const mine = (await server.listed(T0 - HOUR, T0 + 12 * HOUR)).filter((r) => r.deviceId === deviceId);
      assert.deepEqual(mine.map((r) => r.id).sort(), [...earlier, ...lateIds].sort());
      console.log(`storage full: ${earlier.length} ratings fitted in a 40 kB quota; 2 refused with "quota", stored once space was back; ${mine.length} on the server`);
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      await page.close();
      await server.stop();
    }
  });

  it('IndexedDB unavailable (private mode, site data blocked): the rating is not acknowledged and the screen says why; ratings stored earlier stay and are delivered', async () => {
    const server = await tabletServer();
    await server.faults({ drop: 1, paths: 'ratings/batch' });
    const url = stationUrl(server, `stress-noidb-${crypto.randomUUID()}`);
    const first = await openStation(url);
    const earlier = await rateOnScreen(first, 3);
    await untilState(first, (s) => s.pending === 3, null, 10_000, 'three ratings stored');
    await first.close();

    // Chromium keeps IndexedDB in incognito windows, so a browser without it is made the way one
    // behaves: `indexedDB.open` throws, as it does when the site's data is blocked. Nothing else is faked.
    const blocked = await context.newPage();
    await blocked.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException("Failed to execute 'open' on 'IDBFactory': access to the Indexed Database API is denied in this context.", 'SecurityError');
      };
    });
    let again;
    try {
      await blocked.goto(url);
      await stationReady(blocked);
      await recordFormEvents(blocked);
      await option(blocked, 'Rất hài lòng').click();
      const shown = await errorScreen(blocked);
      assert.deepEqual(shown, { title: 'Chưa lưu được đánh giá', notice: 'Thiết bị đang gặp sự cố lưu trữ. Xin báo cán bộ tại quầy.' });
      assert.deepEqual(await formEvents(blocked), ['error storage']);
      assert.equal(await blocked.locator('hcc-rating-form [part~="thanks"]').count(), 0, 'no thank-you');
      assert.match(await formText(blocked), /1 chưa lưu được/);
      // The kiosk returns to its start screen after a while, still counting the rating as not saved.
      await blocked.evaluate(async () => {
        window.ratingStation.form.clock.advance(15_000);
        await window.ratingStation.form.updateComplete;
      });
      assert.equal(await screen(blocked), 'start');
      assert.match(await formText(blocked), /1 chưa lưu được/);
      assert.equal(await blocked.locator('hcc-rating-form [part~="thanks"]').count(), 0);
      await blocked.close();

      // Storage works again (a normal window): the earlier ratings are there, untouched, and are delivered.
      again = await openStation(url);
      const pending = await again.evaluate(async () => (await window.ratingStation.outbox().pendingItems(100)).map((r) => r.id));
      assert.deepEqual(pending.sort(), [...earlier].sort());
      await server.faults({});
      await again.evaluate(() => window.ratingStation.outbox().syncNow());
      await untilState(again, (s) => s.pending === 0 && !s.syncing, null, 30_000, 'delivered');
      const deviceId = await again.evaluate(() => window.ratingStation.form.effectiveDeviceId);
      const mine = (await server.listed(T0 - HOUR, T0 + 12 * HOUR)).filter((r) => r.deviceId === deviceId);
      assert.deepEqual(mine.map((r) => r.id).sort(), [...earlier].sort());
    } finally {
      if (!blocked.isClosed()) await blocked.close();
      await again?.close();
      await server.stop();
    }
  });
});
