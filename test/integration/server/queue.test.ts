import { expect } from '@open-wc/testing';
import { refServer, startRefServer } from '../../helpers/refserver.js';
import { ApiError } from '../../../src/data/schemas/api.js';
import { OrgData } from '../../../src/data/schemas/org.js';
import { Heartbeat, QueueCommandResult, QueueEvent, QueueSnapshot, type QueueCommand } from '../../../src/data/schemas/queue.js';
import { getJson, mustParse, postJson, queueUnit, StreamRecorder } from './support.js';

/** Reads a streamed response until its text matches `re`, then cancels it. */
async function readUntil(res: Response, re: RegExp): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!re.test(text)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${re}: ${text}`);
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}

describe('reference server: queue commands and stream', function () {
  this.timeout(60_000);
  let api = '';
  let unit: ReturnType<typeof queueUnit>;
  const open: StreamRecorder[] = [];

  const stream = (query = '') => {
    const s = new StreamRecorder(`${api}/queue/${unit.unitId}/stream${query}`);
    open.push(s);
    return s;
  };
  const command = async (cmd: QueueCommand) => {
    const r = await postJson(`${api}/queue/commands`, cmd);
    expect(r.status, JSON.stringify(r.body)).to.equal(200);
    return mustParse(QueueCommandResult, r.body, 'command result');
  };
  const issueAndCall = async () => {
    await command({ type: 'issue', unitId: unit.unitId, serviceId: unit.fieldId });
    return command({ type: 'call-next', counterId: unit.counterIds[0]! });
  };

  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 500 }));
    unit = queueUnit(mustParse(OrgData, (await getJson(`${api}/org`)).body, 'org'));
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });

  it('starts every stream with retry and a snapshot whose id is {epoch}.{seq}', async () => {
    const res = await fetch(`${api}/queue/${unit.unitId}/stream`);
    expect(res.headers.get('Content-Type')).to.contain('text/event-stream');
    const text = await readUntil(res, /event: snapshot\ndata: .*\n\n/);
    expect(text.startsWith('retry: 2000\n')).to.equal(true);
    const s = stream();
    const [first] = await s.until((m) => m.length > 0);
    expect(first!.event).to.equal('snapshot');
    const snap = mustParse(QueueSnapshot, JSON.parse(first!.data), 'snapshot');
    expect(first!.id).to.equal(`${snap.epoch}.${snap.seq}`);
  });

  it('delivers the events of a command, in seq order, with ids that continue the snapshot\'s', async () => {
    const s = stream();
    await s.until((m) => m.length > 0);
    const snap = mustParse(QueueSnapshot, JSON.parse(s.of('snapshot')[0]!.data), 'snapshot');
    const result = await issueAndCall();
    const issued = await command({ type: 'issue', unitId: unit.unitId, serviceId: unit.fieldId, priority: 'elderly' });
    const expected = [...result.events, ...issued.events];
    await s.until((m) => m.filter((x) => x.event === 'queue').length >= expected.length + 1, 8000, 'queue events');
    const got = s.of('queue').map((m) => ({ id: m.id, e: mustParse(QueueEvent, JSON.parse(m.data), 'queue event') }));
    // The stream carries the issue before call-next as well (the first command of issueAndCall).
    const seqs = got.map((g) => g.e.seq);
    expect(seqs).to.deep.equal(seqs.slice().sort((a, b) => a - b));
    expect(seqs[0]).to.equal(snap.seq + 1);
    for (const g of got) expect(g.id).to.equal(`${snap.epoch}.${g.e.seq}`);
    expect(got.slice(-expected.length).map((g) => g.e)).to.deep.equal(expected);
    expect(got.some((g) => g.e.type === 'ticket-called')).to.equal(true);
  });

  it('sends heartbeats at ?heartbeat=300 with the current seq', async () => {
    const s = stream('?heartbeat=300');
    const t0 = performance.now();
    await s.until((m) => m.filter((x) => x.event === 'heartbeat').length >= 3, 5000, 'three heartbeats');
    expect(performance.now() - t0).to.be.within(800, 3000);
    const snap = mustParse(QueueSnapshot, JSON.parse(s.of('snapshot')[0]!.data), 'snapshot');
    const hb = mustParse(Heartbeat, JSON.parse(s.of('heartbeat')[0]!.data), 'heartbeat');
    expect(hb.seq).to.equal(snap.seq);
    expect(s.of('heartbeat')[0]!.id, 'heartbeats keep the last event id').to.equal(s.of('snapshot')[0]!.id);
  });

  it('resumes with ?lastEventId: the snapshot carries every call missed since that id', async () => {
    const first = stream();
    await first.until((m) => m.length > 0);
    const lastId = first.messages.at(-1)!.id;
    first.close();
    const missed: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await issueAndCall();
      for (const e of r.events) if (e.type === 'ticket-called') missed.push(e.call.seq);
    }
    expect(missed).to.have.length(3);
    const resumed = stream(`?lastEventId=${encodeURIComponent(lastId)}`);
    await resumed.until((m) => m.length > 0);
    const snap = mustParse(QueueSnapshot, JSON.parse(resumed.messages[0]!.data), 'resume snapshot');
    const lastSeq = Number(lastId.split('.').at(-1));
    expect(snap.calls.filter((c) => c.seq > lastSeq).map((c) => c.seq)).to.deep.equal(missed.slice().reverse());
    const state = await refServer('state');
    expect(state.sse.lastEventIds[`/queue/${unit.unitId}/stream`]).to.equal(lastId);
    expect(state.sse.streams.some((x) => x.lastEventId === lastId)).to.equal(true);
  });

  it('resumes with the Last-Event-ID header as well', async () => {
    const snap0 = mustParse(QueueSnapshot, (await getJson(`${api}/queue/${unit.unitId}/snapshot`)).body, 'snapshot');
    const r = await issueAndCall();
    const call = r.events.find((e) => e.type === 'ticket-called')!;
    const res = await fetch(`${api}/queue/${unit.unitId}/stream`, { headers: { 'Last-Event-ID': `${snap0.epoch}.${snap0.seq}` } });
    const text = await readUntil(res, /event: snapshot\ndata: .*\n\n/);
    const data = /event: snapshot\ndata: (.*)\n/.exec(text)![1]!;
    const snap = mustParse(QueueSnapshot, JSON.parse(data), 'snapshot');
    expect(snap.calls.map((c) => c.seq)).to.include(call.seq);
  });

  it('after a new epoch, an old id gets a fresh baseline and the browser\'s EventSource reconnects by itself', async () => {
    const s = stream();
    await s.until((m) => m.length > 0);
    const oldId = s.messages[0]!.id;
    const { epochs, closed } = await refServer('new-epoch', { unitId: unit.unitId });
    expect(closed).to.be.at.least(1);
    // EventSource waits `retry` (2 s), reconnects with Last-Event-ID, and gets the new state.
    await s.until((m) => m.filter((x) => x.event === 'snapshot').length >= 2, 10_000, 'a second snapshot');
    const fresh = mustParse(QueueSnapshot, JSON.parse(s.of('snapshot')[1]!.data), 'new baseline');
    expect(fresh.epoch).to.equal(epochs[unit.unitId]);
    expect(fresh.seq).to.equal(0);
    expect(fresh.calls).to.deep.equal([]);
    const state = await refServer('state');
    expect(state.sse.lastEventIds[`/queue/${unit.unitId}/stream`], 'the reconnect sent the old id').to.equal(oldId);
  });

  it('kill-sse closes every open stream and /__admin/state counts open connections', async () => {
    const a = stream();
    const b = stream();
    await a.until((m) => m.length > 0);
    await b.until((m) => m.length > 0);
    expect((await refServer('state')).sse.open).to.equal(2);
    const { closed } = await refServer('kill-sse');
    expect(closed).to.equal(2);
    await a.until(() => a.errors > 0, 5000, 'an error event');
    a.close();
    b.close();
    for (let i = 0; i < 50 && (await refServer('state')).sse.open > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await refServer('state')).sse.open).to.equal(0);
  });

  it('answers commands with 400 (invalid), 404 (unknown counter) and 409 (paused counter), with the error body', async () => {
    const invalid = await postJson(`${api}/queue/commands`, { type: 'call-next' });
    expect(invalid.status).to.equal(400);
    expect(mustParse(ApiError, invalid.body, '400').error.message).to.contain('counterId');
    const unknown = await postJson(`${api}/queue/commands`, { type: 'call-next', counterId: 'no-such-counter' });
    expect(unknown.status).to.equal(404);
    const counterId = unit.counterIds[0]!;
    await command({ type: 'pause', counterId, reason: 'Nghỉ trưa' });
    const paused = await postJson(`${api}/queue/commands`, { type: 'call-next', counterId });
    expect(paused.status).to.equal(409);
    expect(mustParse(ApiError, paused.body, '409').error.code).to.equal('conflict');
    await command({ type: 'resume', counterId });
    expect((await getJson(`${api}/queue/no-such-unit/stream`)).status).to.equal(404);
    expect((await getJson(`${api}/queue/${unit.unitId}/stream?heartbeat=soon`)).status).to.equal(400);
  });
});
