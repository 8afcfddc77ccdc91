import { expect } from '@open-wc/testing';
import { estimateWait, estimateWaits, roundWaitRange, serviceCapacities, serviceMinutes, serviceSamples } from '../../../src/core/queue/wait-estimate.js';
import { parseIso, toIso, MINUTE } from '../../../src/core/time/index.js';
import type { CounterState, QueueSnapshot, Ticket } from '../../../src/data/schemas/queue.js';
import { QueueSnapshot as QueueSnapshotSchema } from '../../../src/data/schemas/queue.js';

const NOW = parseIso('2026-03-02T10:00:00+07:00')!;
let n = 0;

/** A ticket of `serviceId` served for `minutes`, ending `endedAgoMin` minutes before NOW. */
function served(serviceId: string, minutes: number, endedAgoMin = 5, status: Ticket['status'] = 'served'): Ticket {
  const end = NOW - endedAgoMin * MINUTE;
  const start = end - minutes * MINUTE;
  n++;
  return {
    id: `c1:2026-03-02:${n}`, number: 1000 + n, unitId: 'c1', serviceId, status, priority: 'none',
    issuedAt: toIso(start - 20 * MINUTE, 420), counterId: 'q1', calledAt: toIso(start - MINUTE, 420), startedAt: toIso(start, 420), endedAt: toIso(end, 420), recalls: 0,
  };
}
function waitingTicket(serviceId: string): Ticket {
  n++;
  return { id: `c1:2026-03-02:w${n}`, number: 2000 + n, unitId: 'c1', serviceId, status: 'waiting', priority: 'none', issuedAt: toIso(NOW - MINUTE, 420), recalls: 0 };
}
const counter = (id: string, fieldIds: string[], over: Partial<CounterState> = {}): CounterState => ({ counterId: id, status: 'open', ticketId: 'busy', fieldIds, ...over });
function snapshot(tickets: Ticket[], counters: CounterState[]): QueueSnapshot {
  const s: QueueSnapshot = { unitId: 'c1', epoch: 'e', seq: 1, at: toIso(NOW, 420), tickets, counters, calls: [], issued: {} };
  expect(QueueSnapshotSchema.safeParse(s).success).to.equal(true);
  return s;
}

