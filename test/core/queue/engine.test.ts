import { expect } from '@open-wc/testing';
import { applyCommand, applyEvent, emptySnapshot, nextTicketFor, waitingByService, KEEP_FINISHED_MS, type QueueContext } from '../../../src/core/queue/engine.js';
import { simulateTick, serviceDurationMs, DEFAULT_SERVICE_MINUTES } from '../../../src/core/queue/simulator.js';
import { parseIso, MINUTE } from '../../../src/core/time/index.js';
import { QueueSnapshot, QueueEvent, type QueueCommand } from '../../../src/data/schemas/queue.js';
import type { OrgData } from '../../../src/data/schemas/org.js';

const org: OrgData = {
  version: 1,
  units: [{ id: 'qn', name: 'Tỉnh Quảng Ninh', kind: 'province' }, { id: 'c1', name: 'Trung tâm', kind: 'centre', parentId: 'qn' }],
  fields: [{ id: 'ho-tich', name: 'Hộ tịch', ticketBase: 1001 }, { id: 'dat-dai', name: 'Đất đai', ticketBase: 4001 }],
  counters: [
    { id: 'q1', unitId: 'c1', number: 1, name: 'Quầy 1', fieldIds: ['ho-tich'] },
    { id: 'q2', unitId: 'c1', number: 2, name: 'Quầy 2', fieldIds: ['dat-dai', 'ho-tich'] },
  ],
  officers: [],
};
const T0 = parseIso('2026-03-02T08:00:00+07:00')!;
const ctxAt = (ms: number): QueueContext => ({ now: ms, offsetMinutes: 420, org });

function run(s: QueueSnapshot, cmd: QueueCommand, at: number) {
  const r = applyCommand(s, cmd, ctxAt(at));
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  for (const e of r.events) expect(QueueEvent.safeParse(e).success, JSON.stringify(e)).to.equal(true);
  expect(QueueSnapshot.safeParse(r.snapshot).success).to.equal(true);
  return r;
}

describe('queue engine', () => {
  it('emptySnapshot(unit) lists the unit\'s counters, open and idle', () => {
    const s = emptySnapshot('c1', 'e1', ctxAt(T0));
    expect(s.counters.map((c) => [c.counterId, c.status, c.ticketId])).to.deep.equal([['q1', 'open', null], ['q2', 'open', null]]);
    expect(s.seq).to.equal(0);
  });

  it('applyCommand(issue) numbers tickets per service from the field\'s base, never repeating within a day', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0).snapshot;
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'dat-dai' }, T0 + 1000).snapshot;
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0 + 2000).snapshot;
    expect(s.tickets.map((t) => t.number)).to.deep.equal([1001, 4001, 1002]);
    expect(s.seq).to.equal(3);
  });

  it('applyCommand(call-next) calls priority tickets first, then in order of issue, only for the counter\'s fields', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'dat-dai' }, T0).snapshot;
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0 + 1000).snapshot;
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich', priority: 'elderly' }, T0 + 2000).snapshot;
    const r1 = run(s, { type: 'call-next', counterId: 'q1' }, T0 + 3000);
    const called = r1.events.find((e) => e.type === 'ticket-called');
    expect(called?.type === 'ticket-called' && called.call.number).to.equal(1002);
    expect(called?.type === 'ticket-called' && called.call.priority).to.equal('elderly');
    // Counter 1 serves only Hộ tịch: the land ticket 4001 waits for counter 2 although it came first.
    const r2 = run(r1.snapshot, { type: 'call-next', counterId: 'q1' }, T0 + 4000);
    expect(r2.snapshot.calls[0]!.number).to.equal(1001);
    expect(r2.snapshot.tickets.find((t) => t.number === 1002)!.status).to.equal('served');
    expect(nextTicketFor(r2.snapshot, ['dat-dai'])!.number).to.equal(4001);
  });

  it('applyCommand(recall) announces the same ticket again, marked as a recall', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0).snapshot;
    s = run(s, { type: 'call-next', counterId: 'q1' }, T0 + 1000).snapshot;
    const r = run(s, { type: 'recall', counterId: 'q1' }, T0 + 30_000);
    expect(r.snapshot.calls.map((c) => [c.number, c.recall])).to.deep.equal([[1001, true], [1001, false]]);
    expect(r.snapshot.tickets[0]!.recalls).to.equal(1);
  });

  it('applyCommand refuses call-next at a paused counter and recall with nothing called', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    expect(applyCommand(s, { type: 'recall', counterId: 'q1' }, ctxAt(T0))).to.include({ ok: false, code: 'conflict' });
    s = run(s, { type: 'pause', counterId: 'q1', reason: 'Nghỉ trưa' }, T0).snapshot;
    expect(s.counters[0]!.status).to.equal('paused');
    expect(applyCommand(s, { type: 'call-next', counterId: 'q1' }, ctxAt(T0))).to.include({ ok: false, code: 'conflict' });
    expect(applyCommand(s, { type: 'call-next', counterId: 'nope' }, ctxAt(T0))).to.include({ ok: false, code: 'not_found' });
    expect(applyCommand(s, { type: 'issue', unitId: 'c1', serviceId: 'xay-dung' }, ctxAt(T0))).to.include({ ok: false, code: 'not_found' });
  });

  it('applyCommand(start, finish, skip) records service start and end for wait estimation', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0).snapshot;
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0).snapshot;
    s = run(s, { type: 'call-next', counterId: 'q1' }, T0 + MINUTE).snapshot;
    s = run(s, { type: 'start', counterId: 'q1' }, T0 + 2 * MINUTE).snapshot;
    s = run(s, { type: 'finish', counterId: 'q1', dossierCode: 'H49.26-260302-0001' }, T0 + 9 * MINUTE).snapshot;
    const t = s.tickets.find((x) => x.number === 1001)!;
    expect([t.status, t.startedAt, t.endedAt, t.dossierCode]).to.deep.equal(['served', '2026-03-02T08:02:00+07:00', '2026-03-02T08:09:00+07:00', 'H49.26-260302-0001']);
    expect(s.counters[0]!.ticketId).to.equal(null);
    s = run(s, { type: 'call-next', counterId: 'q1' }, T0 + 10 * MINUTE).snapshot;
    s = run(s, { type: 'skip', counterId: 'q1' }, T0 + 12 * MINUTE).snapshot;
    expect(s.tickets.find((x) => x.number === 1002)!.status).to.equal('no_show');
  });

  it('applyCommand(transfer) puts the ticket back in line for another service, keeping its place', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0).snapshot;
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'dat-dai' }, T0 + 5000).snapshot;
    s = run(s, { type: 'call-next', counterId: 'q1' }, T0 + 6000).snapshot;
    s = run(s, { type: 'transfer', counterId: 'q1', toServiceId: 'dat-dai' }, T0 + 7000).snapshot;
    expect(waitingByService(s).get('dat-dai')).to.equal(2);
    // Issued earlier, so it is next for land although transferred later.
    expect(nextTicketFor(s, ['dat-dai'])!.number).to.equal(1001);
  });

  it('applyCommand resets numbering and tickets at the first command of a new day', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0).snapshot;
    const next = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0 + 24 * 60 * MINUTE);
    expect(next.events[0]!.type).to.equal('day-reset');
    expect(next.snapshot.tickets.map((t) => t.number)).to.deep.equal([1001]);
  });

  it('applyEvent(s, e) ignores events at or below the snapshot seq, so replays change nothing', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    const r = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0);
    s = r.snapshot;
    expect(applyEvent(s, r.events[0]!)).to.equal(s);
    // Folding the events onto the old state gives the command's snapshot.
    expect(r.events.reduce(applyEvent, emptySnapshot('c1', 'e1', ctxAt(T0)))).to.deep.equal(s);
  });

  it('applyEvent drops finished tickets older than the keep window', () => {
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0).snapshot;
    s = run(s, { type: 'call-next', counterId: 'q1' }, T0).snapshot;
    s = run(s, { type: 'finish', counterId: 'q1' }, T0 + MINUTE).snapshot;
    expect(s.tickets).to.have.length(1);
    s = run(s, { type: 'issue', unitId: 'c1', serviceId: 'ho-tich' }, T0 + MINUTE + KEEP_FINISHED_MS + 1).snapshot;
    expect(s.tickets.map((t) => t.number)).to.deep.equal([1002]);
  });
});

