import { expect } from '@open-wc/testing';
import { callFromEvent, callsFromSnapshot, type AnnouncementMark } from '../../../src/core/queue/announcement-tracker.js';
import { applyCommand, emptySnapshot, type QueueContext } from '../../../src/core/queue/engine.js';
import { parseIso } from '../../../src/core/time/index.js';
import type { OrgData } from '../../../src/data/schemas/org.js';
import type { QueueCommand, QueueEvent, QueueSnapshot } from '../../../src/data/schemas/queue.js';

const org: OrgData = {
  version: 1,
  units: [{ id: 'c1', name: 'Trung tâm', kind: 'centre' }],
  fields: [{ id: 'ho-tich', name: 'Hộ tịch', ticketBase: 1001 }],
  counters: [1, 2, 3, 4, 5, 6].map((i) => ({ id: `q${i}`, unitId: 'c1', number: i, name: `Quầy ${i}`, fieldIds: ['ho-tich'] })),
  officers: [],
};
const T0 = parseIso('2026-03-02T08:00:00+07:00')!;
const SECOND_MS = 1000;

/** A little hall driven by the real engine; `at` advances a second per command. */
class Hall {
  s: QueueSnapshot;
  t = T0;
  events: QueueEvent[] = [];
  constructor(epoch = 'e1') {
    this.s = emptySnapshot('c1', epoch, this.ctx());
  }
  ctx(): QueueContext {
    return { now: this.t, offsetMinutes: 420, org };
  }
  run(cmd: QueueCommand): QueueEvent[] {
    this.t += SECOND_MS;
    const r = applyCommand(this.s, cmd, this.ctx());
    if (!r.ok) throw new Error(r.message);
    this.s = r.snapshot;
    this.events.push(...r.events);
    return r.events;
  }
  issue(n = 1): void {
    for (let i = 0; i < n; i++) this.run({ type: 'issue', unitId: 'c1', serviceId: 'ho-tich' });
  }
  call(counter: number): QueueEvent[] {
    return this.run({ type: 'call-next', counterId: `q${counter}` });
  }
}

const numbers = (calls: { number: number }[]) => calls.map((c) => c.number);

