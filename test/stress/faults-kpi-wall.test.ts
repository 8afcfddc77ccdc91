// Fault injection on the leadership wall: <hcc-kpi-wall> with three tiles on the real HTTP adapter
// against the reference server (its own process, started by the WTR plugin). The source is down for
// an hour of the wall's time: twenty minutes of 500s, twenty minutes with the server process killed
// (connections refused), twenty minutes of requests dropped, never answered or answered with broken
// JSON. The wall's time is a ManualClock, so the hour passes in seconds while every retry is a real
// request to the real server; the HTTP adapter's own timeouts run on real time.
// The tiles must keep their last figures, say visibly that they are not current, keep retrying, and
// come back by themselves, with the new figures, once the source answers again.
// Run: npx wtr --group stress (or --files test/stress/faults-kpi-wall.test.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/kpi.js';
import type { HccKpiWall } from '../../src/components/kpi-wall/kpi-wall.js';
import type { KpiErrorDetail } from '../../src/components/kpi-common/kpi-element.js';
import { HttpSource } from '../../src/data/adapters/http/http-source.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { kpiDatasets } from '../../src/controllers/kpi-data-loader.js';
import { MINUTE } from '../../src/core/time/index.js';
import type { Rating } from '../../src/data/schemas/rating.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { refServer, startRefServer, type FaultOptions } from '../helpers/refserver.js';
import { postJson } from '../integration/server/support.js';

type Tile = HTMLElement & { fetchedAt?: number; freshness: string; busy: boolean; updateComplete: Promise<unknown> };

const METRICS = ['received', 'ratings', 'satisfactionRate'] as const;

