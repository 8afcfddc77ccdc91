// <hcc-queue-board> in real headless Chromium on a MemorySource running the real queue engine. The
// board's timers run on an injected ManualClock, so heartbeats, staleness and announcement timing
// are driven without waiting. Sound uses the real Web Audio of the page (Chromium here enforces its
// autoplay policy, so "blocked" is the genuine state until a real click); only speech is a stand-in,
// because headless Chromium here has no speech voices at all (see FakeSpeech).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/queue.js';
import type { HccQueueBoard, TicketCalledDetail, ConnectionStateDetail, AudioStateDetail, DataRejectedDetail } from '../../src/components/queue-board/queue-board.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { MemorySource } from '../../src/data/adapters/memory/memory-source.js';
import { applyCommand, emptySnapshot } from '../../src/core/queue/engine.js';
import { parseIso, toIso } from '../../src/core/time/index.js';
import { liveLocalizeCount } from '../../src/i18n/localize.js';
import type { QueueCommand, QueueSnapshot } from '../../src/data/schemas/queue.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { FakeSpeech, TamperSource, hallOrg } from './queue-board-support.js';

const T0 = parseIso('2026-03-02T09:00:00+07:00')!;

function collect<T>(el: EventTarget, type: string): T[] {
  const out: T[] = [];
  el.addEventListener(type, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}
const $ = (el: HccQueueBoard, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const $$ = (el: HccQueueBoard, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
/** Text a person sees or hears: text content without the parts hidden from assistive technology. */
function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(spoken).join('');
}
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (el: HccQueueBoard, sel: string) => clean($(el, sel) ? spoken($(el, sel)!) : '');

/** A queue state built with the real engine, for sources that start with people already waiting. */
function stateAfter(cmds: QueueCommand[], at = T0 - 20 * 60_000): QueueSnapshot {
  let t = at;
  let s = emptySnapshot('c1', 'memory', { now: t, offsetMinutes: 420, org: hallOrg });
  for (const cmd of cmds) {
    t += 30_000;
    const r = applyCommand(s, cmd, { now: t, offsetMinutes: 420, org: hallOrg });
    if (!r.ok) throw new Error(r.message);
    s = r.snapshot;
  }
  return s;
}

describe('<hcc-queue-board>', function () {
  this.timeout(30_000);
  let clock: ManualClock;
  let source: MemorySource;
  const boards: HccQueueBoard[] = [];

  beforeEach(async () => {
    sessionStorage.clear();
    clock = new ManualClock(T0);
    source = new MemorySource({ org: hallOrg, clock });
    setDefaultSource(source);
    await setViewport({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    for (const b of boards.splice(0)) b.remove();
    setDefaultSource(undefined);
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  /** Renders a board (sound off unless asked) and waits for its first snapshot. */
  async function board(attrs: Record<string, string> = {}, props: Partial<HccQueueBoard> = {}, wait = true, setup?: (el: HccQueueBoard) => void): Promise<HccQueueBoard> {
    const el = document.createElement('hcc-queue-board');
    for (const [k, v] of Object.entries({ audio: 'off', 'heartbeat-ms': '0', ...attrs })) el.setAttribute(k, v);
    el.clock = clock;
    Object.assign(el, props);
    setup?.(el);
    const host = await fixture<HTMLDivElement>(html`<div style="height: 720px"></div>`);
    host.append(el);
    boards.push(el);
    if (wait) await waitUntil(() => $(el, '.body'), 'the board shows the queue', { timeout: 5000 });
    await el.updateComplete;
    return el;
  }
  /** Runs commands a second apart on the source, as officers at their counters would. */
  async function run(...cmds: QueueCommand[]): Promise<void> {
    for (const cmd of cmds) {
      clock.advance(1000);
      await source.command(cmd);
    }
  }
  const issue = (serviceId: string, priority: 'none' | 'elderly' | 'disabled' = 'none'): QueueCommand => ({ type: 'issue', unitId: 'c1', serviceId, priority });
  const callNext = (counterId: string): QueueCommand => ({ type: 'call-next', counterId });
  async function settle(el: HccQueueBoard): Promise<void> {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }

  describe('accessibility', () => {
    it('is accessible live, with a priority call, a recall, a paused and a closed counter', async () => {
      const el = await board();
      await run(issue('ho-tich'), issue('ho-tich', 'elderly'), issue('dat-dai'), callNext('q1'), callNext('q3'), { type: 'recall', counterId: 'q3' },
        { type: 'pause', counterId: 'q2', reason: 'Nghỉ giữa giờ' }, { type: 'close', counterId: 'q4' });
      await settle(el);
      expect($$(el, '.badge-priority').length).to.be.greaterThan(0);
      expect($$(el, '.badge-recall').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('is accessible while stale, with the amber banner', async () => {
      const el = await board({ 'heartbeat-ms': '1000' });
      source.setConnectionState('reconnecting');
      clock.advance(3000);
      await settle(el);
      expect($(el, '.banner')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible with the "Bật âm thanh" overlay and without a Vietnamese voice', async () => {
      const el = await board({ audio: 'on' });
      clock.advance(500);
      await waitUntil(() => el.audioState === 'blocked', 'sound blocked by the autoplay policy');
      await settle(el);
      expect($(el, '.unlock')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible with an empty hall, with every counter closed, and while loading', async () => {
      const empty = await board();
      expect(text(empty, '.now-empty')).to.equal('Chưa có số nào được gọi');
      await expect(empty).to.be.accessible();
      await run(...['q1', 'q2', 'q3', 'q4'].map((counterId): QueueCommand => ({ type: 'close', counterId })));
      await settle(empty);
      expect(text(empty, '.now-empty')).to.equal('Các quầy đã đóng');
      await expect(empty).to.be.accessible();
      source.failNext('network', { times: 1 });
      const loading = await board({ 'unit-id': 'c1' }, {}, false);
      await expect(loading).to.be.accessible();
    });

    it('is accessible in the portrait and compact layouts and in English', async () => {
      await run(issue('ho-tich'), callNext('q1'));
      for (const attrs of [{ layout: 'portrait' }, { layout: 'compact' }, { lang: 'en' }] as Record<string, string>[]) {
        const el = await board(attrs);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('properties', () => {
    it('shows the centre unit by default (the first unit of kind centre with counters), not the first unit with counters', async () => {
      const el = await board();
      expect(text(el, '.centre')).to.equal('Trung tâm Phục vụ hành chính công thành phố Hạ Long');
      expect($$(el, '.counter').length).to.equal(4);
    });

    it('unit-id shows another unit, and services shows a subset of services only', async () => {
      const ward = await board({ 'unit-id': 'w1' });
      expect(text(ward, '.centre')).to.equal('Phường Bãi Cháy');
      expect($$(ward, '.counter').length).to.equal(1);
      await run(issue('ho-tich'), issue('dat-dai'), callNext('q1'), callNext('q3'));
      const land = await board({ services: 'dat-dai' });
      expect($$(land, '.counter').map((c) => clean(spoken(c)))).to.deep.equal(['Quầy 3 Đang mời 4001']);
      expect($$(land, '.service-name').map((c) => c.textContent)).to.deep.equal(['Đất đai']);
      expect(text(land, '.now-number')).to.equal('Số 4001');
    });

    it('shows numbers only by default and names only with show-names', async () => {
      const s = stateAfter([issue('ho-tich'), callNext('q1')]);
      const named = { ...s, tickets: s.tickets.map((t) => ({ ...t, displayName: 'Nguyễn Văn An' })) };
      source = new MemorySource({ org: hallOrg, clock, snapshots: [named] });
      setDefaultSource(source);
      const plain = await board();
      expect(plain.shadowRoot!.textContent).to.not.contain('Nguyễn Văn An');
      const withNames = await board({ 'show-names': '' });
      expect(text(withNames, '.now .name')).to.equal('Nguyễn Văn An');
    });

    it('layout auto picks portrait when the board is taller than wide', async () => {
      const el = await board();
      expect(el.resolvedLayout).to.equal('landscape');
      el.parentElement!.style.width = '400px';
      el.style.setProperty('--hcc-queue-board-height', '700px');
      await waitUntil(() => el.resolvedLayout === 'portrait', 'portrait after the resize');
      await el.updateComplete;
      expect($(el, '.board')!.classList.contains('portrait')).to.equal(true);
    });

    it('recent-count limits the list of recent calls, one row per ticket', async () => {
      const el = await board({ 'recent-count': '2' });
      await run(issue('ho-tich'), issue('ho-tich'), issue('ho-tich'), issue('ho-tich'), callNext('q1'), callNext('q2'), callNext('q1'), callNext('q2'), { type: 'recall', counterId: 'q2' });
      await settle(el);
      expect(text(el, '.now-number')).to.equal('Số 1004');
      expect($$(el, '.recent-item .num').map((n) => n.textContent)).to.deep.equal(['1003', '1002']);
    });
  });

  describe('events', () => {
    it('hcc-ticket-called fires once per call, with the counter number and the Vietnamese sentence', async () => {
      const el = await board();
      const calls = collect<TicketCalledDetail>(el, 'hcc-ticket-called');
      await run(issue('ho-tich'), issue('ho-tich', 'elderly'), callNext('q2'), callNext('q1'));
      await settle(el);
      expect(calls.map((c) => [c.call.number, c.call.counterNumber, c.call.priority, c.catchUp])).to.deep.equal([[1002, 2, 'elderly', false], [1001, 1, 'none', false]]);
      expect(calls[0]!.text).to.equal('Mời công dân có số một nghìn không trăm linh hai đến quầy số hai');
      expect(calls[0]!.spoken).to.equal(false);
    });

    it('a recalled ticket is announced again with the recall sentence and marked on the board', async () => {
      const el = await board();
      const calls = collect<TicketCalledDetail>(el, 'hcc-ticket-called');
      await run(issue('dat-dai'), callNext('q3'), { type: 'recall', counterId: 'q3' }, { type: 'recall', counterId: 'q3' });
      await settle(el);
      expect(calls.map((c) => c.call.recall)).to.deep.equal([false, true, true]);
      expect(calls[1]!.text).to.equal('Xin mời lại công dân có số bốn nghìn không trăm linh một đến quầy số ba');
      expect(text(el, '.now .badge-recall')).to.equal('Gọi lại lần 2');
    });

    it('each call is announced exactly once across a reconnect: missed calls after it, none twice', async () => {
      const el = await board();
      const calls = collect<TicketCalledDetail>(el, 'hcc-ticket-called');
      await run(issue('ho-tich'), issue('ho-tich'), issue('dat-dai'), issue('chung-thuc'), callNext('q1'));
      source.setConnectionState('reconnecting');
      await run(callNext('q2'), callNext('q3'));
      source.setConnectionState('live');
      await run(callNext('q4'));
      source.setConnectionState('reconnecting');
      source.setConnectionState('live');
      await settle(el);
      expect(calls.map((c) => [c.call.number, c.catchUp])).to.deep.equal([[1001, false], [1002, true], [4001, true], [2001, false]]);
    });

    it('a reload keeps the mark: the same calls are not announced again by the reloaded board', async () => {
      await run(issue('ho-tich'), callNext('q1'));
      let a: TicketCalledDetail[] = [];
      const first = await board({}, {}, true, (el) => (a = collect<TicketCalledDetail>(el, 'hcc-ticket-called')));
      await settle(first);
      expect(a.map((c) => c.call.number)).to.deep.equal([1001]);
      first.remove();
      let b: TicketCalledDetail[] = [];
      const second = await board({}, {}, true, (el) => (b = collect<TicketCalledDetail>(el, 'hcc-ticket-called')));
      await run(issue('ho-tich'), callNext('q2'));
      await settle(second);
      expect(b.map((c) => c.call.number)).to.deep.equal([1002]);
    });

    it('hcc-connection-state reports stale after two missed heartbeats and live again when data returns', async () => {
      const tamper = new TamperSource(source);
      setDefaultSource(tamper.source);
      const el = await board({ 'heartbeat-ms': '1000' });
      const states = collect<ConnectionStateDetail>(el, 'hcc-connection-state');
      for (let i = 0; i < 5; i++) {
        clock.advance(1000);
        tamper.inject({ type: 'heartbeat', at: toIso(clock.now(), 420), seq: 0 });
      }
      await settle(el);
      expect(el.stale).to.equal(false);
      // The board checks once a second: 2.4 s after the last heartbeat it is not stale yet (two
      // intervals and half an interval of tolerance), at the check 3 s after it is.
      clock.advance(2400);
      await settle(el);
      expect(el.stale, 'not yet: two heartbeats and a little tolerance').to.equal(false);
      clock.advance(700);
      await settle(el);
      expect(el.stale).to.equal(true);
      expect(el.hasAttribute('stale')).to.equal(true);
      expect(text(el, '.banner strong')).to.equal(`Mất kết nối – dữ liệu lúc 09:00`);
      tamper.inject({ type: 'heartbeat', at: toIso(clock.now(), 420), seq: 0 });
      await settle(el);
      expect(el.stale).to.equal(false);
      expect($(el, '.banner')).to.equal(null);
      expect(states.map((s) => s.stale)).to.deep.equal([true, false]);
    });

    it('hcc-data-rejected reports a payload that fails its schema; the board keeps its last good state', async () => {
      const tamper = new TamperSource(source);
      setDefaultSource(tamper.source);
      const el = await board();
      await run(issue('ho-tich'), callNext('q1'));
      await settle(el);
      const rejected = collect<DataRejectedDetail>(el, 'hcc-data-rejected');
      tamper.inject({ type: 'event', event: { type: 'ticket-called', seq: 99, at: 'yesterday', unitId: 'c1', ticket: {}, call: { number: -1 } } });
      tamper.inject({ type: 'snapshot', snapshot: { unitId: 'c1', epoch: 'x', seq: 'NaN', tickets: 'all of them' } });
      await settle(el);
      expect(rejected.map((r) => [r.error.kind, r.count])).to.deep.equal([['schema', 1], ['schema', 2]]);
      expect(rejected[0]!.error.message).to.contain('event');
      expect(text(el, '.now-number')).to.equal('Số 1001');
      expect(text(el, '.status .rejected')).to.equal('Đã bỏ qua 2 bản tin không hợp lệ');
    });

    it('hcc-reload fires at reload-at (local time) and can be cancelled', async () => {
      const el = await board({ 'reload-at': '09:05' });
      const reloads = collect<{ at: string }>(el, 'hcc-reload');
      el.addEventListener('hcc-reload', (e) => e.preventDefault());
      clock.advance(4 * 60_000);
      expect(reloads).to.have.length(0);
      clock.advance(61_000);
      expect(reloads).to.have.length(1);
      clock.advance(60 * 60_000);
      expect(reloads, 'once a day').to.have.length(1);
    });
  });

  describe('states', () => {
    it('shows each counter: calling, serving, idle, paused, closed, with text besides colour', async () => {
      const el = await board();
      await run(issue('ho-tich'), issue('dat-dai'), callNext('q1'), callNext('q3'), { type: 'start', counterId: 'q3' }, { type: 'pause', counterId: 'q2' }, { type: 'close', counterId: 'q4' });
      await settle(el);
      expect($$(el, '.counter').map((c) => clean(spoken(c)))).to.deep.equal([
        'Quầy 1 Đang mời 1001', 'Quầy 2 Tạm dừng', 'Quầy 3 Đang phục vụ 4001', 'Quầy 4 Đóng',
      ]);
      expect($$(el, '.counter .pause-mark, .counter .closed-mark').map((m) => m.textContent)).to.deep.equal(['⏸', '✕']);
    });

    it('shows waiting counts and an honest wait range per service, or "not enough data"', async () => {
      // Two Hộ tịch tickets served (30 s each), then three more waiting; two land tickets, no land samples.
      const s = stateAfter([
        issue('ho-tich'), issue('ho-tich'), callNext('q1'), { type: 'start', counterId: 'q1' }, callNext('q1'), { type: 'start', counterId: 'q1' },
        { type: 'finish', counterId: 'q1' }, issue('ho-tich'), issue('ho-tich'), issue('ho-tich'), issue('dat-dai'), issue('dat-dai', 'elderly'),
      ]);
      source = new MemorySource({ org: hallOrg, clock, snapshots: [s] });
      setDefaultSource(source);
      const el = await board();
      const rows = $$(el, '.service').map((r) => clean(spoken(r)));
      expect(rows[0]).to.match(/^Hộ tịch 3 (khoảng \d+–\d+ phút|dưới \d+ phút) \(ước tính sơ bộ\)$/);
      expect(rows[1]).to.equal('Đất đai 2 1 ưu tiên Chưa đủ dữ liệu');
      expect(rows[2]).to.equal('Chứng thực 0 Không phải chờ');
    });

    it('keeps the last known state on screen while the connection is down', async () => {
      const el = await board({ 'heartbeat-ms': '1000' });
      await run(issue('ho-tich'), callNext('q1'));
      source.setConnectionState('offline');
      clock.advance(5000);
      await settle(el);
      expect(el.connection).to.equal('offline');
      expect(el.stale).to.equal(true);
      expect(text(el, '.now-number')).to.equal('Số 1001');
      expect(text(el, '.status .conn')).to.equal('Thiết bị không có mạng');
    });

    it('"now calling" flashes at most twice a second and stops within seconds; it does not move under reduced motion', async () => {
      const el = await board();
      await run(issue('ho-tich'), callNext('q1'));
      await settle(el);
      const anim = $(el, '.now')!.getAnimations()[0]!;
      const timing = anim.effect!.getTiming();
      expect(1000 / Number(timing.duration)).to.be.at.most(3);
      expect(Number(timing.duration) * Number(timing.iterations)).to.be.at.most(10_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      await run(issue('ho-tich'), callNext('q2'));
      await settle(el);
      expect($(el, '.now')!.getAnimations()).to.have.length(0);
    });

    it('priority calls are marked with a symbol and words, not colour alone', async () => {
      const el = await board();
      await run(issue('ho-tich', 'disabled'), callNext('q1'));
      await settle(el);
      const badge = $(el, '.now .badge-priority')!;
      expect(badge.querySelector('svg')).to.exist;
      expect(clean(spoken(badge))).to.equal('Ưu tiên · Người khuyết tật');
      expect(getComputedStyle(badge).borderTopStyle).to.equal('double');
    });
  });

  describe('sound', () => {
    it('5 calls within 3 s are spoken in order through the speech engine, each twice, none interrupted', async () => {
      const speech = new FakeSpeech(clock);
      const el = await board({ audio: 'on' }, { audioEnvironment: { speech, createAudioContext: () => null } });
      await waitUntil(() => el.audioState === 'ready');
      await run(...[1, 2, 3, 4, 5].map(() => issue('ho-tich')));
      clock.advance(1000);
      for (const c of ['q1', 'q2', 'q1', 'q2', 'q4']) {
        clock.advance(500);
        await source.command(callNext(c));
      }
      for (let i = 0; i < 200 && clock.pending; i++) clock.advance(1000);
      const said = speech.spoken.map((s) => s.text);
      const n = ['một nghìn không trăm linh một', 'một nghìn không trăm linh hai', 'một nghìn không trăm linh ba', 'một nghìn không trăm linh bốn', 'một nghìn không trăm linh năm'];
      const counters = ['một', 'hai', 'một', 'hai', 'bốn'];
      expect(said).to.deep.equal(n.flatMap((x, i) => [0, 1].map(() => `Mời công dân có số ${x} đến quầy số ${counters[i]}`)));
      expect(speech.overlaps).to.equal(0);
      expect(speech.spoken.every((s) => s.lang === 'vi-VN' && s.voice === undefined)).to.equal(true);
    });

    it('without a Vietnamese voice: chime only, the call is still shown and announced by event, and the status says so', async () => {
      const speech = new FakeSpeech(clock, [{ name: 'Daniel', lang: 'en-GB' }]);
      let audio: AudioStateDetail[] = [];
      const el = await board({ audio: 'on' }, { audioEnvironment: { speech, createAudioContext: () => null } }, true, (b) => (audio = collect<AudioStateDetail>(b, 'hcc-audio-state')));
      await waitUntil(() => el.audioState === 'ready');
      const calls = collect<TicketCalledDetail>(el, 'hcc-ticket-called');
      await run(issue('ho-tich'), callNext('q1'));
      for (let i = 0; i < 10; i++) clock.advance(1000);
      await settle(el);
      expect(speech.spoken).to.deep.equal([]);
      expect(calls.map((c) => c.spoken)).to.deep.equal([true]);
      expect(text(el, '.status .audio')).to.equal('Thiết bị không có giọng đọc tiếng Việt – chỉ phát chuông, số gọi hiển thị nổi bật');
      expect($(el, '.now')!.classList.contains('no-voice')).to.equal(true);
      expect(audio.at(-1)).to.deep.include({ state: 'ready', speech: false, voice: null });
      // A voice that arrives later (Chrome loads voices asynchronously) is used from then on.
      speech.setVoices([{ name: 'Linh', lang: 'vi-VN' }]);
      await run(issue('ho-tich'), callNext('q2'));
      for (let i = 0; i < 10; i++) clock.advance(1000);
      expect(speech.spoken.map((s) => s.text)).to.deep.equal(['Mời công dân có số một nghìn không trăm linh hai đến quầy số hai', 'Mời công dân có số một nghìn không trăm linh hai đến quầy số hai']);
    });

    it('a stalled speech engine is recovered by the watchdog and later calls are spoken', async () => {
      const speech = new FakeSpeech(clock);
      const el = await board({ audio: 'on', repeat: '1' }, { audioEnvironment: { speech, createAudioContext: () => null } });
      await waitUntil(() => el.audioState === 'ready');
      speech.stall = true;
      await run(issue('ho-tich'), issue('ho-tich'), callNext('q1'));
      for (let i = 0; i < 25; i++) clock.advance(1000);
      expect(speech.cancels).to.be.at.least(1);
      speech.stall = false;
      await run(callNext('q2'));
      for (let i = 0; i < 30; i++) clock.advance(1000);
      expect(speech.spoken.map((s) => s.text).at(-1)).to.equal('Mời công dân có số một nghìn không trăm linh hai đến quầy số hai');
    });

    it('when the browser blocks sound, a large "Bật âm thanh" button appears; one real tap turns sound on', async () => {
      let audio: AudioStateDetail[] = [];
      const el = await board({ audio: 'on' }, {}, true, (b) => (audio = collect<AudioStateDetail>(b, 'hcc-audio-state')));
      clock.advance(500);
      await waitUntil(() => el.audioState === 'blocked', 'blocked by the autoplay policy');
      await settle(el);
      const button = $(el, '.unlock')!;
      expect(button.textContent!.trim()).to.equal('Bật âm thanh');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const r = button.getBoundingClientRect();
      expect(r.height).to.be.at.least(48);
      await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await waitUntil(() => el.audioState === 'ready', 'sound on after the tap');
      await settle(el);
      expect($(el, '.unlock')).to.equal(null);
      expect(audio.map((a) => a.state)).to.include.members(['blocked', 'ready']);
    });

    it('audio="off" never creates sound and says so', async () => {
      const speech = new FakeSpeech(clock);
      const el = await board({ audio: 'off' }, { audioEnvironment: { speech } });
      await run(issue('ho-tich'), callNext('q1'));
      for (let i = 0; i < 10; i++) clock.advance(1000);
      expect(speech.spoken).to.deep.equal([]);
      expect(el.audioState).to.equal('off');
      expect(text(el, '.status .audio')).to.equal('Không phát âm thanh');
    });

    it('number-style="digits" and a custom template change the sentence', async () => {
      const el = await board({ 'number-style': 'digits', 'announce-template': 'Số {số}, mời đến {tên quầy}' });
      const calls = collect<TicketCalledDetail>(el, 'hcc-ticket-called');
      await run(issue('dat-dai'), callNext('q3'));
      expect(calls[0]!.text).to.equal('Số bốn không không một, mời đến Quầy 3 – Đất đai');
    });
  });

  describe('TV layout', () => {
    for (const [w, h] of [[1920, 1080], [3840, 2160]] as const) {
      it(`at ${w}×${h}: nothing in the 5 % margins, ticket digits at least 12 % of the height, 7:1 contrast`, async () => {
        await setViewport({ width: w, height: h });
        const el = document.createElement('hcc-queue-board');
        el.setAttribute('audio', 'off');
        el.setAttribute('heartbeat-ms', '0');
        el.setAttribute('theme', 'dark');
        el.clock = clock;
        await run(issue('ho-tich'), issue('dat-dai', 'elderly'), callNext('q1'), callNext('q3'), { type: 'recall', counterId: 'q3' });
        document.body.style.margin = '0';
        document.body.append(el);
        boards.push(el);
        await waitUntil(() => $(el, '.body'));
        await settle(el);
        await document.fonts.ready;
        const outside: string[] = [];
        const mx = w * 0.05 - 1;
        const my = h * 0.05 - 1;
        for (const node of el.shadowRoot!.querySelectorAll('.board *')) {
          if (node.closest('.visually-hidden')) continue;
          const r = node.getBoundingClientRect();
          if (r.width < 1 || r.height < 1) continue;
          if (r.left < mx || r.top < my || r.right > w - mx || r.bottom > h - my) outside.push(`${node.className || node.localName}`);
        }
        expect(outside).to.deep.equal([]);
        const num = $(el, '.now-number')!;
        const cs = getComputedStyle(num);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const m = ctx.measureText('0123456789');
        expect(m.actualBoundingBoxAscent).to.be.at.least(0.12 * h);
        const lum = (c: string) => {
          const [r, g, b] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const fg = lum(cs.color);
        const bg = lum(getComputedStyle($(el, '.now')!).backgroundColor);
        expect((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)).to.be.at.least(7);
        document.body.style.margin = '';
      });
    }
  });

  describe('i18n', () => {
    it('switches to English at runtime, with English sentences for the calls', async () => {
      const el = await board();
      const calls = collect<TicketCalledDetail>(el, 'hcc-ticket-called');
      el.setAttribute('lang', 'en');
      await settle(el);
      await run(issue('ho-tich'), callNext('q1'));
      await settle(el);
      expect(text(el, '.now-title')).to.equal('Now calling');
      expect(calls[0]!.text).to.equal('Ticket number 1001, please go to counter 1');
      expect(text(el, '.date')).to.match(/^Monday, 02\/03\/2026$/);
    });
  });

  describe('theming', () => {
    it('--hcc-queue-board-digits sets the colour of the ticket digits', async () => {
      await run(issue('ho-tich'), callNext('q1'));
      const el = await board();
      el.style.setProperty('--hcc-queue-board-digits', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.now-number')!).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('cleanup', () => {
    it('leaves no subscription, timer, observer or localize controller behind when removed', async () => {
      const before = liveLocalizeCount();
      const speech = new FakeSpeech(clock);
      const el = await board({ audio: 'on', 'refresh-minutes': '5', 'reload-at': '03:00' }, { audioEnvironment: { speech, createAudioContext: () => null } });
      await run(issue('ho-tich'), callNext('q1'));
      expect(clock.pending).to.be.greaterThan(0);
      expect((source as unknown as { subscribers: Set<unknown> }).subscribers.size).to.equal(1);
      el.remove();
      boards.splice(boards.indexOf(el), 1);
      await Promise.resolve();
      expect((source as unknown as { subscribers: Set<unknown> }).subscribers.size).to.equal(0);
      expect(clock.pending).to.equal(0);
      expect(speech.listeners.size).to.equal(0);
      expect(liveLocalizeCount()).to.equal(before);
    });
  });
});
