import { expect, waitUntil } from '@open-wc/testing';
import { openSse, type SseMessage } from '../../../../src/data/adapters/http/sse.js';
import { DataError } from '../../../../src/data/errors.js';
import { Heartbeat, QueueEvent, QueueSnapshot } from '../../../../src/data/schemas/queue.js';
import { ManualClock, ScriptedFetch, SwitchableConnectivity } from './fakes.js';

// The SSE client over byte streams the test controls (see ScriptedFetch for why they are scripted);
// behaviour against the reference server is covered in sse-server.test.ts.

const EVENTS = { snapshot: QueueSnapshot, queue: QueueEvent, heartbeat: Heartbeat };
type Msg = SseMessage<typeof EVENTS>;
const URL_ = 'http://127.0.0.1:9/api/v1/queue/u1/stream';

const snapshot = (seq: number, extra: Record<string, unknown> = {}) => ({
  unitId: 'u1', epoch: 'e1', seq, at: '2026-03-04T08:00:00+07:00', tickets: [], counters: [], calls: [], issued: {}, ...extra,
});
const frame = (event: string, data: unknown, id?: string) => `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

function setup(opts: { online?: boolean; rng?: () => number; healthyAfterMs?: number } = {}) {
  const net = new ScriptedFetch();
  const clock = new ManualClock();
  const connectivity = new SwitchableConnectivity(opts.online ?? true);
  const messages: Msg[] = [];
  const ctrl = new AbortController();
  const handle = openSse(
    {
      url: URL_, events: EVENTS, fetch: net.fetch, clock, connectivity, rng: opts.rng ?? (() => 0.5),
      idleTimeoutMs: 45_000, healthyAfterMs: opts.healthyAfterMs ?? 10_000,
    },
    (m) => messages.push(m),
    ctrl.signal,
  );
  const states = () => messages.filter((m) => m.type === 'state').map((m) => (m.type === 'state' ? `${m.state}:${m.attempt}${m.retryInMs !== undefined ? `:${m.retryInMs}` : ''}` : ''));
  const data = () => messages.filter((m) => m.type === 'data');
  const errors = () => messages.flatMap((m) => (m.type === 'error' ? [m.error] : []));
  return { net, clock, connectivity, messages, ctrl, handle, states, data, errors };
}

describe('openSse (scripted byte streams)', () => {
  it('reports connecting, then live once the response arrives, then delivers validated events in order', async () => {
    const t = setup();
    await waitUntil(() => t.net.streams.length === 1);
    t.net.stream(0).send(`retry: 2000\n\n${frame('snapshot', snapshot(3), 'e1.3')}`);
    t.net.stream(0).send(frame('queue', { type: 'day-reset', seq: 4, at: '2026-03-04T08:01:00+07:00', unitId: 'u1' }, 'e1.4'));
    t.net.stream(0).send(frame('heartbeat', { at: '2026-03-04T08:01:15+07:00', seq: 4 }));
    await waitUntil(() => t.data().length === 3);
    expect(t.states()).to.deep.equal(['connecting:0', 'live:0']);
    expect(t.data().map((m) => (m.type === 'data' ? `${m.event}@${m.id}` : ''))).to.deep.equal(['snapshot@e1.3', 'queue@e1.4', 'heartbeat@e1.4']);
    expect(t.net.stream(0).headers.get('accept')).to.equal('text/event-stream');
    expect(t.net.stream(0).headers.has('last-event-id')).to.equal(false);
    t.ctrl.abort();
  });

  it('decodes UTF-8 split inside multi-byte characters and CRLF split across chunks', async () => {
    const t = setup();
    await waitUntil(() => t.net.streams.length === 1);
    const name = 'Quầy số 3 – Hộ tịch, chứng thực';
    const text = `event: snapshot\r\nid: e1.1\r\ndata: ${JSON.stringify(snapshot(1, { counters: [{ counterId: 'q3', status: 'paused', pauseReason: name }] }))}\r\n\r\n`;
    const bytes = new TextEncoder().encode(text);
    // Cut every three bytes: most Vietnamese letters are 2–3 bytes, so many cuts fall inside one.
    for (let i = 0; i < bytes.length; i += 3) t.net.stream(0).send(bytes.slice(i, i + 3));
    await waitUntil(() => t.data().length === 1);
    const m = t.data()[0]!;
    expect(m.type === 'data' && m.event === 'snapshot' && (m.data as QueueSnapshot).counters[0]!.pauseReason).to.equal(name);
    t.ctrl.abort();
  });

  it('turns an invalid message into a counted schema error and keeps the stream going', async () => {
    const t = setup();
    await waitUntil(() => t.net.streams.length === 1);
    t.net.stream(0).send('event: snapshot\ndata: {"unitId": "u1", "seq": \n\n');
    t.net.stream(0).send(frame('snapshot', { ...snapshot(2), seq: -1 }, 'e1.2'));
    t.net.stream(0).send(frame('snapshot', snapshot(3), 'e1.3'));
    t.net.stream(0).send(frame('unknown-type', { x: 1 }));
    await waitUntil(() => t.data().length === 1);
    expect(t.errors().map((e) => e.kind)).to.deep.equal(['schema', 'schema']);
    expect(t.errors()[1]!.message).to.contain('seq');
    expect(t.handle.invalid).to.equal(2);
    expect(t.handle.state).to.equal('live');
    expect(t.net.streams).to.have.length(1);
    t.ctrl.abort();
  });

  it('reconnects with growing jittered delays and resumes with the last id as header and query', async () => {
    const t = setup({ rng: () => 0.5 });
    await waitUntil(() => t.net.streams.length === 1);
    t.net.stream(0).send(frame('snapshot', snapshot(7), 'e1.7'));
    t.net.stream(0).close();
    // Equal jitter with rng 0.5: ¾ of the ceiling; the ceiling doubles from 1 s.
    await waitUntil(() => t.states().includes('reconnecting:1:750'));
    t.clock.advance(750);
    await waitUntil(() => t.net.streams.length === 2);
    const second = t.net.stream(1);
    expect(second.headers.get('last-event-id')).to.equal('e1.7');
    expect(new URL(second.url).searchParams.get('lastEventId')).to.equal('e1.7');
    second.fail(new TypeError('network error'));
    await waitUntil(() => t.states().includes('reconnecting:2:1500'));
    expect(t.errors().at(-1)!.kind).to.equal('network');
    t.net.queue.push(new TypeError('Failed to fetch'));
    t.clock.advance(1500);
    await waitUntil(() => t.states().includes('reconnecting:3:3000'));
    expect(t.handle.lastEventId).to.equal('e1.7');
    t.ctrl.abort();
  });

  it('caps the delay at 30 s and resets the backoff after a connection that stayed healthy', async () => {
    const t = setup({ rng: () => 1 - Number.EPSILON, healthyAfterMs: 10_000 });
    await waitUntil(() => t.net.streams.length === 1);
    for (let i = 0; i < 6; i++) t.net.queue.push(new TypeError('Failed to fetch'));
    t.net.stream(0).close();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 7; attempt++) {
      await waitUntil(() => t.handle.attempt === attempt && t.handle.state === 'reconnecting');
      const last = t.messages.filter((m) => m.type === 'state').at(-1)!;
      delays.push(last.type === 'state' ? last.retryInMs! : -1);
      t.clock.advance(30_000);
    }
    expect(delays).to.deep.equal([999, 1999, 3999, 7999, 15999, 29999, 29999]);
    await waitUntil(() => t.net.streams.length === 2);
    t.net.stream(1).send(frame('snapshot', snapshot(1), 'e1.1'));
    t.clock.advance(12_000);
    t.net.stream(1).close();
    await waitUntil(() => t.handle.state === 'reconnecting');
    expect(t.handle.attempt).to.equal(1);
    t.ctrl.abort();
  });

  it('uses the server retry field as the first delay', async () => {
    const t = setup({ rng: () => 0 });
    await waitUntil(() => t.net.streams.length === 1);
    t.net.stream(0).send('retry: 4000\n\n');
    t.net.stream(0).close();
    await waitUntil(() => t.handle.state === 'reconnecting');
    expect(t.states().at(-1)).to.equal('reconnecting:1:2000');
    t.ctrl.abort();
  });

  it('treats a silent connection as dead after the idle timeout', async () => {
    const t = setup();
    await waitUntil(() => t.net.streams.length === 1);
    t.net.stream(0).send(frame('snapshot', snapshot(1), 'e1.1'));
    await waitUntil(() => t.data().length === 1);
    t.clock.advance(44_999);
    await new Promise((r) => setTimeout(r, 20));
    expect(t.handle.state).to.equal('live');
    t.clock.advance(1);
    await waitUntil(() => t.handle.state === 'reconnecting');
    expect(t.errors().at(-1)!.kind).to.equal('network');
    expect(t.net.stream(0).signal.aborted).to.equal(true);
    t.ctrl.abort();
  });

  it('reports a non-2xx answer as an http error and a wrong content type as a schema error, and retries both', async () => {
    const t = setup();
    await waitUntil(() => t.net.streams.length === 1);
    t.net.queue.push({ status: 503, body: '{"error":{"code":"busy","message":"try later"}}' }, { status: 200, contentType: 'text/html', body: '<p>proxy</p>' });
    t.net.stream(0).close();
    await waitUntil(() => t.handle.attempt === 1);
    t.clock.advance(30_000);
    await waitUntil(() => t.handle.attempt === 2);
    t.clock.advance(30_000);
    await waitUntil(() => t.handle.attempt === 3);
    const [http, schema] = t.errors() as [DataError, DataError];
    expect(http.kind).to.equal('http');
    expect(http.status).to.equal(503);
    expect(http.message).to.contain('try later');
    expect(schema.kind).to.equal('schema');
    t.clock.advance(30_000);
    await waitUntil(() => t.net.streams.length === 2);
    t.ctrl.abort();
  });

  it('waits while offline without requesting, and reconnects at once when the network returns', async () => {
    const t = setup({ online: false });
    await waitUntil(() => t.handle.state === 'offline');
    await new Promise((r) => setTimeout(r, 20));
    expect(t.net.streams).to.have.length(0);
    t.connectivity.set(true);
    await waitUntil(() => t.net.streams.length === 1);
    t.net.stream(0).send(frame('snapshot', snapshot(1), 'e1.1'));
    await waitUntil(() => t.handle.state === 'live');
    // Losing the network drops the connection at once instead of waiting for the idle timeout.
    t.connectivity.set(false);
    await waitUntil(() => t.handle.state === 'offline');
    expect(t.net.stream(0).signal.aborted).to.equal(true);
    expect(t.errors().at(-1)!.kind).to.equal('offline');
    t.connectivity.set(true);
    await waitUntil(() => t.net.streams.length === 2);
    expect(t.net.stream(1).headers.get('last-event-id')).to.equal('e1.1');
    expect(t.states()).to.deep.equal(['connecting:0', 'offline:0', 'live:0', 'offline:1', 'live:1']);
    t.ctrl.abort();
  });

  it('stops on abort: the request is cancelled and nothing is delivered afterwards', async () => {
    const t = setup();
    await waitUntil(() => t.net.streams.length === 1);
    t.net.stream(0).send(frame('snapshot', snapshot(1), 'e1.1'));
    await waitUntil(() => t.data().length === 1);
    const count = t.messages.length;
    t.ctrl.abort();
    t.net.stream(0).send(frame('snapshot', snapshot(2), 'e1.2'));
    t.clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(t.net.stream(0).signal.aborted).to.equal(true);
    expect(t.messages).to.have.length(count);
    expect(t.net.streams).to.have.length(1);
    expect(t.clock.pending()).to.deep.equal([]);
  });
});
