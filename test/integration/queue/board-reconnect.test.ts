// <hcc-queue-board> against the real reference server (server/, one process per test file, started by
// the WTR plugin): the SSE stream is cut while officers call numbers; after the reconnect the board
// must match the server, with every call announced exactly once. Speech uses FakeSpeech because
// headless Chromium here has no speech voices; everything else (HTTP, SSE, the engine, the board) is real.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/queue.js';
import type { HccQueueBoard, TicketCalledDetail, DataRejectedDetail } from '../../../src/components/queue-board/queue-board.js';
import { HttpSource } from '../../../src/data/adapters/http/http-source.js';
import { setDefaultSource } from '../../../src/data/registry.js';
import { defaultBoardUnit } from '../../../src/core/queue/board-model.js';
import { systemClock } from '../../../src/data/adapters/http/runtime.js';
import { OrgData } from '../../../src/data/schemas/org.js';
import { QueueCommandResult, QueueSnapshot, type QueueCommand } from '../../../src/data/schemas/queue.js';
import { refServer, startRefServer } from '../../helpers/refserver.js';
import { getJson, mustParse, postJson } from '../server/support.js';
import { FakeSpeech } from '../../components/queue-board-support.js';

const HEARTBEAT = 500;

describe('hall board against the reference server', function () {
  this.timeout(90_000);
  let api = '';
  let unitId = '';
  let counters: string[] = [];
  let fieldOf: Map<string, string>;
  /** Number painted above each counter. */
  const numbers = new Map<string, number>();

  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 500, heartbeat: HEARTBEAT }));
    const org = mustParse(OrgData, (await getJson(`${api}/org`)).body, 'org');
    unitId = defaultBoardUnit(org)!;
    const mine = org.counters.filter((c) => c.unitId === unitId);
    counters = mine.map((c) => c.id);
    fieldOf = new Map(mine.map((c) => [c.id, c.fieldIds[0]!]));
    for (const c of org.counters) numbers.set(c.id, c.number);
  });
  beforeEach(async () => {
    sessionStorage.clear();
    await refServer('faults', {});
    await refServer('new-epoch', {});
    setDefaultSource(new HttpSource({ api, stream: { minDelayMs: 150, maxDelayMs: 800, idleTimeoutMs: 4 * HEARTBEAT } }));
  });
  afterEach(() => setDefaultSource(undefined));

  const command = async (cmd: QueueCommand) => {
    const r = await postJson(`${api}/queue/commands`, cmd);
    expect(r.status, JSON.stringify(r.body)).to.equal(200);
    return mustParse(QueueCommandResult, r.body, 'command result');
  };
  /** Issues a ticket for counter `i`'s first service and calls it there; returns the called number. */
  const issueAndCall = async (i: number): Promise<number> => {
    const counterId = counters[i]!;
    await command({ type: 'issue', unitId, serviceId: fieldOf.get(counterId)! });
    const r = await command({ type: 'call-next', counterId });
    const called = r.events.find((e) => e.type === 'ticket-called');
    if (called?.type !== 'ticket-called') throw new Error(`counter ${counterId} called nobody`);
    return called.call.number;
  };
  const serverSnapshot = async () => mustParse(QueueSnapshot, (await getJson(`${api}/queue/${unitId}/snapshot`)).body, 'snapshot');

  async function mount(): Promise<{ el: HccQueueBoard; calls: TicketCalledDetail[]; speech: FakeSpeech; rejected: DataRejectedDetail[] }> {
    const speech = new FakeSpeech(systemClock, [{ name: 'Linh', lang: 'vi-VN' }], 150);
    const calls: TicketCalledDetail[] = [];
    const rejected: DataRejectedDetail[] = [];
    const el = await fixture<HccQueueBoard>(html`<hcc-queue-board
      audio="on" repeat="1" repeat-gap-ms="100" heartbeat-ms=${HEARTBEAT} style="height: 600px"
      .audioEnvironment=${{ speech, createAudioContext: () => null }}
      @hcc-ticket-called=${(e: CustomEvent<TicketCalledDetail>) => calls.push(e.detail)}
      @hcc-data-rejected=${(e: CustomEvent<DataRejectedDetail>) => rejected.push(e.detail)}
    ></hcc-queue-board>`);
    await waitUntil(() => el.connection === 'live' && el.shadowRoot!.querySelector('.body'), 'the board is live', { timeout: 15_000 });
    return { el, calls, speech, rejected };
  }
  /** What the board shows per counter: its number and the ticket there (or its state). */
  const boardCounters = (el: HccQueueBoard) =>
    [...el.shadowRoot!.querySelectorAll('.counter')].map((c) => [c.querySelector('.counter-no')!.textContent!.replace(/\D/g, ''), c.querySelector('.counter-ticket')?.textContent ?? '-']);

  it('the stream is cut during 5 calls: the stale banner comes and goes, the board matches the server, each call is announced once', async () => {
    const { el, calls, speech } = await mount();
    const first = await issueAndCall(0);
    await waitUntil(() => calls.length === 1, 'the first call, live');

    // New stream connections are dropped, and the open one is killed: the board is cut off.
    await refServer('faults', { drop: 1, paths: '/stream' });
    await refServer('kill-sse', {});
    const missed: number[] = [];
    for (let i = 1; i <= 4; i++) missed.push(await issueAndCall(i));
    await waitUntil(() => el.stale, 'the stale banner after two missed heartbeats', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('.banner')!.textContent).to.match(/Mất kết nối – dữ liệu lúc \d\d:\d\d/);
    expect(el.connection).to.not.equal('live');
    // The last known state stays on screen meanwhile.
    expect(el.shadowRoot!.querySelector('.now-number')!.textContent).to.contain(String(first));

    await refServer('faults', {});
    await waitUntil(() => !el.stale && el.connection === 'live', 'reconnected, banner cleared', { timeout: 15_000 });
    await waitUntil(() => calls.length === 5, 'the missed calls announced', { timeout: 5000 });
    expect(calls.map((c) => c.call.number)).to.deep.equal([first, ...missed]);
    expect(calls.map((c) => c.catchUp)).to.deep.equal([false, true, true, true, true]);
    expect(el.shadowRoot!.querySelector('.banner')).to.equal(null);

    const s = await serverSnapshot();
    await el.updateComplete;
    const expected = s.counters
      .map((c) => [String(numbers.get(c.counterId)), c.ticketId ? String(s.tickets.find((t) => t.id === c.ticketId)!.number) : '-'])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(boardCounters(el)).to.deep.equal(expected);
    expect(el.shadowRoot!.querySelector('.now-number')!.textContent).to.contain(String(missed.at(-1)));
    // The reconnect resumed with the last event id of the same epoch.
    const state = await refServer('state');
    expect(state.sse.lastEventIds[`/queue/${unitId}/stream`]).to.match(new RegExp(`^${s.epoch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+$`));

    await waitUntil(() => speech.spoken.length === 5, 'every call spoken', { timeout: 20_000 });
    expect(speech.spoken.map((x) => x.text)).to.deep.equal(calls.map((c) => c.text));
    expect(speech.overlaps).to.equal(0);
    // Nothing more is announced afterwards: no duplicates from replays or heartbeats.
    await new Promise((r) => setTimeout(r, 3 * HEARTBEAT));
    expect(calls).to.have.length(5);
    expect(speech.spoken).to.have.length(5);
  });

  it('a server restart within the same epoch announces only what was missed; a new epoch starts a fresh baseline', async () => {
    const { el, calls } = await mount();
    await issueAndCall(0);
    await waitUntil(() => calls.length === 1);
    await refServer('restart', { downMs: 3 * HEARTBEAT });
    await waitUntil(() => el.connection === 'live', 'back after the restart', { timeout: 15_000 });
    const after = await issueAndCall(1);
    await waitUntil(() => calls.length === 2, 'the call after the restart');
    expect(calls[1]!.call.number).to.equal(after);

    // The server replaces its state: the old calls are not announced again, new ones are.
    await refServer('new-epoch', {});
    await waitUntil(async () => (await serverSnapshot()).seq === 0 && el.connection === 'live', 'the new epoch is live', { timeout: 15_000 });
    const fresh = await issueAndCall(2);
    await waitUntil(() => calls.length === 3, 'the first call of the new epoch', { timeout: 10_000 });
    expect(calls.map((c) => c.call.number).at(-1)).to.equal(fresh);
    await new Promise((r) => setTimeout(r, 3 * HEARTBEAT));
    expect(calls).to.have.length(3);
  });

  it('malformed data from the server is reported and does not blank the board', async () => {
    const { el, calls, rejected } = await mount();
    const n = await issueAndCall(0);
    await waitUntil(() => calls.length === 1);
    await refServer('faults', { malformed: 1, paths: '/stream' });
    await refServer('kill-sse', {});
    await waitUntil(() => rejected.length >= 1, 'a rejected payload', { timeout: 10_000 });
    expect(rejected[0]!.error.kind).to.equal('schema');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.status .rejected')!.textContent).to.match(/Đã bỏ qua \d+ bản tin không hợp lệ/);
    expect(el.shadowRoot!.querySelector('.now-number')!.textContent).to.contain(String(n));
    await refServer('faults', {});
  });
});