describe('announcement tracker', () => {
  it('callFromEvent(mark, event) announces a ticket-called event once and ignores it when replayed', () => {
    const h = new Hall();
    h.issue(2);
    let mark: AnnouncementMark | undefined = callsFromSnapshot(undefined, h.s, { now: h.t }).mark;
    const evs = h.call(1);
    const announced: number[] = [];
    for (const e of [...evs, ...evs]) {
      const r = callFromEvent(mark, e);
      mark = r.mark;
      if (r.call) announced.push(r.call.number);
    }
    expect(announced).to.deep.equal([1001]);
    expect(mark!.seq).to.equal(h.s.seq);
  });

  it('callFromEvent(undefined, event) announces nothing before the first snapshot', () => {
    const h = new Hall();
    h.issue();
    const [called] = h.call(1).filter((e) => e.type === 'ticket-called');
    expect(callFromEvent(undefined, called!)).to.deep.equal({ mark: undefined });
  });

  it('callsFromSnapshot(mark, same epoch) announces the calls missed while disconnected, oldest first, exactly once', () => {
    const h = new Hall();
    h.issue(6);
    const mark = callsFromSnapshot(undefined, h.s, { now: h.t }).mark;
    for (const c of [1, 2, 3, 4, 5]) h.call(c);
    const first = callsFromSnapshot(mark, h.s, { now: h.t });
    expect(first.baseline).to.equal(false);
    expect(numbers(first.calls)).to.deep.equal([1001, 1002, 1003, 1004, 1005]);
    // The same snapshot again (another reconnect with nothing new): nothing to announce.
    expect(callsFromSnapshot(first.mark, h.s, { now: h.t }).calls).to.deep.equal([]);
  });

  it('callsFromSnapshot(mark, same epoch) announces a ticket called and then recalled during the outage once, as the recall', () => {
    const h = new Hall();
    h.issue(2);
    const mark = callsFromSnapshot(undefined, h.s, { now: h.t }).mark;
    h.call(1);
    h.run({ type: 'recall', counterId: 'q1' });
    const d = callsFromSnapshot(mark, h.s, { now: h.t });
    expect(d.calls.map((c) => [c.number, c.recall])).to.deep.equal([[1001, true]]);
  });

  it('callsFromSnapshot(mark, same epoch) skips missed calls whose citizen is already served and calls older than the catch-up window', () => {
    const h = new Hall();
    h.issue(3);
    const mark = callsFromSnapshot(undefined, h.s, { now: h.t }).mark;
    h.call(1);
    h.run({ type: 'start', counterId: 'q1' });
    h.call(2);
    h.t += 20 * 60 * SECOND_MS;
    h.call(3);
    const d = callsFromSnapshot(mark, h.s, { now: h.t });
    expect(numbers(d.calls)).to.deep.equal([1003]);
    expect(d.mark.seq).to.equal(h.s.seq);
  });

  it('callsFromSnapshot(undefined, s) sets a baseline: only the calls of the last 30 s whose ticket is still called', () => {
    const h = new Hall();
    h.issue(3);
    h.call(1);
    h.t += 60 * SECOND_MS;
    h.call(2);
    h.call(3);
    const d = callsFromSnapshot(undefined, h.s, { now: h.t + 5 * SECOND_MS });
    expect(d.baseline).to.equal(true);
    expect(numbers(d.calls)).to.deep.equal([1002, 1003]);
    expect(d.mark).to.deep.equal({ epoch: 'e1', seq: h.s.seq });
  });

  it('callsFromSnapshot(mark, another epoch) starts a new baseline and does not replay the new epoch\'s older calls', () => {
    const a = new Hall('e1');
    a.issue(2);
    const mark = callsFromSnapshot(undefined, a.s, { now: a.t }).mark;
    a.call(1);
    // The server restarts with a new state whose seq numbers start again from 0.
    const b = new Hall('e2');
    b.t = a.t;
    b.issue(3);
    b.call(1);
    b.t += 120 * SECOND_MS;
    b.call(2);
    const d = callsFromSnapshot({ ...mark, seq: 99 }, b.s, { now: b.t });
    expect(d.baseline).to.equal(true);
    expect(numbers(d.calls)).to.deep.equal([1002]);
    expect(d.mark.epoch).to.equal('e2');
  });

  it('callsFromSnapshot(mark, same epoch with a lower seq) treats the restored state as a new baseline', () => {
    const h = new Hall();
    h.issue(2);
    h.call(1);
    const d = callsFromSnapshot({ epoch: 'e1', seq: h.s.seq + 50 }, h.s, { now: h.t + 60 * SECOND_MS });
    expect(d.baseline).to.equal(true);
    expect(d.calls).to.deep.equal([]);
    expect(d.mark.seq).to.equal(h.s.seq);
  });

  it('events and snapshots interleaved as a real stream delivers them announce every call exactly once', () => {
    const h = new Hall();
    h.issue(8);
    let mark = callsFromSnapshot(undefined, h.s, { now: h.t }).mark as AnnouncementMark | undefined;
    const announced: number[] = [];
    const onEvents = (evs: QueueEvent[]) => {
      for (const e of evs) {
        const r = callFromEvent(mark, e);
        mark = r.mark;
        if (r.call) announced.push(r.call.number);
      }
    };
    const onSnapshot = () => {
      const r = callsFromSnapshot(mark, h.s, { now: h.t });
      mark = r.mark;
      announced.push(...numbers(r.calls));
    };
    onEvents(h.call(1));
    onEvents(h.call(2));
    // Connection lost: three calls happen unseen, then the reconnect's snapshot arrives.
    h.call(3);
    h.call(4);
    const lastUnseen = h.call(5);
    onSnapshot();
    // Events the server had already put on the wire before the snapshot are replayed: ignored.
    onEvents(lastUnseen);
    onEvents(h.call(6));
    onSnapshot();
    expect(announced).to.deep.equal([1001, 1002, 1003, 1004, 1005, 1006]);
  });
});
