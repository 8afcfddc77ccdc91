import { expect, waitUntil } from '@open-wc/testing';
import { HttpSource } from '../../../../src/data/adapters/http/http-source.js';
import type { QueueMessage } from '../../../../src/data/ports.js';
import type { OrgData } from '../../../../src/data/schemas/org.js';
import type { QueueSnapshot } from '../../../../src/data/schemas/queue.js';
import { refServer, startRefServer, type RefServerAddress } from '../../../helpers/refserver.js';
import { ManualClock } from './fakes.js';

// The queue stream of HttpSource against the reference server on loopback. Reconnect delays run on a
// ManualClock so each test decides exactly when the client comes back (e.g. after calls it missed).

function listen(src: HttpSource, unitId: string) {
  const messages: QueueMessage[] = [];
  const ctrl = new AbortController();
  src.subscribe(unitId, (m) => messages.push(m), ctrl.signal);
  const snapshots = () => messages.flatMap((m) => (m.type === 'snapshot' ? [m.snapshot] : []));
  const events = () => messages.flatMap((m) => (m.type === 'event' ? [m.event] : []));
  const states = () => messages.flatMap((m) => (m.type === 'state' ? [m] : []));
  const errors = () => messages.flatMap((m) => (m.type === 'error' ? [m.error] : []));
  return { messages, ctrl, snapshots, events, states, errors };
}

