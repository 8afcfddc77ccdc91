// A week on the leadership wall, accelerated: one <hcc-kpi-wall> in kiosk mode (the default six
// pages, rotating every 2 minutes, every tile refreshing every 15 minutes) runs seven days and nights
// on a ManualClock over a year of Hạ Long demo data. Through the source the tiles use, new dossiers
// arrive every opening hour (received, then processed and returned), the counters' tablets post
// ratings in batches, and the back end is unreachable twice. At the end of each day the page's JS
// heap, DOM node and event listener counts are read after forced garbage collection (CDP,
// test/helpers/cdp-metrics-plugin.mjs), with the live timers of the page (test/helpers/live-timers.ts)
// and of the clock. Run: npx wtr --files test/stress/kpi-wall-week.test.ts --group stress
import '../helpers/live-timers.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/kpi.js';
import type { HccKpiWall, WallPageDetail } from '../../src/components/kpi-wall/kpi-wall.js';
import type { HccKpiCard } from '../../src/components/kpi-card/kpi-card.js';
import type { HccKpiRanking } from '../../src/components/kpi-ranking/kpi-ranking.js';
import { MemorySource } from '../../src/data/adapters/memory/index.js';
import { composeSources } from '../../src/data/adapters/compose.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { DataError } from '../../src/data/errors.js';
import type { PeriodQuery } from '../../src/data/ports.js';
import type { CaseFile } from '../../src/data/schemas/case-file.js';
import type { Rating } from '../../src/data/schemas/rating.js';
import { generateSeed } from '../../src/data/seed/index.js';
import { createRng } from '../../src/data/seed/rng.js';
import { kpiDatasets } from '../../src/controllers/kpi-data-loader.js';
import { DAY, MINUTE } from '../../src/core/time/index.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { liveTimers } from '../helpers/live-timers.js';

interface Metrics {
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
}

interface DayRow extends Metrics {
  day: number;
  pageTimers: number;
  clockTimers: number;
  received?: number;
  ratings?: number;
  ranked?: number;
  belowTarget?: number;
  rotations: number;
  loads: number;
}

type Tile = HTMLElement & { busy: boolean; freshness: string; fetchedAt?: number; updateComplete: Promise<unknown> };

const HOUR = 60 * MINUTE;
/** Monday 16 November 2026, 07:00 in Hạ Long: the wall is switched on; the demo year ends here. */
const START = Date.parse('2026-11-16T07:00:00+07:00');

