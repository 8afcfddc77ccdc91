import { expect, waitUntil } from '@open-wc/testing';
import { MemorySource } from '../../../../src/data/adapters/memory/memory-source.js';
import { DataError } from '../../../../src/data/errors.js';
import type { QueueMessage } from '../../../../src/data/ports.js';
import type { CaseFile } from '../../../../src/data/schemas/case-file.js';
import type { Rating } from '../../../../src/data/schemas/rating.js';
import { ManualClock } from '../http/fakes.js';
import { caseFile, org, petition, procedure, rating } from './fixtures.js';

const at = (local: string) => Date.parse(`${local}+07:00`);

async function rejection(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a rejection');
}

async function collect<T>(it: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const chunk of it) out.push(chunk);
  return out;
}

function source(extra: Partial<ConstructorParameters<typeof MemorySource>[0]> = {}) {
  const clock = new ManualClock(at('2026-03-04T08:00:00'));
  const src = new MemorySource({ org, procedures: [procedure('1.000656', 'Đăng ký khai tử')], clock, ...extra });
  return { src, clock };
}

function listen(src: MemorySource, unitId = 'bai-chay') {
  const messages: QueueMessage[] = [];
  const ctrl = new AbortController();
  src.subscribe(unitId, (m) => messages.push(m), ctrl.signal);
  return { messages, ctrl, kinds: () => messages.map((m) => (m.type === 'state' ? `state:${m.state}` : m.type === 'event' ? `event:${m.event.type}` : m.type)) };
}