describe('simulateTick', () => {
  function rngFrom(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('simulateTick(s) over two hours issues, calls and serves tickets with valid commands and states', () => {
    const rng = rngFrom(7);
    let s = emptySnapshot('c1', 'e1', ctxAt(T0));
    const seen = new Set<string>();
    let served = 0;
    for (let now = T0; now < T0 + 120 * MINUTE; now += 2000) {
      for (const cmd of simulateTick(s, { ...ctxAt(now), rng, dtMs: 2000 })) {
        seen.add(cmd.type);
        const r = applyCommand(s, cmd, ctxAt(now));
        expect(r.ok, JSON.stringify(cmd)).to.equal(true);
        if (r.ok) {
          served += r.events.filter((e) => e.type === 'ticket-updated' && e.ticket.status === 'served').length;
          s = r.snapshot;
        }
      }
    }
    expect(QueueSnapshot.safeParse(s).success).to.equal(true);
    expect([...seen]).to.include.members(['issue', 'call-next', 'start']);
    // Up to 1.2 arrivals a minute for two hours, fewer once two counters leave a crowded hall.
    expect(s.issued['ho-tich']! - 1000 + s.issued['dat-dai']! - 4000).to.be.within(50, 170);
    expect(served).to.be.greaterThan(10);
  });

  it('serviceDurationMs(t) is stable for a ticket and centred on the field\'s typical minutes', () => {
    const ts = Array.from({ length: 400 }, (_, i) => ({ id: `c1:2026-03-02:${1001 + i}`, serviceId: 'chung-thuc' }) as never);
    const d = ts.map((t) => serviceDurationMs(t, DEFAULT_SERVICE_MINUTES) / MINUTE).sort((a, b) => a - b);
    expect(serviceDurationMs(ts[0]!, DEFAULT_SERVICE_MINUTES)).to.equal(serviceDurationMs(ts[0]!, DEFAULT_SERVICE_MINUTES));
    expect(d[200]!).to.be.within(2, 4);
  });
});