/** `2026-11-16T08:15:00+07:00`, as the contract writes times. */
function vnIso(ms: number): string {
  return `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
}

/** Local (UTC+7) hour and weekday (0 = Sunday) of an instant. */
function local(ms: number): { hour: number; weekday: number; yymmdd: string } {
  const d = new Date(ms + 7 * HOUR);
  return { hour: d.getUTCHours() + d.getUTCMinutes() / 60, weekday: d.getUTCDay(), yymmdd: d.toISOString().slice(2, 10).replace(/-/g, '') };
}

/** A dossier of the register with its reception and end times (epoch ms; no end: `Infinity`). */
interface Entry {
  c: CaseFile;
  received: number;
  end: number;
}

function entry(c: CaseFile): Entry {
  const ends = [c.processedAt, c.returnedAt, c.closedAt].filter((x): x is string => Boolean(x)).map((x) => Date.parse(x));
  return { c, received: Date.parse(c.receivedAt), end: ends.length ? Math.max(...ends) : Infinity };
}

/** Opening hours: Monday–Friday 07:30–17:00, Saturday 07:30–11:30. */
function open(ms: number): boolean {
  const { hour, weekday } = local(ms);
  if (weekday === 0) return false;
  return hour >= 7.5 && hour < (weekday === 6 ? 11.5 : 17);
}

describe('<hcc-kpi-wall> over a simulated week', function () {
  this.timeout(900_000);

  it('keeps heap, DOM nodes, listeners and timers flat over seven days of rotation, refreshes, new data and outages (growth under 20 %)', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const clock = new ManualClock(START);
    const rng = createRng('wall-week');

    // The year behind the wall, then the centre's case register and ratings as they grow.
    const seed = generateSeed({ from: START - 365 * DAY, to: START, casesPerYear: 6000 });
    const register: Entry[] = [...seed.cases].flat().map(entry);
    const templates = register.map((e) => e.c).filter((c) => c.status === 10 && c.channel === 1);
    const units = new Map(seed.org.units.map((u) => [u.id, u]));
    const memory = new MemorySource({ org: seed.org, procedures: seed.procedures, ratings: seed.ratings, petitions: seed.petitions, clock });
    let down = false;
    let failedCalls = 0;
    const gate = () => {
      if (!down) return;
      failedCalls++;
      throw new DataError('network', 'Back end unreachable (simulated outage)', { source: 'test' });
    };
    const source = composeSources(memory, {
      kind: 'centre',
      org: async (signal?: AbortSignal) => (gate(), memory.org(signal)),
      procedures: async (signal?: AbortSignal) => (gate(), memory.procedures(signal)),
      ratings: async (q: PeriodQuery, signal?: AbortSignal) => (gate(), memory.ratings(q, signal)),
      petitions: async (q: PeriodQuery, signal?: AbortSignal) => (gate(), memory.petitions(q, signal)),
      // The register as the back end serves it (the contract's /cases): dossiers received before `to`
      // and not finished before `from`, in reception order, in chunks.
      cases: (q: PeriodQuery, signal?: AbortSignal) => ({
        async *[Symbol.asyncIterator]() {
          gate();
          const from = Date.parse(q.from);
          const to = Date.parse(q.to);
          let chunk: CaseFile[] = [];
          for (const e of register) {
            if (e.received >= to || (e.end < from && e.received < from)) continue;
            chunk.push(e.c);
            if (chunk.length === 2000) {
              yield chunk;
              chunk = [];
              signal?.throwIfAborted();
            }
          }
          if (chunk.length > 0) yield chunk;
        },
      }),
    });
    setDefaultSource(source);
    kpiDatasets.clear(source);

    let rotations = 0;
    let loads = 0;
    let chartLoads = 0;
    let chartErrors = 0;
    let draws = 0;
    let steps = 0;
    const pagesSeen = new Set<number>();
    const isChart = (e: Event) => (e.composedPath()[0] as Element).localName === 'hcc-kpi-chart';
    const wall = await fixture<HccKpiWall>(html`<hcc-kpi-wall
      kiosk rotate="2m" refresh="15m" theme="dark" style="height: 1080px" .clock=${clock}
      @hcc-kpi-page-change=${(e: CustomEvent<WallPageDetail>) => {
        if (e.detail.cause === 'rotation') rotations++;
        pagesSeen.add(e.detail.index);
      }}
      @hcc-kpi-load=${(e: Event) => {
        loads++;
        if (isChart(e)) chartLoads++;
      }}
      @hcc-data-error=${(e: Event) => (chartErrors += isChart(e) ? 1 : 0)}
      @hcc-kpi-render=${() => draws++}
    ></hcc-kpi-wall>`);
    const tiles = () => [...(wall.shadowRoot?.querySelectorAll<Tile>('hcc-kpi-page > *') ?? [])];
    const card = (metric: string) => wall.shadowRoot?.querySelector<HccKpiCard>(`hcc-kpi-card[metric="${metric}"]`);
    const ranking = () => wall.shadowRoot?.querySelector<HccKpiRanking>('hcc-kpi-ranking[metric="onTimeRate"]');
    const banner = () => wall.shadowRoot?.querySelector('.banner') ?? null;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

    /** Lets the page finish what the last clock step started: renders, loads through the Worker, a frame. */
    const settle = async () => {
      const since = performance.now();
      for (;;) {
        await wall.updateComplete;
        // A plain task: Worker answers and the loader's own yields run in between.
        await new Promise((r) => setTimeout(r, 0));
        const all = tiles();
        if (!all.some((t) => t.busy)) {
          await Promise.all(all.map((t) => t.updateComplete));
          break;
        }
        if (performance.now() - since > 60_000) throw new Error(`the wall never settled: ${all.filter((t) => t.busy).map((t) => t.outerHTML.slice(0, 80)).join(', ')}`);
      }
      await frame();
    };

    const started = performance.now();
    await settle();
    const first = performance.now();
    while (!tiles().every((t) => t.fetchedAt !== undefined)) {
      if (performance.now() - first > 60_000) throw new Error('tiles never loaded');
      await settle();
    }
    expect(tiles().length, 'every default page is there').to.be.greaterThan(15);

    // What arrives through the source.
    let seq = 5000;
    const openCases: CaseFile[] = [];
    const receive = (at: number) => {
      const t = templates[rng.int(0, templates.length - 1)]!;
      const unit = units.get(t.unitId);
      const code = `${unit?.code ?? 'H49.26'}-${local(at).yymmdd}-${String(seq++ % 10_000).padStart(4, '0')}`;
      const due = at + (t.legalDays ?? 5) * DAY;
      const c: CaseFile = {
        ...t, code, status: 2, submittedAt: null, receivedAt: vnIso(at), dueAt: vnIso(due), rescheduledDueAt: null, rescheduleNote: null,
        processedAt: null, returnedAt: null, closedAt: null, supplements: [], feeRequestedAt: null, feePaidAt: null,
        history: [{ status: 2, at: vnIso(at) }],
      };
      register.push(entry(c));
      openCases.push(c);
    };
    const finish = (at: number) => {
      const c = openCases.shift();
      if (!c) return undefined;
      const late = rng.float() < 0.03;
      const done = late ? Math.max(at, Date.parse(c.dueAt ?? c.receivedAt) + HOUR) : at;
      const next: CaseFile = { ...c, status: 10, processedAt: vnIso(done - HOUR), returnedAt: vnIso(done), history: [...c.history, { status: 9, at: vnIso(done - HOUR) }, { status: 10, at: vnIso(done) }] };
      register[register.findIndex((e) => e.c === c)] = entry(next);
      return next;
    };
    let ticket = 1;
    const levels = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
    const rate = (c: CaseFile, at: number): Rating => ({
      id: crypto.randomUUID(), createdAt: vnIso(at), unitId: c.unitId, procedureCode: c.procedureCode, ticket: `w${ticket++}`,
      dossierCode: c.code, scale: 3, level: levels[rng.float() < 0.8 ? 0 : rng.float() < 0.8 ? 1 : 2]!, reasons: [], lang: 'vi', deviceId: `tablet-${c.unitId}`,
    });
    let submitted = 0;
    /** One opening hour of the centre: dossiers received, older ones returned and rated. */
    const hourOfWork = async (at: number) => {
      const n = rng.int(6, 12);
      for (let i = 0; i < n; i++) receive(at - rng.int(0, 59) * MINUTE);
      const batch: Rating[] = [];
      for (let i = 0; i < n; i++) {
        if ((openCases[0] && Date.parse(openCases[0].receivedAt) > at - 4 * HOUR) || !openCases.length) break;
        const done = finish(at);
        if (done && rng.float() < 0.6) batch.push(rate(done, at));
      }
      if (batch.length) {
        const res = await memory.submitBatch(batch);
        submitted += res.accepted.length;
      }
      register.sort((a, b) => a.received - b.received || (a.c.code < b.c.code ? -1 : 1));
    };

    const outages = [
      { from: START + 2 * DAY + 3 * HOUR, to: START + 2 * DAY + 4 * HOUR + 10 * MINUTE },
      { from: START + 4 * DAY + 7 * HOUR, to: START + 4 * DAY + 7 * HOUR + 25 * MINUTE },
    ];
    const outageSeen: { banner: boolean; offline: number; values: boolean; cleared: boolean }[] = outages.map(() => ({ banner: false, offline: 0, values: true, cleared: false }));
    const days: DayRow[] = [];

    for (let day = 0; day < 7; day++) {
      const end = START + (day + 1) * DAY;
      while (clock.now() < end) {
        const now = clock.now();
        // Every 2 minutes while the centre is open, every 15 minutes otherwise (one rotation per step).
        const step = Math.min(open(now) ? 2 * MINUTE : 15 * MINUTE, end - now);
        const wasOpenHour = Math.floor((now - START) / HOUR);
        clock.advance(step);
        steps++;
        const t = clock.now();
        if (open(t - 1) && Math.floor((t - START) / HOUR) !== wasOpenHour) await hourOfWork(t);
        const i = outages.findIndex((o) => t >= o.from && t < o.to);
        const wasDown = down;
        down = i >= 0;
        await settle();
        if (down) {
          const seen = outageSeen[i]!;
          seen.banner ||= banner() !== null;
          seen.offline = Math.max(seen.offline, tiles().filter((x) => x.freshness === 'offline').length);
          seen.values &&= card('received')?.currentValue !== undefined;
        } else if (wasDown) {
          const j = outages.findIndex((o) => t >= o.to && t - o.to <= 30 * MINUTE);
          if (j >= 0) {
            // Back: the next retry (at most 10 min here) brings every tile back and the banner goes.
            clock.advance(10 * MINUTE);
            steps++;
            await settle();
            outageSeen[j]!.cleared = banner() === null && tiles().every((x) => x.freshness === 'fresh');
          }
        }
      }
      await settle();
      const m = (await executeServerCommand('cdp-metrics')) as Metrics;
      const row: DayRow = { day: day + 1, ...m, pageTimers: liveTimers().total, clockTimers: clock.pending, rotations, loads };
      const received = card('received')?.currentValue;
      const ratings = card('ratings')?.currentValue;
      if (received !== undefined) row.received = received;
      if (ratings !== undefined) row.ratings = ratings;
      // The all-units ranking: units ranked and units marked below the 98 % target (each mark is a
      // few DOM nodes, so the node count follows the data a little).
      row.ranked = ranking()?.ranking.length ?? 0;
      row.belowTarget = ranking()?.shadowRoot?.querySelectorAll('.miss-mark').length ?? 0;
      days.push(row);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(0);

    const mib = (b: number) => (b / 1024 / 1024).toFixed(2);
    const table = days.map(
      (d) => `day ${d.day}: heap ${mib(d.heapUsed)} MiB, DOM nodes ${d.nodes}, listeners ${d.listeners}, documents ${d.documents}, page timers ${d.pageTimers}, clock timers ${d.clockTimers}, rotations ${d.rotations}, loads ${d.loads}, received this month ${d.received}, ratings this month ${d.ratings}, units ranked ${d.ranked} (below target ${d.belowTarget})`,
    );
    const base = days[0]!;
    const last = days.at(-1)!;
    const growth = (a: number, b: number) => (b - a) / a;
    const report = {
      heap: growth(base.heapUsed, last.heapUsed),
      nodes: growth(base.nodes, last.nodes),
      listeners: growth(base.listeners, last.listeners),
    };
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(
      `kpi-wall week (day 1 → day 7, ${seconds} s, ${steps} clock steps):\n  ${table.join('\n  ')}\n  growth: heap ${pct(report.heap)}, DOM nodes ${pct(report.nodes)}, listeners ${pct(report.listeners)}, page timers ${base.pageTimers} → ${last.pageTimers}, clock timers ${base.clockTimers} → ${last.clockTimers}\n  outages: ${JSON.stringify(outageSeen)}, failed calls ${failedCalls}, ratings posted ${submitted}, chart loads ${chartLoads}, chart errors ${chartErrors}, chart draws ${draws}`,
    );

    // The wall did its work all week.
    expect(rotations, 'one rotation per clock step (2 or 15 min), all week').to.equal(steps);
    expect([...pagesSeen].sort(), 'every page shown').to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(loads, 'every tile refreshed about every 15 min').to.be.greaterThan(7 * 24 * 3.75 * tiles().length * 0.9);
    // Charts redraw when their data changes (a load starts and ends, or fails), not on every clock tick.
    expect(draws, 'chart draws').to.be.at.most(2.5 * (chartLoads + chartErrors));
    // New dossiers and ratings reached the figures.
    const r0 = days[0]!.received ?? 0;
    expect(last.received, 'dossiers received this month grew').to.be.greaterThan(r0 + 200);
    expect(submitted, 'ratings posted by the tablets').to.be.greaterThan(150);
    expect(last.ratings, 'ratings this month grew').to.be.greaterThan((days[0]!.ratings ?? 0) + 80);
    // Each outage was shown (banner, tiles offline, last values kept) and cleared when the back end returned.
    for (const o of outageSeen) expect(o).to.deep.equal({ banner: true, offline: tiles().length, values: true, cleared: true });
    expect(failedCalls).to.be.greaterThan(0);
    // Flat: under 20 % growth from the end of day 1 to the end of day 7.
    expect(report.heap, 'heap').to.be.below(0.2);
    expect(report.nodes, 'DOM nodes').to.be.below(0.2);
    expect(report.listeners, 'listeners').to.be.below(0.2);
    expect(last.pageTimers, 'live page timers').to.be.at.most(Math.max(base.pageTimers * 1.2, base.pageTimers + 1));
    expect(last.clockTimers, 'live clock timers').to.be.at.most(Math.max(base.clockTimers * 1.2, base.clockTimers + 1));
    wall.remove();
    setDefaultSource(undefined);
  });
});
