// 50,000 citizens at one counter tablet: <hcc-rating-form> in kiosk mode takes 50,000 ratings through
// its screens (a face tapped; after a low score a reason chip and "send" or "skip"; the thank-you
// screen; back to the start for the next ticket), each committed to the page's outbox in real
// IndexedDB and delivered in the background over the real HTTP adapter to the reference server (its
// own process on loopback). The kiosk loop runs on a ManualClock, moved past the thank-you screen
// and the minimum interval after every rating. Every 5,000 ratings, once the outbox has drained, the
// page's JS heap, DOM node and event listener counts are read after forced garbage collection (CDP,
// test/helpers/cdp-metrics-plugin.mjs) with the live timers of the page and of the clock.
// Run: npx wtr --files test/stress/rating-form-50k.test.ts
import '../helpers/live-timers.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/rating.js';
import type { RatingDetail, RatingSyncedDetail } from '../../src/components/rating-form/rating-form.js';
import { RATED_KEY } from '../../src/components/rating-form/device.js';
import { sharedOutbox } from '../../src/data/outbox/shared.js';
import type { SatisfactionLevel } from '../../src/data/schemas/rating.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { liveTimers } from '../helpers/live-timers.js';
import { refServer, startRefServer } from '../helpers/refserver.js';

interface Metrics {
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
}

interface Checkpoint extends Metrics {
  ratings: number;
  pageTimers: number;
  clockTimers: number;
  seconds: number;
}

const N = 50_000;
const EVERY = 5_000;
/** 07:30 on Monday 2 March 2026 in Hạ Long. */
const T0 = Date.parse('2026-03-02T07:30:00+07:00');
/** Of every ten citizens: six very satisfied, two satisfied, two dissatisfied (they get the follow-up). */
const LEVELS: SatisfactionLevel[] = ['very_satisfied', 'satisfied', 'very_satisfied', 'dissatisfied', 'very_satisfied', 'satisfied', 'very_satisfied', 'very_satisfied', 'dissatisfied', 'very_satisfied'];

