// Fault injection on the hall screen: <hcc-queue-board> on the real HTTP adapter against the reference
// server (its own process, started by the WTR plugin). Over fourteen rounds the SSE stream is cut in
// every way the server can cut it (sockets destroyed, ended, reconnects dropped, answered 500, never
// answered, the server killed and restarted, the server restarted with a new state) while officers
// keep calling numbers; the board must end up showing the server's state and must have announced
// every call exactly once, none twice, none missed.
// Speech is FakeSpeech (test/components/queue-board-support.ts): headless Chromium here has no speech
// voices. Everything else (HTTP, SSE, reconnects, the engine, the board) is real.
// Run: npx wtr --group stress (or --files test/stress/faults-queue-board.test.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/queue.js';
import type { ConnectionStateDetail, HccQueueBoard, TicketCalledDetail } from '../../src/components/queue-board/queue-board.js';
import { HttpSource } from '../../src/data/adapters/http/http-source.js';
import { systemClock } from '../../src/data/adapters/http/runtime.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { defaultBoardUnit } from '../../src/core/queue/board-model.js';
import { OrgData } from '../../src/data/schemas/org.js';
import { QueueCommandResult, QueueSnapshot, type QueueCommand } from '../../src/data/schemas/queue.js';
import { refServer, startRefServer, type FaultOptions } from '../helpers/refserver.js';
import { getJson, mustParse, postJson } from '../integration/server/support.js';
import { FakeSpeech } from '../components/queue-board-support.js';

const HEARTBEAT = 500;

/** How a round cuts the board off. */
type Cut = 'kill' | 'graceful' | 'drop' | 'fail500' | 'timeout' | 'restart' | 'new-state';
/** Cuts during which new connections fail, so calls made meanwhile can only arrive by catching up. */
const BLOCKING: Partial<Record<Cut, FaultOptions>> = {
  drop: { drop: 1, paths: '/stream' },
  fail500: { fail500: 1, paths: '/stream' },
  timeout: { timeout: 1, paths: '/stream' },
  'new-state': { drop: 1, paths: '/stream' },
};
const ROUNDS: Cut[] = ['kill', 'drop', 'graceful', 'fail500', 'timeout', 'restart', 'drop', 'kill', 'fail500', 'new-state', 'timeout', 'graceful', 'restart', 'new-state'];