describe('wait estimation', () => {
  describe('empty input', () => {
    it('estimateWait(input) says "no data" when there are no service samples', () => {
      expect(estimateWait({ waiting: 7, samples: [], capacity: 2 })).to.deep.equal({ kind: 'no-data', capacity: 2 });
    });

    it('estimateWait(input) ignores NaN, infinite and non-positive samples, so only those is still "no data"', () => {
      expect(estimateWait({ waiting: 3, samples: [NaN, -2, 0, Infinity], capacity: 1 }).kind).to.equal('no-data');
    });

    it('estimateWaits(snapshot) of an empty hall gives every open service "no wait" when its counters are idle', () => {
      const s = snapshot([], [counter('q1', ['ho-tich'], { ticketId: null })]);
      expect(estimateWaits(s, { now: NOW }).get('ho-tich')).to.deep.equal({ kind: 'no-wait', capacity: 1 });
    });

    it('serviceSamples(tickets) is empty without served tickets', () => {
      expect(serviceSamples([waitingTicket('ho-tich')], { now: NOW }).size).to.equal(0);
    });
  });

  describe('one sample', () => {
    it('estimateWait(input) with one sample gives a wide range (±50 % of the rate) and low confidence', () => {
      const e = estimateWait({ waiting: 4, samples: [6], capacity: 1 });
      expect(e.kind).to.equal('estimate');
      if (e.kind !== 'estimate') return;
      expect(e.confidence).to.equal('low');
      expect(e.samples).to.equal(1);
      // 4 ahead at 6 min: typical 4.5 × 6 = 27; low 4 × 3 = 12; high 5 × 9 = 45.
      expect(e.typical).to.be.closeTo(27, 1e-9);
      expect(e.low).to.be.closeTo(12, 1e-9);
      expect(e.high).to.be.closeTo(45, 1e-9);
    });
  });

  describe('robust statistic', () => {
    it('estimateWait(input) uses the median: one two-hour outlier among six-minute services barely moves it', () => {
      const base = [5, 6, 6, 7, 6, 5, 7, 6, 6, 5];
      const clean = estimateWait({ waiting: 6, samples: base, capacity: 2 });
      const dirty = estimateWait({ waiting: 6, samples: [...base, 120], capacity: 2 });
      if (clean.kind !== 'estimate' || dirty.kind !== 'estimate') throw new Error('expected estimates');
      expect(dirty.typical / clean.typical).to.be.within(0.95, 1.06);
      expect(dirty.high / clean.high).to.be.below(1.1);
      // A mean would have jumped by more than 150 %.
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean([...base, 120]) / mean(base)).to.be.above(2.5);
    });

    it('estimateWait(input) raises confidence with the sample count: low < 5, medium 5–11, high ≥ 12', () => {
      const conf = (k: number) => {
        const e = estimateWait({ waiting: 3, samples: Array.from({ length: k }, () => 6), capacity: 1 });
        return e.kind === 'estimate' ? e.confidence : e.kind;
      };
      expect([conf(1), conf(4), conf(5), conf(11), conf(12), conf(30)]).to.deep.equal(['low', 'low', 'medium', 'medium', 'high', 'high']);
    });

    it('estimateWait(input) never gives a range narrower than ±15 % of the typical rate', () => {
      const e = estimateWait({ waiting: 10, samples: Array.from({ length: 40 }, () => 6), capacity: 1 });
      if (e.kind !== 'estimate') throw new Error('expected an estimate');
      expect(e.low).to.be.at.most(10 * 6 * 0.85 + 1e-9);
      expect(e.high).to.be.at.least(11 * 6 * 1.15 - 1e-9);
    });

    it('serviceSamples(tickets) keeps the newest samples in the window only, and only served tickets', () => {
      const tickets = [
        served('ho-tich', 4, 10), served('ho-tich', 8, 30), served('ho-tich', 50, 200), // the last one is outside a 2 h window
        served('ho-tich', 9, 3, 'no_show'), served('dat-dai', 14, 20),
      ];
      const s = serviceSamples(tickets, { now: NOW });
      expect(s.get('ho-tich')).to.deep.equal([4, 8]);
      expect(s.get('dat-dai')).to.deep.equal([14]);
      expect(serviceSamples(tickets, { now: NOW, maxSamples: 1 }).get('ho-tich')).to.deep.equal([4]);
    });

    it('serviceMinutes(ticket) discards an end before the start and services over four hours', () => {
      const t = served('ho-tich', 5);
      expect(serviceMinutes(t)).to.be.closeTo(5, 1e-9);
      expect(serviceMinutes({ ...t, startedAt: t.endedAt!, endedAt: t.startedAt! })).to.equal(undefined);
      expect(serviceMinutes(served('ho-tich', 300))).to.equal(undefined);
      expect(serviceMinutes({ ...t, status: 'serving' })).to.equal(undefined);
    });
  });

  describe('counters opening and closing', () => {
    const samples = [6, 6, 6, 6, 6, 6];
    it('estimateWait(input) halves the wait when a second counter opens and doubles it when one closes', () => {
      const two = estimateWait({ waiting: 8, samples, capacity: 2 });
      const one = estimateWait({ waiting: 8, samples, capacity: 1 });
      if (two.kind !== 'estimate' || one.kind !== 'estimate') throw new Error('expected estimates');
      expect(one.typical / two.typical).to.be.closeTo(2, 1e-9);
      expect(one.high / two.high).to.be.closeTo(2, 1e-9);
    });

    it('estimateWaits(snapshot) reports "no counter" once the last counter of a service closes, and says when one is only paused', () => {
      const tickets = [served('dat-dai', 12), served('dat-dai', 15), waitingTicket('dat-dai')];
      const open = estimateWaits(snapshot(tickets, [counter('q5', ['dat-dai']), counter('q6', ['dat-dai'])]), { now: NOW }).get('dat-dai')!;
      expect(open.kind).to.equal('estimate');
      const oneClosed = estimateWaits(snapshot(tickets, [counter('q5', ['dat-dai']), counter('q6', ['dat-dai'], { status: 'closed' })]), { now: NOW }).get('dat-dai')!;
      if (open.kind !== 'estimate' || oneClosed.kind !== 'estimate') throw new Error('expected estimates');
      expect(oneClosed.typical).to.be.closeTo(open.typical * 2, 1e-9);
      const allClosed = estimateWaits(snapshot(tickets, [counter('q5', ['dat-dai'], { status: 'closed' }), counter('q6', ['dat-dai'], { status: 'closed' })]), { now: NOW });
      expect(allClosed.get('dat-dai')).to.deep.equal({ kind: 'no-counter', paused: false });
      const paused = estimateWaits(snapshot(tickets, [counter('q5', ['dat-dai'], { status: 'paused' }), counter('q6', ['dat-dai'], { status: 'closed' })]), { now: NOW });
      expect(paused.get('dat-dai')).to.deep.equal({ kind: 'no-counter', paused: true });
    });

    it('serviceCapacities(counters) shares a multi-service counter by demand, counting one newcomer per service', () => {
      const waiting = new Map([['ho-tich', 3], ['dat-dai', 1]]);
      const caps = serviceCapacities([counter('q1', ['ho-tich']), counter('q12', ['ho-tich', 'dat-dai'], { ticketId: null }), counter('q4', ['chung-thuc', 'dat-dai'])], waiting);
      // q12: Hộ tịch (3 + 1) / 6, Đất đai (1 + 1) / 6; q4: Chứng thực 1 / 3, Đất đai 2 / 3.
      expect(caps.get('ho-tich')!.capacity).to.be.closeTo(1 + 4 / 6, 1e-9);
      expect(caps.get('dat-dai')!.capacity).to.be.closeTo(2 / 6 + 2 / 3, 1e-9);
      expect(caps.get('chung-thuc')).to.deep.equal({ capacity: 1 / 3, idle: 0, paused: false });
      expect(caps.get('ho-tich')!.idle).to.equal(1);
    });

    it('estimateWait(input) lowers confidence for a service served only by a small share of shared counters', () => {
      const e = estimateWait({ waiting: 2, samples: Array.from({ length: 20 }, () => 8), capacity: 0.25 });
      expect(e.kind === 'estimate' && e.confidence).to.equal('medium');
    });

    it('estimateWait(input) counts idle counters: nobody waits when an idle counter is free, one fewer ahead otherwise', () => {
      expect(estimateWait({ waiting: 0, samples: [6], capacity: 1, idle: 1 }).kind).to.equal('no-wait');
      const busy = estimateWait({ waiting: 3, samples: [6, 6, 6, 6, 6], capacity: 2, idle: 0 });
      const oneIdle = estimateWait({ waiting: 3, samples: [6, 6, 6, 6, 6], capacity: 2, idle: 1 });
      if (busy.kind !== 'estimate' || oneIdle.kind !== 'estimate') throw new Error('expected estimates');
      expect(oneIdle.typical).to.be.below(busy.typical);
    });
  });

  describe('display rounding', () => {
    it('roundWaitRange(low, high) rounds outwards to 5 minutes and is at least one step wide', () => {
      expect(roundWaitRange(7.3, 11.2)).to.deep.equal({ low: 5, high: 15, over: false });
      expect(roundWaitRange(0, 3.1)).to.deep.equal({ low: 0, high: 5, over: false });
      expect(roundWaitRange(10, 10)).to.deep.equal({ low: 10, high: 15, over: false });
    });

    it('roundWaitRange(low, high) uses 15-minute steps past an hour and says "over 2 hours" beyond', () => {
      expect(roundWaitRange(50, 70)).to.deep.equal({ low: 50, high: 75, over: false });
      expect(roundWaitRange(95, 200)).to.deep.equal({ low: 90, high: 120, over: true });
      expect(roundWaitRange(130, 200)).to.deep.equal({ low: 120, high: 120, over: true });
    });

    it('roundWaitRange(low, high) survives NaN and reversed bounds', () => {
      expect(roundWaitRange(NaN, NaN)).to.deep.equal({ low: 0, high: 5, over: false });
      expect(roundWaitRange(12, 4)).to.deep.equal({ low: 10, high: 15, over: false });
    });
  });
});
