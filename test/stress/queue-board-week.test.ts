// A week in the life of a hall screen, accelerated: the real queue engine and simulator drive a
// MemorySource on a ManualClock through seven working days of the Hạ Long centre (about 700 tickets a
// day, a reconnect every hour, a nightly reload attempt, the periodic refresh), while one
// <hcc-queue-board> shows and announces everything. At the end of each day the page's JS heap, DOM
// node and event listener counts are read after forced garbage collection (CDP, test/helpers/
// cdp-metrics-plugin.mjs), with the live timers of the page (test/helpers/live-timers.ts) and of the
// clock. Run: npx wtr --group stress (or --files 'test/stress/queue-board-week*.test.ts').
// Speech uses FakeSpeech: headless Chromium here has no speech voices.
import '../helpers/live-timers.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/queue.js';
import type { HccQueueBoard, TicketCalledDetail } from '../../src/components/queue-board/queue-board.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { MemorySource } from '../../src/data/adapters/memory/memory-source.js';
import { simulateTick } from '../../src/core/queue/simulator.js';
import { defaultBoardUnit } from '../../src/core/queue/board-model.js';
import { parseIso, DAY, MINUTE } from '../../src/core/time/index.js';
import { halongOrg } from '../../src/data/seed/org.js';
import { createRng } from '../../src/data/seed/rng.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { liveTimers } from '../helpers/live-timers.js';
import { FakeSpeech } from '../components/queue-board-support.js';

interface Metrics {
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
}

describe('<hcc-queue-board> over a simulated week', function () {
  this.timeout(900_000);

  it('keeps heap, DOM nodes, listeners and timers flat over seven busy days (growth under 20 %)', async () => {
    await setViewport({ width: 1920, height: 1080 });
    sessionStorage.clear();
    const monday = parseIso('2026-03-02T07:00:00+07:00')!;
    const clock = new ManualClock(monday);
    const org = halongOrg();
    const unitId = defaultBoardUnit(org)!;
    const source = new MemorySource({ org, clock });
    setDefaultSource(source);
    const speech = new FakeSpeech(clock, [{ name: 'Linh', lang: 'vi-VN', localService: true }], 2500);
    // Counted, not kept: the test must not hold a week of calls itself.
    let calls = 0;
    let spoken = 0;
    let overlaps = 0;
    let reloads = 0;
    const el = await fixture<HccQueueBoard>(html`<hcc-queue-board
      audio="on" heartbeat-ms="0" refresh-minutes="10" reload-at="03:30" theme="dark" style="height: 1080px"
      .clock=${clock} .audioEnvironment=${{ speech, createAudioContext: () => null }}
      @hcc-ticket-called=${(e: CustomEvent<TicketCalledDetail>) => (calls += e.detail.call.number > 0 ? 1 : 0)}
      @hcc-reload=${(e: Event) => {
        reloads++;
        e.preventDefault();
      }}
    ></hcc-queue-board>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.body'), 'the board shows the queue', { timeout: 20_000 });
    await waitUntil(() => el.audioState === 'ready');

    const rng = createRng('hall-week');
    const step = 30_000;
    const days: (Metrics & { day: number; calls: number; timers: number; pageTimers: number })[] = [];
    const subscribers = () => (source as unknown as { subscribers: Set<unknown> }).subscribers.size;

    for (let day = 0; day < 7; day++) {
      // Seven opening days in a row, 07:30–17:00, and the nights between them.
      const open = monday + day * DAY + 30 * MINUTE;
      const close = monday + day * DAY + 10 * 60 * MINUTE;
      clock.advance(open - clock.now());
      let last = clock.now();
      for (let t = open; t < close; t += step) {
        const s = await source.snapshot(unitId);
        const cmds = simulateTick(s, { now: clock.now(), offsetMinutes: 420, org, rng: () => rng.float(), dtMs: clock.now() - last, intensity: 1 });
        last = clock.now();
        for (const cmd of cmds) await source.command(cmd).catch(() => undefined);
        clock.advance(step);
        // The hall's Wi-Fi drops once an hour for a few seconds.
        if ((t - open) % (60 * MINUTE) === 0 && t > open) {
          source.setConnectionState('reconnecting');
          clock.advance(5000);
          source.setConnectionState('live');
        }
      }
      await el.updateComplete;
      // Let the evening's announcements finish before measuring.
      clock.advance(10 * MINUTE);
      await el.updateComplete;
      spoken += speech.spoken.length;
      overlaps += speech.overlaps;
      speech.spoken.length = 0;
      speech.overlaps = 0;
      const m = (await executeServerCommand('cdp-metrics')) as Metrics;
      days.push({ day: day + 1, ...m, calls, timers: clock.pending, pageTimers: liveTimers().total });
    }

    const table = days.map((d) => `day ${d.day}: heap ${(d.heapUsed / 1024 / 1024).toFixed(2)} MiB, DOM nodes ${d.nodes}, listeners ${d.listeners}, documents ${d.documents}, clock timers ${d.timers}, page timers ${d.pageTimers}, calls so far ${d.calls}`);
    const base = days[0]!;
    const end = days.at(-1)!;
    const growth = (a: number, b: number) => (b - a) / a;
    const report = {
      heap: growth(base.heapUsed, end.heapUsed),
      nodes: growth(base.nodes, end.nodes),
      listeners: growth(base.listeners, end.listeners),
    };
    console.log(
      `queue-board week (day 1 → day 7):\n  ${table.join('\n  ')}\n  growth: heap ${(report.heap * 100).toFixed(1)} %, DOM nodes ${(report.nodes * 100).toFixed(1)} %, listeners ${(report.listeners * 100).toFixed(1)} %`,
    );

    expect(calls, 'a busy week of calls').to.be.greaterThan(2000);
    expect(spoken, 'every call spoken twice (a few recalls replace a call still waiting its turn)').to.be.within(2 * calls * 0.95, 2 * calls);
    expect(overlaps).to.equal(0);
    expect(reloads, 'one nightly reload attempt per night (six nights), cancelled by the test').to.equal(6);
    expect(subscribers(), 'one live subscription').to.equal(1);
    expect(report.heap).to.be.below(0.2);
    expect(report.nodes).to.be.below(0.2);
    expect(report.listeners).to.be.below(0.2);
    expect(end.timers, 'timers do not pile up').to.be.at.most(base.timers + 2);
    expect(end.pageTimers, 'page timers do not pile up').to.be.at.most(Math.max(base.pageTimers * 1.2, base.pageTimers + 1));
    el.remove();
    setDefaultSource(undefined);
  });
});