describe('hall board under a cut stream and server restarts', function () {
  this.timeout(600_000);

  afterEach(() => setDefaultSource(undefined));

  it('fourteen cuts, two restarts and two new server states: the board converges to the server and announces every call exactly once', async () => {
    const { api } = await startRefServer({ casesPerYear: 300, heartbeat: HEARTBEAT });
    const org = mustParse(OrgData, (await getJson(`${api}/org`)).body, 'org');
    const unitId = defaultBoardUnit(org)!;
    const mine = org.counters.filter((c) => c.unitId === unitId);
    const numberOf = new Map(org.counters.map((c) => [c.id, c.number]));
    expect(mine.length, 'counters of the hall').to.be.at.least(6);
    sessionStorage.clear();
    setDefaultSource(new HttpSource({ api, stream: { minDelayMs: 150, maxDelayMs: 800, idleTimeoutMs: 4 * HEARTBEAT, connectTimeoutMs: 4 * HEARTBEAT } }));

    const command = async (cmd: QueueCommand) => {
      const r = await postJson(`${api}/queue/commands`, cmd);
      expect(r.status, JSON.stringify(r.body)).to.equal(200);
      return mustParse(QueueCommandResult, r.body, 'command result');
    };
    let next = 0;
    /** Issues a ticket for the next counter's service and calls it there; returns the called number. */
    const call = async (): Promise<number> => {
      const counter = mine[next++ % mine.length]!;
      await command({ type: 'issue', unitId, serviceId: counter.fieldIds[0]! });
      const r = await command({ type: 'call-next', counterId: counter.id });
      const called = r.events.find((e) => e.type === 'ticket-called');
      if (called?.type !== 'ticket-called') throw new Error(`counter ${counter.id} called nobody`);
      return called.call.number;
    };
    const snapshot = async () => mustParse(QueueSnapshot, (await getJson(`${api}/queue/${unitId}/snapshot`)).body, 'snapshot');
    /** Stream connections the server has seen since it (re)started. */
    const streamRequests = async () => (await refServer('state')).requests[`GET /queue/{unitId}/stream`] ?? 0;

    const speech = new FakeSpeech(systemClock, [{ name: 'Linh', lang: 'vi-VN' }], 100);
    const calls: TicketCalledDetail[] = [];
    let reconnects = 0;
    let staleSeen = 0;
    const el = await fixture<HccQueueBoard>(html`<hcc-queue-board
      audio="on" repeat="1" repeat-gap-ms="50" heartbeat-ms=${HEARTBEAT} style="height: 600px"
      .audioEnvironment=${{ speech, createAudioContext: () => null }}
      @hcc-ticket-called=${(e: CustomEvent<TicketCalledDetail>) => calls.push(e.detail)}
      @hcc-connection-state=${(e: CustomEvent<ConnectionStateDetail>) => {
        if (e.detail.state === 'reconnecting') reconnects++;
        if (e.detail.stale) staleSeen++;
      }}
    ></hcc-queue-board>`);
    const live = () => el.connection === 'live' && !el.stale;
    await waitUntil(() => live() && el.shadowRoot!.querySelector('.body'), 'the board is live', { timeout: 20_000 });

    /** Every call made, in order, and whether it was made while the board was cut off. */
    const made: { number: number; catchUp: boolean }[] = [];
    const t0 = performance.now();
    for (const [round, cut] of ROUNDS.entries()) {
      // A call while live: announced from the stream.
      made.push({ number: await call(), catchUp: false });
      await waitUntil(() => calls.length === made.length, `round ${round + 1}: the live call`, { timeout: 10_000 });

      const blocking = BLOCKING[cut];
      const before = reconnects;
      if (cut === 'restart' || cut === 'new-state') {
        // SIGKILL, down for three heartbeats, up again on the same address with the same database.
        await refServer('restart', { downMs: 3 * HEARTBEAT });
        if (cut === 'new-state') {
          // It comes back with another state (a new epoch: a restored backup, another day's queue):
          // connections are refused until some calls have been made in the new state.
          await refServer('faults', blocking!);
          await refServer('new-epoch', {});
        }
      } else {
        if (blocking) await refServer('faults', blocking);
        await refServer('kill-sse', cut === 'graceful' ? { graceful: true } : {});
      }
      await waitUntil(() => reconnects > before, `round ${round + 1} (${cut}): the board noticed the cut`, { timeout: 20_000 });
      if (blocking) {
        // Reconnects fail several times; calls made meanwhile at different counters are missed live.
        const seen = await streamRequests();
        for (let i = 0; i < 2; i++) made.push({ number: await call(), catchUp: true });
        await waitUntil(async () => (await streamRequests()) >= seen + 2, `round ${round + 1}: failed reconnects`, { timeout: 15_000, interval: 100 });
        expect(el.connection, `round ${round + 1}: cut off`).to.not.equal('live');
        await refServer('faults', {});
      }
      await waitUntil(live, `round ${round + 1} (${cut}): live again`, { timeout: 20_000 });
      await waitUntil(() => calls.length >= made.length, `round ${round + 1} (${cut}): the missed calls announced`, { timeout: 10_000 });
    }
    // One more call after the last cut, and time for anything that would come twice.
    made.push({ number: await call(), catchUp: false });
    await waitUntil(() => calls.length >= made.length, 'the last call', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 4 * HEARTBEAT));
    const elapsed = performance.now() - t0;

    // Every call announced once, in the order made; the missed ones by catching up after the reconnect.
    expect(calls.map((c) => c.call.number)).to.deep.equal(made.map((m) => m.number));
    made.forEach((m, i) => expect(calls[i]!.catchUp, `call ${i + 1} (${m.number}) caught up`).to.equal(m.catchUp));
    await waitUntil(() => speech.spoken.length === calls.length, 'every call spoken', { timeout: 30_000 });
    expect(speech.spoken.map((x) => x.text)).to.deep.equal(calls.map((c) => c.text));
    expect(speech.overlaps).to.equal(0);

    // The board shows the server's state: every counter's ticket, and the last call as the current one.
    const s = await snapshot();
    await el.updateComplete;
    const onBoard = [...el.shadowRoot!.querySelectorAll('.counter')].map((c) => [
      c.querySelector('.counter-no')!.textContent!.replace(/\D/g, ''),
      c.querySelector('.counter-ticket')?.textContent ?? '-',
    ]);
    const expected = s.counters
      .map((c) => [String(numberOf.get(c.counterId)), c.ticketId ? String(s.tickets.find((t) => t.id === c.ticketId)!.number) : '-'])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(onBoard).to.deep.equal(expected);
    expect(el.shadowRoot!.querySelector('.now-number')!.textContent).to.contain(String(made.at(-1)!.number));
    expect(el.shadowRoot!.querySelector('.banner')).to.equal(null);
    expect(reconnects, 'the board reconnected after every cut').to.be.at.least(ROUNDS.length);

    console.log(
      `queue board: ${ROUNDS.length} cuts (${ROUNDS.join(', ')}), ${made.length} calls, ${calls.filter((c) => c.catchUp).length} announced by catching up, ` +
        `${reconnects} reconnecting states, stale banner ${staleSeen} times, ${(elapsed / 1000).toFixed(1)} s`,
    );
    el.remove();
  });
});