describe('leadership wall with its source down for an hour', function () {
  this.timeout(600_000);

  afterEach(() => setDefaultSource(undefined));

  it('keeps the last figures marked as not current for the whole hour, retries with backoff, and recovers by itself with the new figures', async () => {
    await setViewport({ width: 1280, height: 720 });
    const { api } = await startRefServer({ casesPerYear: 1500 });
    const org = (await (await fetch(`${api}/org`)).json()) as { units: { id: string; parentId?: string | null }[] };
    const unitId = org.units.find((u) => u.parentId)!.id;
    // The wall's time starts now (the server's data runs up to today); its period is this month, fixed,
    // so the hour cannot carry it into another month.
    const clock = new ManualClock(Date.now());
    const month = new Date(clock.now() + 7 * 60 * MINUTE).toISOString().slice(0, 7);
    const source = new HttpSource({ api, timeoutMs: 1500, retries: 1 });
    setDefaultSource(source);
    kpiDatasets.clear(source);

    const failures = new Map<string, number[]>(METRICS.map((m) => [m, []]));
    const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall kiosk refresh="5m" period=${month} .clock=${clock}
      @hcc-data-error=${(e: CustomEvent<KpiErrorDetail>) => failures.get((e.target as Element).getAttribute('metric') ?? '')?.push(clock.now())}>
      <hcc-kpi-page label="Tổng quan" columns="3" rows="1">
        ${METRICS.map((m) => html`<hcc-kpi-card metric=${m}></hcc-kpi-card>`)}
      </hcc-kpi-page>
    </hcc-kpi-wall>`);
    const tiles = () => [...wall.querySelectorAll<Tile>('hcc-kpi-card')];
    const value = (t: Tile) => t.shadowRoot?.querySelector('.value')?.textContent?.trim() ?? '';
    const freshnessLine = (t: Tile) => t.shadowRoot!.querySelector<HTMLElement>('[part~="freshness"]');
    /** The visible "cập nhật hh:mm" of a tile. */
    const updated = (t: Tile) => freshnessLine(t)?.querySelector('span:not(.dot):not(.badge):not(.visually-hidden)')?.textContent?.trim() ?? '';
    const banner = () => wall.shadowRoot!.querySelector<HTMLElement>('.banner');
    /** Shown: laid out with a size and not hidden by CSS. */
    const shown = (el: HTMLElement | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
    };
    /** Lets loads that timers just started begin (a task later), then waits until none is running. */
    const settled = async () => {
      await new Promise((r) => setTimeout(r, 0));
      await waitUntil(() => tiles().every((t) => !t.busy), 'tiles settled', { timeout: 30_000, interval: 20 });
    };

    await waitUntil(() => tiles().length === 3 && tiles().every((t) => t.fetchedAt !== undefined && value(t) !== ''), 'tiles loaded', { timeout: 60_000 });
    await Promise.all(tiles().map((t) => t.updateComplete));
    const before = tiles().map(value);
    const loadedAt = tiles().map((t) => t.fetchedAt!);
    const updatedText = tiles().map(updated);
    expect(updatedText.every((u) => /^cập nhật \d\d:\d\d$/.test(u)), updatedText.join(', ')).to.equal(true);
    expect(banner()).to.equal(null);
    expect(tiles().map((t) => t.freshness)).to.deep.equal(['fresh', 'fresh', 'fresh']);

    const outageStart = clock.now();
    const requestsBefore = (await refServer('state')).requestsTotal;
    let requestsDuring = 0;
    /** Moves the wall's clock minute by minute, letting every retry that comes due fail for real. */
    const passMinutes = async (n: number) => {
      for (let i = 0; i < n; i++) {
        clock.advance(MINUTE);
        await settled();
      }
    };
    /** The wall and every tile say the figures are not current, and still show the figures of before. */
    const checkStaleShown = async (when: string) => {
      await Promise.all([wall.updateComplete, ...tiles().map((t) => t.updateComplete)]);
      expect(tiles().map((t) => t.freshness), when).to.deep.equal(['offline', 'offline', 'offline']);
      expect(tiles().map(value), `${when}: last values kept`).to.deep.equal(before);
      expect(tiles().map((t) => t.fetchedAt), when).to.deep.equal(loadedAt);
      for (const [i, t] of tiles().entries()) {
        const line = freshnessLine(t)!;
        expect(line.dataset['state'], when).to.equal('offline');
        expect(shown(line), `${when}: tile ${i + 1} freshness line shown`).to.equal(true);
        expect(shown(line.querySelector<HTMLElement>('.badge')), `${when}: badge shown`).to.equal(true);
        expect(line.querySelector('.badge')!.textContent!.trim()).to.equal('mất kết nối');
        // Still the time of the last figures, not the time of the last attempt.
        expect(updated(t), when).to.equal(updatedText[i]);
      }
      const b = banner();
      expect(shown(b), `${when}: wall banner shown`).to.equal(true);
      expect(b!.getAttribute('role')).to.equal('status');
      expect(b!.textContent!.replace(/\s+/g, ' ')).to.match(/Mất kết nối nguồn dữ liệu\. Số liệu đang hiển thị là số liệu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\./);
    };

    // 1. Twenty minutes of 500s.
    await refServer('faults', { fail500: 1 });
    clock.advance(5 * MINUTE); // the next refresh is due
    await settled();
    await waitUntil(() => tiles().every((t) => t.freshness === 'offline'), 'tiles marked after the first failed refresh', { timeout: 10_000 });
    await checkStaleShown('500s, 5 min');
    await passMinutes(15);
    await checkStaleShown('500s, 20 min');
    requestsDuring += (await refServer('state')).requestsTotal - requestsBefore;

    // 2. Twenty minutes with the server killed: every connection is refused. It comes back (same
    // database) after the 20 minutes; its faults are set again before any retry is due.
    let back = false;
    const restarting = refServer('restart', { downMs: 10_000 }).then(() => (back = true));
    await waitUntil(async () => (await fetch(`${api}/health`).then(() => 'up', () => 'down')) === 'down', 'server down', { timeout: 10_000, interval: 50 });
    await passMinutes(20);
    expect(back, 'the server stayed down for the 20 minutes').to.equal(false);
    await checkStaleShown('server down, 40 min');
    await restarting;
    // 3. Twenty minutes of requests dropped, never answered or answered with broken JSON.
    const flaky: FaultOptions = { drop: 0.3, timeout: 0.3, malformed: 0.4, seed: 60 };
    await refServer('faults', flaky);
    await passMinutes(20);
    await checkStaleShown('flaky, 60 min');
    const phase3 = await refServer('state');
    requestsDuring += phase3.requestsTotal;
    expect(clock.now() - outageStart).to.equal(60 * MINUTE);

    // Retried all along, with backoff: each tile failed again in the last ten minutes, and far fewer
    // times than once a minute.
    for (const m of METRICS) {
      const at = failures.get(m)!;
      expect(at.length, `${m}: failed retries`).to.be.within(8, 30);
      expect(at.at(-1)! - outageStart, `${m}: still retrying at the end of the hour`).to.be.at.least(50 * MINUTE);
    }
    for (const kind of ['drop', 'timeout', 'malformed']) expect(phase3.faults.counts[kind], kind).to.be.above(0);

    // The source is back, with new ratings made meanwhile (all of them dissatisfied).
    await refServer('faults', {});
    const made: Rating[] = Array.from({ length: 40 }, (_, i) => ({
      id: crypto.randomUUID(), createdAt: new Date(outageStart - 10 * MINUTE + i * 1000).toISOString(), unitId,
      scale: 3, level: 'dissatisfied', reasons: ['slow'], lang: 'vi', deviceId: 'wall-outage-tablet',
    }));
    const posted = await postJson(`${api}/ratings/batch`, { ratings: made });
    expect((posted.body as { accepted: string[] }).accepted).to.have.length(40);

    // No refresh is asked for: the next retry (at most the 5-minute refresh interval) brings it back.
    let minutes = 0;
    while (!tiles().every((t) => t.freshness === 'fresh') && minutes < 6) {
      await passMinutes(1);
      minutes++;
      await Promise.all(tiles().map((t) => t.updateComplete));
    }
    expect(minutes, 'minutes until every tile is back').to.be.at.most(5);
    await Promise.all([wall.updateComplete, ...tiles().map((t) => t.updateComplete)]);
    expect(tiles().map((t) => t.freshness)).to.deep.equal(['fresh', 'fresh', 'fresh']);
    expect(banner()).to.equal(null);
    for (const t of tiles()) {
      expect(t.fetchedAt!).to.be.above(outageStart + 60 * MINUTE - 1);
      expect(freshnessLine(t)!.dataset['state']).to.equal('fresh');
      expect(freshnessLine(t)!.querySelector('.badge')).to.equal(null);
    }
    const after = tiles().map(value);
    const count = (s: string) => Number(s.replace(/\D/g, ''));
    expect(after[0], 'dossiers received: unchanged').to.equal(before[0]);
    expect(count(after[1]!), 'ratings: the 40 new ones').to.equal(count(before[1]!) + 40);
    expect(after[2], 'satisfaction rate: lower with 40 dissatisfied ratings').to.not.equal(before[2]);

    console.log(
      `kpi wall: an hour down (500s, server killed, dropped/unanswered/garbled), ${requestsDuring} requests seen by the server during the phases it was up; ` +
        `failed retries per tile ${METRICS.map((m) => `${m} ${failures.get(m)!.length}`).join(', ')}; back after ${minutes} min; ` +
        `values ${before.join(' | ')} → ${after.join(' | ')}`,
    );
    wall.remove();
  });
});