describe('MemorySource', () => {
  describe('construction', () => {
    it('rejects invalid fixtures with a schema DataError naming the field', () => {
      const bad = { ...org, counters: [{ ...org.counters[0]!, unitId: 'nowhere' }] };
      let error: unknown;
      try {
        new MemorySource({ org: bad });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(DataError);
      expect((error as DataError).kind).to.equal('schema');
      expect((error as DataError).message).to.contain('counters[0].unitId');
    });
  });

  describe('queue', () => {
    it('subscribe sends connecting, live and the snapshot first, then the events of commands', async () => {
      const { src } = source();
      const l = listen(src);
      await waitUntil(() => l.messages.some((m) => m.type === 'snapshot'));
      const first = l.messages.find((m) => m.type === 'snapshot');
      expect(first?.type === 'snapshot' && first.snapshot.counters.map((c) => c.counterId)).to.deep.equal(['bc-q1', 'bc-q2']);
      const issued = await src.command({ type: 'issue', unitId: 'bai-chay', serviceId: 'ho-tich' });
      expect(issued.ok).to.equal(true);
      expect(issued.events.map((e) => e.type)).to.deep.equal(['ticket-issued']);
      await src.command({ type: 'call-next', counterId: 'bc-q1' });
      expect(l.kinds()).to.deep.equal(['state:connecting', 'state:live', 'snapshot', 'event:ticket-issued', 'event:ticket-called', 'event:counter-updated']);
      l.ctrl.abort();
    });

    it('command runs the queue engine at the injected clock time', async () => {
      const { src, clock } = source();
      clock.advance(15 * 60_000);
      const r = await src.command({ type: 'issue', unitId: 'bai-chay', serviceId: 'dat-dai', priority: 'elderly' });
      const e = r.events[0]!;
      expect(e.type === 'ticket-issued' && [e.ticket.number, e.ticket.issuedAt, e.ticket.priority]).to.deep.equal([2001, '2026-03-04T08:15:00+07:00', 'elderly']);
      const snap = await src.snapshot('bai-chay');
      expect(snap.seq).to.equal(1);
      expect(snap.tickets.map((t) => t.number)).to.deep.equal([2001]);
    });

    it('refused commands reject: paused counter 409, unknown counter not_found, malformed command 400', async () => {
      const { src } = source();
      await src.command({ type: 'pause', counterId: 'bc-q1', reason: 'Họp giao ban' });
      const conflict = await rejection(src.command({ type: 'call-next', counterId: 'bc-q1' }));
      expect([conflict.kind, conflict.status]).to.deep.equal(['http', 409]);
      const unknown = await rejection(src.command({ type: 'call-next', counterId: 'bc-q9' }));
      expect([unknown.kind, unknown.status]).to.deep.equal(['not_found', 404]);
      const invalid = await rejection(src.command({ type: 'teleport', counterId: 'bc-q1' } as never));
      expect([invalid.kind, invalid.status]).to.deep.equal(['http', 400]);
      expect((await src.snapshot('bai-chay')).seq).to.equal(1);
    });

    it('emit folds an event into the snapshot and delivers it; a replayed seq is ignored', async () => {
      const { src } = source();
      const l = listen(src);
      await waitUntil(() => l.messages.some((m) => m.type === 'snapshot'));
      const ev = { type: 'counter-updated' as const, seq: 1, at: '2026-03-04T08:05:00+07:00', unitId: 'bai-chay', counter: { counterId: 'bc-q2', status: 'closed' as const } };
      src.emit(ev);
      src.emit(ev);
      expect(l.kinds().filter((k) => k.startsWith('event'))).to.have.length(1);
      expect((await src.snapshot('bai-chay')).counters.find((c) => c.counterId === 'bc-q2')!.status).to.equal('closed');
      let thrown: unknown;
      try {
        src.emit({ ...ev, seq: 2, at: 'yesterday' });
      } catch (e) {
        thrown = e;
      }
      expect((thrown as DataError).kind).to.equal('schema');
      l.ctrl.abort();
    });

    it('a simulated reconnect holds events back and then sends a snapshot that contains them', async () => {
      const { src } = source();
      const l = listen(src);
      await waitUntil(() => l.messages.some((m) => m.type === 'snapshot'));
      src.setConnectionState('reconnecting');
      await src.command({ type: 'issue', unitId: 'bai-chay', serviceId: 'ho-tich' });
      expect(l.kinds().slice(-1)).to.deep.equal(['state:reconnecting']);
      src.setConnectionState('live');
      const last = l.messages.at(-1)!;
      expect(l.kinds().slice(-2)).to.deep.equal(['state:live', 'snapshot']);
      expect(last.type === 'snapshot' && last.snapshot.tickets.map((t) => t.number)).to.deep.equal([1001]);
      l.ctrl.abort();
    });

    it('stops delivering after abort and reports an unknown unit as a not_found error message', async () => {
      const { src } = source();
      const l = listen(src);
      await waitUntil(() => l.messages.some((m) => m.type === 'snapshot'));
      l.ctrl.abort();
      const count = l.messages.length;
      await src.command({ type: 'issue', unitId: 'bai-chay', serviceId: 'ho-tich' });
      expect(l.messages).to.have.length(count);
      const u = listen(src, 'nowhere');
      await waitUntil(() => u.messages.some((m) => m.type === 'error'));
      const err = u.messages.find((m) => m.type === 'error');
      expect(err?.type === 'error' && err.error.kind).to.equal('not_found');
      expect(u.messages.some((m) => m.type === 'snapshot')).to.equal(false);
      u.ctrl.abort();
    });
  });

  describe('submitBatch', () => {
    it('stores new ratings, reports resent ids as duplicates and stores nothing twice', async () => {
      const { src } = source();
      const batch = [rating({ ticket: '1001' }), rating({ ticket: '1002' })];
      const first = await src.submitBatch(batch);
      expect(first).to.deep.equal({ accepted: batch.map((r) => r.id), duplicates: [], rejected: [] });
      const again = await src.submitBatch(batch);
      expect(again).to.deep.equal({ accepted: [], duplicates: batch.map((r) => r.id), rejected: [] });
      expect(await src.ratings({ from: '2026-03-04T00:00:00+07:00', to: '2026-03-05T00:00:00+07:00' })).to.have.length(2);
    });

    it('rejects a second rating of the same ticket or dossier in a unit, also within one batch', async () => {
      const { src } = source({ ratings: [rating({ ticket: '1001' })] });
      const sameTicket = rating({ ticket: '1001' });
      const otherUnitSameTicket = rating({ ticket: '1001', unitId: 'hl' });
      const dossierA = rating({ dossierCode: 'H49.50.13-260304-0001' });
      const dossierB = rating({ dossierCode: 'H49.50.13-260304-0001' });
      const r = await src.submitBatch([sameTicket, otherUnitSameTicket, dossierA, dossierB]);
      expect(r.accepted).to.deep.equal([otherUnitSameTicket.id, dossierA.id]);
      expect(r.rejected.map((x) => [x.id, x.code])).to.deep.equal([[sameTicket.id, 'duplicate-ticket'], [dossierB.id, 'duplicate-ticket']]);
    });

    it('rejects invalid ratings one by one with code schema and keeps the valid ones', async () => {
      const { src } = source();
      const good = rating();
      const badLevel = { ...rating(), scale: 3, level: 'neutral' } as Rating;
      const r = await src.submitBatch([good, badLevel, { nonsense: true } as unknown as Rating]);
      expect(r.accepted).to.deep.equal([good.id]);
      expect(r.rejected.map((x) => [x.id, x.code])).to.deep.equal([[badLevel.id, 'schema'], ['#2', 'schema']]);
      expect(r.rejected[0]!.reason).to.contain('level');
    });

    it('refuses a batch of more than 500 as a whole with http 400', async () => {
      const { src } = source();
      const e = await rejection(src.submitBatch(Array.from({ length: 501 }, () => rating())));
      expect([e.kind, e.status]).to.deep.equal(['http', 400]);
      expect(await src.ratings({ from: '2026-01-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' })).to.have.length(0);
    });
  });

  describe('queries', () => {
    it('ratings and petitions use from inclusive, to exclusive, time order and the unit subtree filter', async () => {
      const { src } = source({
        ratings: [rating({ createdAt: '2026-03-01T00:00:00+07:00' }), rating({ createdAt: '2026-03-31T23:59:59+07:00' }), rating({ createdAt: '2026-04-01T00:00:00+07:00' }), rating({ createdAt: '2026-03-10T10:00:00+07:00', unitId: 'hl' })],
        petitions: [petition('p1', '2026-03-01T00:00:00'), petition('p2', '2026-04-01T00:00:00'), petition('p3', '2026-03-15T09:00:00', { unitId: 'hl' })],
      });
      const march = { from: '2026-03-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00' };
      expect((await src.ratings(march)).map((r) => r.createdAt.slice(0, 10))).to.deep.equal(['2026-03-01', '2026-03-10', '2026-03-31']);
      expect(await src.ratings({ ...march, unitId: 'bai-chay' })).to.have.length(2);
      expect((await src.petitions(march)).map((p) => p.id)).to.deep.equal(['p1', 'p3']);
      // As on the server, a unit filter covers the units below it: the centre includes its ward.
      expect((await src.petitions({ ...march, unitId: 'hl' })).map((p) => p.id)).to.deep.equal(['p1', 'p3']);
      expect((await rejection(src.ratings({ ...march, unitId: 'nowhere' }))).kind).to.equal('not_found');
    });

    it('cases yields records received in the period or still open in it, in reception order and chunks of the given size', async () => {
      const cases: CaseFile[] = [
        caseFile(1, '2026-02-20T08:00:00', { status: 10, processedAt: '2026-02-21T08:00:00+07:00', returnedAt: '2026-02-25T08:00:00+07:00' }),
        caseFile(2, '2026-02-20T09:00:00', { status: 10, processedAt: '2026-02-27T08:00:00+07:00', returnedAt: '2026-03-02T08:00:00+07:00' }),
        caseFile(3, '2026-02-26T09:00:00'),
        ...Array.from({ length: 5 }, (_, i) => caseFile(10 + i, `2026-03-0${i + 2}T09:00:00`)),
        caseFile(20, '2026-04-01T08:00:00'),
      ].reverse();
      const { src } = source({ cases, chunkSize: 3 });
      const chunks = await collect(src.cases({ from: '2026-03-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00' }));
      expect(chunks.map((c) => c.length)).to.deep.equal([3, 3, 1]);
      expect(chunks.flat().map((c) => Number(c.code.slice(-4)))).to.deep.equal([2, 3, 10, 11, 12, 13, 14]);
    });

    it('caseStatus shows the public view, rejects a malformed code with 400 and an unknown one with not_found', async () => {
      const c = caseFile(7, '2026-03-04T09:00:00', { officerId: 'bc-cb-01', dueAt: '2026-03-06T17:00:00+07:00' });
      const { src } = source({ cases: [c] });
      const s = await src.caseStatus(c.code);
      expect([s.code, s.procedureName, s.unitName, s.dueAt]).to.deep.equal([c.code, 'Đăng ký khai tử', 'Phường Bãi Cháy', '2026-03-06T17:00:00+07:00']);
      expect('officerId' in s).to.equal(false);
      expect((await rejection(src.caseStatus('abc'))).status).to.equal(400);
      expect((await rejection(src.caseStatus('H49.50.13-260304-9999'))).kind).to.equal('not_found');
    });

    it('procedure finds by code and rejects an unknown code with not_found', async () => {
      const { src } = source();
      expect((await src.procedure('1.000656')).ten_thu_tuc).to.equal('Đăng ký khai tử');
      expect((await rejection(src.procedure('1.999999'))).kind).to.equal('not_found');
    });
  });

  describe('failures', () => {
    it('failNext makes the next calls reject with the chosen kind, then recovers', async () => {
      const { src } = source();
      src.failNext('network', { times: 2 });
      expect((await rejection(src.org())).kind).to.equal('network');
      expect((await rejection(collect(src.cases({ from: '2026-03-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00' })))).kind).to.equal('network');
      expect((await src.org()).units).to.have.length(2);
      src.failNext('http');
      const e = await rejection(src.submitBatch([rating()]));
      expect([e.kind, e.status, e.retryable]).to.deep.equal(['http', 500, true]);
    });

    it('an aborted signal rejects with aborted', async () => {
      const { src } = source();
      const ctrl = new AbortController();
      ctrl.abort();
      expect((await rejection(src.procedures(ctrl.signal))).kind).to.equal('aborted');
    });
  });
});