describe('<hcc-rating-form> over 50,000 ratings', function () {
  this.timeout(900_000);

  it('takes 50,000 ratings through the kiosk loop with flat heap, DOM nodes, listeners and timers (growth under 20 %); the server holds each once', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { api } = await startRefServer({ casesPerYear: 200 });
    const org = (await (await fetch(`${api}/org`)).json()) as { units: { id: string; kind: string }[] };
    const unitId = org.units.find((u) => u.kind === 'ward')!.id;
    const before = await refServer('state');

    const db = `hcc-stress-rating-${crypto.randomUUID()}`;
    localStorage.removeItem(RATED_KEY);
    const clock = new ManualClock(T0);
    const form = document.createElement('hcc-rating-form');
    for (const [k, v] of Object.entries({ 'unit-id': unitId, api, 'outbox-db': db, queue: 'off', 'officer-display': 'none', scale: 'kiosk', 'device-id': 'stress-tablet' })) form.setAttribute(k, v);
    form.clock = clock;
    form.syncOptions = { batchSize: 200 };
    form.style.height = '800px';
    document.body.append(form);
    await form.storeLoaded;
    await form.outbox!.ready;
    await form.updateComplete;

    // Counted, not kept: the test must not hold 50,000 ratings itself.
    let stored = 0;
    let accepted = 0;
    let duplicates = 0;
    let rejected = 0;
    let suppressed = 0;
    let errors = 0;
    let followUps = 0;
    let lastStored: RatingDetail | undefined;
    let onStored: (() => void) | undefined;
    form.addEventListener('hcc-rating-stored', (e) => {
      stored++;
      lastStored = e.detail;
      onStored?.();
    });
    form.addEventListener('hcc-rating-synced', (e: CustomEvent<RatingSyncedDetail>) => {
      accepted += e.detail.accepted.length;
      duplicates += e.detail.duplicates.length;
    });
    form.addEventListener('hcc-rating-rejected', (e) => (rejected += e.detail.deadLetters.length));
    form.addEventListener('hcc-rating-suppressed', () => suppressed++);
    form.addEventListener('hcc-rating-error', () => errors++);

    const root = form.shadowRoot!;
    const labelOf = (level: SatisfactionLevel) => form.activeSurvey.question.options.find((o) => o.level === level)!.label.vi;
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('button')];
    const button = (text: string) => {
      const b = buttons().find((x) => x.textContent?.trim() === text);
      if (!b) throw new Error(`no "${text}" on screen ${form.screen}`);
      return b;
    };

    /** One citizen: a face tapped, the follow-up after a low score, thank-you; then the next ticket at the start. */
    const rate = async (i: number) => {
      const level = LEVELS[i % LEVELS.length]!;
      const was = stored;
      const committed = new Promise<void>((resolve) => (onStored = resolve));
      button(labelOf(level)).click();
      await form.updateComplete;
      if (form.screen === 'page') {
        followUps++;
        const chips = [...root.querySelectorAll<HTMLButtonElement>('[part="reason"]')];
        chips[i % chips.length]!.click();
        await form.updateComplete;
        if (i % 100 === 3) {
          const area = root.querySelector('textarea')!;
          area.value = `Phải chờ lâu (${i})`;
          area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await form.updateComplete;
        }
        button(i % 3 === 0 ? 'Bỏ qua' : 'Gửi đánh giá').click();
      }
      await committed;
      // The thank-you screen follows the IndexedDB commit within a few microtasks.
      for (let k = 0; form.screen !== 'thanks'; k++) {
        if (k > 1000) throw new Error(`rating ${i}: screen ${form.screen} after the rating was stored`);
        await form.updateComplete;
      }
      if (stored !== was + 1) throw new Error(`rating ${i}: ${stored - was} stored`);
      // The counter calls the next ticket while the screen goes back to the start, past the thank-you
      // screen and the minimum interval (5 s each).
      form.ticket = String(1001 + i);
      clock.advance(5000);
      await form.updateComplete;
      if ((form.screen as string) !== 'start') throw new Error(`rating ${i}: screen ${form.screen} after the thank-you screen`);
    };

    const drained = async () => {
      await form.outbox!.syncNow();
      await waitUntil(() => form.outbox!.state.pending === 0 && !form.outbox!.state.syncing, 'outbox drained', { timeout: 120_000, interval: 20 });
    };

    form.ticket = '1000';
    await form.updateComplete;
    const started = performance.now();
    const checkpoints: Checkpoint[] = [];
    for (let i = 0; i < N; i++) {
      await rate(i);
      if ((i + 1) % EVERY === 0) {
        await drained();
        const m = (await executeServerCommand('cdp-metrics')) as Metrics;
        checkpoints.push({ ratings: i + 1, ...m, pageTimers: liveTimers().total, clockTimers: clock.pending, seconds: (performance.now() - started) / 1000 });
      }
    }
    const after = await refServer('state');

    const mib = (b: number) => (b / 1024 / 1024).toFixed(2);
    const table = checkpoints.map(
      (c) => `${String(c.ratings).padStart(6)} ratings: heap ${mib(c.heapUsed)} MiB, DOM nodes ${c.nodes}, listeners ${c.listeners}, documents ${c.documents}, page timers ${c.pageTimers}, clock timers ${c.clockTimers}, at ${c.seconds.toFixed(0)} s`,
    );
    const base = checkpoints[0]!;
    const last = checkpoints.at(-1)!;
    const growth = (a: number, b: number) => (b - a) / a;
    const report = { heap: growth(base.heapUsed, last.heapUsed), nodes: growth(base.nodes, last.nodes), listeners: growth(base.listeners, last.listeners) };
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(
      `rating-form 50k (first → last checkpoint, ${last.seconds.toFixed(0)} s):\n  ${table.join('\n  ')}\n  growth: heap ${pct(report.heap)}, DOM nodes ${pct(report.nodes)}, listeners ${pct(report.listeners)}\n  stored ${stored}, follow-ups ${followUps}, accepted by the server ${accepted}, duplicates ${duplicates}, rejected ${rejected}, suppressed ${suppressed}, errors ${errors}; server rows +${after.ratings.stored - before.ratings.stored}, batch requests ${after.requests['POST /ratings/batch'] ?? 0}`,
    );

    // Every citizen's rating was stored once, with the context of the visit, and delivered once.
    expect(stored).to.equal(N);
    expect([suppressed, errors, rejected, duplicates]).to.deep.equal([0, 0, 0, 0]);
    expect(followUps, 'two in ten were low scores with the follow-up').to.equal(N / 5);
    expect(lastStored?.rating).to.deep.include({ unitId, ticket: String(1000 + N - 1), deviceId: 'stress-tablet', level: LEVELS[(N - 1) % LEVELS.length] });
    expect(accepted, 'accepted by the server').to.equal(N);
    expect(after.ratings.stored - before.ratings.stored, 'rows on the server').to.equal(N);
    expect(after.ratings.distinctIds - before.ratings.distinctIds, 'distinct ids on the server').to.equal(N);
    expect(form.outbox!.state).to.include({ pending: 0, deadLetters: 0, quarantined: 0 });
    expect(await form.outbox!.pendingItems(10)).to.deep.equal([]);
    // Flat: under 20 % growth from the first checkpoint (5,000 ratings) to the last (50,000).
    expect(report.heap, 'heap').to.be.below(0.2);
    expect(report.nodes, 'DOM nodes').to.be.below(0.2);
    expect(report.listeners, 'listeners').to.be.below(0.2);
    expect(last.pageTimers, 'live page timers').to.be.at.most(Math.max(base.pageTimers * 1.2, base.pageTimers + 1));
    expect(last.clockTimers, 'live clock timers').to.be.at.most(Math.max(base.clockTimers * 1.2, base.clockTimers + 1));

    form.remove();
    await waitUntil(() => sharedOutbox(db) === undefined, 'outbox closed');
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(db);
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  });
});