describe('HttpSource.subscribe (reference server)', () => {
  let server: RefServerAddress;
  let org: OrgData;
  let unitId: string;
  let counterId: string;
  let serviceId: string;

  before(async () => {
    server = await startRefServer({ heartbeat: 200 });
    org = await new HttpSource({ api: server.api }).org();
    const counter = org.counters[0]!;
    ({ unitId, id: counterId } = counter);
    serviceId = counter.fieldIds[0]!;
  });
  afterEach(async () => {
    await refServer('faults', {});
  });

  it('sends the snapshot first, then every event of a command in seq order, and heartbeats', async () => {
    const src = new HttpSource({ api: server.api });
    const l = listen(src, unitId);
    await waitUntil(() => l.snapshots().length === 1, 'no snapshot', { timeout: 5000 });
    expect(l.messages.slice(0, 3).map((m) => (m.type === 'state' ? m.state : m.type))).to.deep.equal(['connecting', 'live', 'snapshot']);
    const base = l.snapshots()[0]!.seq;
    const issued = await src.command({ type: 'issue', unitId, serviceId });
    await src.command({ type: 'call-next', counterId });
    await waitUntil(() => l.events().length >= 3, 'no events', { timeout: 5000 });
    expect(l.events().map((e) => e.seq)).to.deep.equal([base + 1, base + 2, base + 3]);
    expect(l.events()[0]).to.deep.equal(issued.events[0]);
    await waitUntil(() => l.messages.some((m) => m.type === 'heartbeat'), 'no heartbeat', { timeout: 5000 });
    expect(l.errors()).to.deep.equal([]);
    l.ctrl.abort();
  });

  it('reconnects after the server is killed and resumes with Last-Event-ID: the snapshot holds every missed call', async function () {
    this.timeout(60_000);
    const clock = new ManualClock();
    const src = new HttpSource({ api: server.api, clock, rng: () => 0 });
    const l = listen(src, unitId);
    await waitUntil(() => l.snapshots().length === 1, 'no snapshot', { timeout: 5000 });
    await src.command({ type: 'issue', unitId, serviceId });
    await waitUntil(() => l.events().length === 1, 'no event', { timeout: 5000 });
    const first = l.snapshots()[0]!;
    const lastSeen = `${first.epoch}.${l.events().at(-1)!.seq}`;

    await refServer('restart', { downMs: 500 });
    await waitUntil(() => src.streams.size === 1 && [...src.streams][0]!.state === 'reconnecting', 'no reconnecting state', { timeout: 10_000 });
    const retry = l.states().at(-1)!;
    expect(retry.retryInMs).to.be.a('number');

    // While the client waits, the hall goes on: more calls than a plain snapshot keeps (50).
    const other = new HttpSource({ api: server.api });
    const missed = 60;
    for (let i = 0; i < missed; i++) await other.command({ type: 'issue', unitId, serviceId });
    const calledSeqs: number[] = [];
    for (let i = 0; i < missed; i++) {
      const r = await other.command({ type: 'call-next', counterId });
      for (const e of r.events) if (e.type === 'ticket-called') calledSeqs.push(e.call.seq);
    }
    expect(calledSeqs).to.have.length(missed);

    clock.advance(retry.retryInMs!);
    await waitUntil(() => l.snapshots().length === 2, 'no second snapshot', { timeout: 10_000 });
    const state = await refServer('state');
    expect(state.sse.lastEventIds[`/queue/${unitId}/stream`]).to.equal(lastSeen);
    const resumed = l.snapshots()[1]!;
    expect(resumed.epoch).to.equal(first.epoch);
    const resumedSeqs = new Set(resumed.calls.map((c) => c.seq));
    expect(calledSeqs.every((s) => resumedSeqs.has(s))).to.equal(true);
    // A client that did not resume gets only the usual window of recent calls.
    const plain = await other.snapshot(unitId);
    expect(calledSeqs.filter((s) => plain.calls.some((c) => c.seq === s)).length).to.be.below(missed);
    expect(l.states().at(-1)!.state).to.equal('live');
    expect(l.errors().every((e) => e.kind === 'network')).to.equal(true);
    l.ctrl.abort();
  });

  it('resumes after the server closes every stream, and the server sees the last id it sent', async () => {
    const clock = new ManualClock();
    const src = new HttpSource({ api: server.api, clock, rng: () => 0 });
    const l = listen(src, unitId);
    await waitUntil(() => l.snapshots().length === 1, 'no snapshot', { timeout: 5000 });
    const s = l.snapshots()[0]!;
    await refServer('kill-sse', { graceful: true });
    await waitUntil(() => l.states().at(-1)?.state === 'reconnecting', 'no reconnecting state', { timeout: 5000 });
    clock.advance(l.states().at(-1)!.retryInMs!);
    await waitUntil(() => l.snapshots().length === 2, 'no second snapshot', { timeout: 5000 });
    const state = await refServer('state');
    const stream = state.sse.streams.find((x) => x.unitId === unitId && x.lastEventId !== null)!;
    expect(stream.lastEventId).to.equal(`${s.epoch}.${s.seq}`);
    l.ctrl.abort();
  });

  it('takes the snapshot after a new epoch as a new baseline', async () => {
    const clock = new ManualClock();
    const src = new HttpSource({ api: server.api, clock, rng: () => 0 });
    const l = listen(src, unitId);
    await waitUntil(() => l.snapshots().length === 1, 'no snapshot', { timeout: 5000 });
    const old = l.snapshots()[0]!;
    const { epochs } = await refServer('new-epoch', { unitId });
    await waitUntil(() => l.states().at(-1)?.state === 'reconnecting', 'no reconnecting state', { timeout: 5000 });
    clock.advance(l.states().at(-1)!.retryInMs!);
    await waitUntil(() => l.snapshots().length === 2, 'no second snapshot', { timeout: 5000 });
    const fresh: QueueSnapshot = l.snapshots()[1]!;
    expect(fresh.epoch).to.equal(epochs[unitId]);
    expect(fresh.epoch).not.to.equal(old.epoch);
    expect([fresh.seq, fresh.calls.length, fresh.tickets.length]).to.deep.equal([0, 0, 0]);
    l.ctrl.abort();
  });

  it('reports a malformed message as a schema error, counts it and keeps the stream', async () => {
    await refServer('faults', { malformed: 1, paths: '/stream' });
    const src = new HttpSource({ api: server.api });
    const l = listen(src, unitId);
    await waitUntil(() => l.snapshots().length === 1, 'no snapshot', { timeout: 5000 });
    expect(l.errors().map((e) => e.kind)).to.deep.equal(['schema']);
    expect([...src.streams][0]!.invalid).to.equal(1);
    await src.command({ type: 'issue', unitId, serviceId });
    await waitUntil(() => l.events().length === 1, 'no event after the bad message', { timeout: 5000 });
    expect([...src.streams][0]!.connections).to.equal(1);
    l.ctrl.abort();
  });

  it('reports an unknown unit as a not_found error and keeps retrying with backoff', async () => {
    const clock = new ManualClock();
    const src = new HttpSource({ api: server.api, clock, rng: () => 0 });
    const l = listen(src, 'no-such-unit');
    await waitUntil(() => l.states().at(-1)?.state === 'reconnecting', 'no reconnecting state', { timeout: 5000 });
    expect(l.errors().map((e) => [e.kind, e.status])).to.deep.equal([['not_found', 404]]);
    expect(l.snapshots()).to.have.length(0);
    l.ctrl.abort();
    expect(src.streams.size).to.equal(0);
  });
});
