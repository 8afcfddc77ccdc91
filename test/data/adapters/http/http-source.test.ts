import { expect } from '@open-wc/testing';
import { HttpSource } from '../../../../src/data/adapters/http/http-source.js';
import { HttpClient } from '../../../../src/data/adapters/http/http-client.js';
import { DataError } from '../../../../src/data/errors.js';
import { CasePage } from '../../../../src/data/schemas/api.js';
import type { CaseFile } from '../../../../src/data/schemas/case-file.js';
import type { OrgData } from '../../../../src/data/schemas/org.js';
import type { Rating } from '../../../../src/data/schemas/rating.js';
import { refServer, startRefServer, type RefServerAddress } from '../../../helpers/refserver.js';
import { ObservedFetch } from './fakes.js';

// HttpSource against the reference server on loopback, one server for this file.

async function rejection(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a rejection');
}

async function collect<T>(it: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const chunk of it) out.push(chunk);
  return out;
}

let uuidSeq = 0;
const uuid = () => `6a1c2a4e-8b7d-4c21-9f6e-${(Date.now() % 1e6).toString().padStart(6, '0')}${String(++uuidSeq).padStart(6, '0')}`;

/** A unit with a counter, and a field that counter serves. */
function queueUnit(org: OrgData) {
  const counter = org.counters[0]!;
  return { unitId: counter.unitId, counterId: counter.id, serviceId: counter.fieldIds[0]!, counters: org.counters.filter((c) => c.unitId === counter.unitId) };
}

describe('HttpSource (reference server)', () => {
  let server: RefServerAddress;
  let org: OrgData;
  before(async () => {
    server = await startRefServer();
    org = await new HttpSource({ api: server.api }).org();
  });
  afterEach(async () => {
    await refServer('faults', {});
  });

  it('org() returns the validated organisation', async () => {
    expect(org.version).to.equal(1);
    expect(org.units.filter((u) => u.parentId == null)).to.have.length(1);
    expect(org.counters.length).to.be.greaterThan(0);
  });

  it('procedures() revalidates with the ETag and reuses the cached catalogue on 304', async () => {
    const observed = new ObservedFetch();
    const src = new HttpSource({ api: server.api, fetch: observed.fetch });
    const first = await src.procedures();
    const second = await src.procedures();
    expect(first.length).to.be.greaterThan(0);
    expect(second).to.equal(first);
    const calls = observed.to('/procedures');
    expect(calls.map((c) => c.status)).to.deep.equal([200, 304]);
    expect(calls[1]!.headers.get('if-none-match')).to.match(/^(W\/)?"/);
  });

  it('procedure(code) returns one record and rejects an unknown code with not_found', async () => {
    const src = new HttpSource({ api: server.api });
    const [any] = await src.procedures();
    expect((await src.procedure(any!.ma_thu_tuc)).ten_thu_tuc).to.equal(any!.ten_thu_tuc);
    const e = await rejection(src.procedure('9.999999'));
    expect([e.kind, e.status]).to.deep.equal(['not_found', 404]);
  });

  it('snapshot and command follow the queue engine; refused commands reject with their status', async () => {
    const src = new HttpSource({ api: server.api });
    const { unitId, counterId, serviceId } = queueUnit(org);
    const before = await src.snapshot(unitId);
    const issued = await src.command({ type: 'issue', unitId, serviceId });
    expect(issued.events.map((e) => e.type)).to.deep.equal(['ticket-issued']);
    expect(issued.events[0]!.seq).to.equal(before.seq + 1);
    const after = await src.snapshot(unitId);
    expect(after.seq).to.equal(before.seq + 1);
    expect(after.epoch).to.equal(before.epoch);
    await src.command({ type: 'pause', counterId, reason: 'Họp giao ban' });
    const conflict = await rejection(src.command({ type: 'call-next', counterId }));
    expect([conflict.kind, conflict.status]).to.deep.equal(['http', 409]);
    await src.command({ type: 'resume', counterId });
    const unknown = await rejection(src.command({ type: 'call-next', counterId: 'no-such-counter' }));
    expect([unknown.kind, unknown.status]).to.deep.equal(['not_found', 404]);
    const invalid = await rejection(src.command({ type: 'teleport' } as never));
    expect([invalid.kind, invalid.status]).to.deep.equal(['http', 400]);
  });

  it('submitBatch stores ratings once: resent ids are duplicates, bad ones are rejected one by one', async () => {
    const src = new HttpSource({ api: server.api });
    const unitId = queueUnit(org).unitId;
    const rating = (over: Partial<Rating> = {}): Rating => ({
      id: uuid(), createdAt: '2026-03-04T09:00:00+07:00', unitId, scale: 3, level: 'very_satisfied', reasons: [], lang: 'vi', deviceId: 'test-tablet', ...over,
    });
    const ticket = `T-${Date.now()}`;
    const a = rating({ ticket });
    const b = rating();
    const before = (await refServer('state')).ratings.stored;
    expect(await src.submitBatch([a, b])).to.deep.equal({ accepted: [a.id, b.id], duplicates: [], rejected: [] });
    const sameTicket = rating({ ticket });
    const bad = { ...rating(), level: 'neutral' } as Rating;
    const r = await src.submitBatch([a, sameTicket, bad]);
    expect(r.accepted).to.deep.equal([]);
    expect(r.duplicates).to.deep.equal([a.id]);
    expect(r.rejected.map((x) => [x.id, x.code])).to.deep.equal([[sameTicket.id, 'duplicate-ticket'], [bad.id, 'schema']]);
    expect((await refServer('state')).ratings.stored - before).to.equal(2);
    const stored = await src.ratings({ from: '2026-03-04T00:00:00+07:00', to: '2026-03-05T00:00:00+07:00', unitId });
    expect(stored.map((x) => x.id)).to.include.members([a.id, b.id]);
  });

  it('submitBatch rejects a batch the server refuses as a whole with http and its status, not retryable', async () => {
    const src = new HttpSource({ api: server.api });
    // 500 ratings with 5 000-character comments exceed the server's 2 MB body limit: 413.
    const huge = Array.from({ length: 500 }, () => ({ id: uuid(), comment: 'x'.repeat(5000) }) as unknown as Rating);
    const e = await rejection(src.submitBatch(huge));
    expect([e.kind, e.status, e.retryable]).to.deep.equal(['http', 413, false]);
  });

  it('submitBatch reports 5xx as retryable and does not resend by itself', async () => {
    await refServer('faults', { fail500: 1, paths: '^/api/v1/ratings/batch$' });
    const src = new HttpSource({ api: server.api });
    const before = (await refServer('state')).requests['POST /ratings/batch'] ?? 0;
    const e = await rejection(src.submitBatch([{ id: uuid() } as unknown as Rating]));
    expect([e.kind, e.status, e.retryable]).to.deep.equal(['http', 500, true]);
    expect(((await refServer('state')).requests['POST /ratings/batch'] ?? 0) - before).to.equal(1);
  });

  describe('cases', () => {
    const year = { from: '2025-01-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00' };
    before(async function () {
      this.timeout(60_000);
      await refServer('reset', { year: 2025 });
    });

    it('streams a year of cases from NDJSON in chunks, matching the paged total', async () => {
      const src = new HttpSource({ api: server.api, chunkSize: 500 });
      const chunks = await collect(src.cases(year));
      const all = chunks.flat();
      const firstPage = await new HttpClient({ baseUrl: server.api }).getJson('/cases', CasePage, { query: { ...year, limit: 1 } });
      expect(firstPage.total).to.be.greaterThan(1000);
      expect(all.length).to.equal(firstPage.total);
      expect(chunks.slice(0, -1).every((c) => c.length === 500)).to.equal(true);
      expect(chunks.at(-1)!.length).to.be.within(1, 500);
      expect(new Set(all.map((c) => c.code)).size).to.equal(all.length);
    });

    it('yields the first chunk long before the whole body has arrived', async () => {
      let read = 0;
      let atFirstChunk = -1;
      // Counts the bytes the client has taken from the real response body.
      const counting: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        if (!res.body) return res;
        const counted = res.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ transform: (c, ctl) => { read += c.byteLength; ctl.enqueue(c); } }));
        return new Response(counted, { status: res.status, headers: res.headers });
      };
      const src = new HttpSource({ api: server.api, fetch: counting, chunkSize: 100 });
      let n = 0;
      for await (const chunk of src.cases(year)) {
        if (atFirstChunk < 0) atFirstChunk = read;
        n += chunk.length;
      }
      expect(n).to.be.greaterThan(1000);
      expect(atFirstChunk).to.be.greaterThan(0);
      expect(atFirstChunk).to.be.below(read / 4);
    });

    it('stops reading when the consumer breaks out early', async () => {
      const src = new HttpSource({ api: server.api, chunkSize: 50 });
      let seen = 0;
      for await (const chunk of src.cases(year)) {
        seen += chunk.length;
        break;
      }
      expect(seen).to.equal(50);
      // The connection was released: the server still answers at once.
      expect((await new HttpSource({ api: server.api }).org()).version).to.equal(1);
    });

    it('falls back to the paged endpoint when the server has no NDJSON, with the same records in the same order', async () => {
      // The reference server always offers /cases.ndjson; this wrapper answers 404 for it, as an
      // older back end would, and passes every other request to the real server.
      const observed = new ObservedFetch();
      const noNdjson: typeof fetch = (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (new URL(url).pathname.endsWith('/cases.ndjson')) return Promise.resolve(new Response('{"error":{"code":"not_found","message":"no"}}', { status: 404 }));
        return observed.fetch(input, init);
      };
      const quarter = { from: '2025-01-01T00:00:00+07:00', to: '2025-04-01T00:00:00+07:00' };
      const paged = new HttpSource({ api: server.api, fetch: noNdjson, chunkSize: 200 });
      const viaPages = (await collect(paged.cases(quarter))).flat();
      const viaStream = (await collect(new HttpSource({ api: server.api }).cases(quarter))).flat();
      expect(viaPages.map((c: CaseFile) => c.code)).to.deep.equal(viaStream.map((c) => c.code));
      const pages = observed.to('/cases');
      expect(pages.length).to.equal(Math.floor(viaPages.length / 200) + 1);
      expect(new URL(pages[1]!.url).searchParams.get('cursor')).to.be.a('string');
      await collect(paged.cases(quarter));
      expect(observed.to('/cases.ndjson')).to.have.length(0);
    });

    it('ends the stream with a schema error naming the line when a record is malformed', async () => {
      await refServer('faults', { malformed: 1, paths: '^/api/v1/cases\\.ndjson' });
      const src = new HttpSource({ api: server.api });
      const e = await rejection(collect(src.cases(year)));
      expect(e.kind).to.equal('schema');
      expect(e.message).to.contain('line 1');
    });

    it('caseStatus shows a dossier, rejects a malformed code with 400 and an unknown one with not_found', async () => {
      const src = new HttpSource({ api: server.api });
      let first: CaseFile | undefined;
      for await (const chunk of src.cases(year)) {
        first = chunk[0];
        break;
      }
      const status = await src.caseStatus(first!.code);
      expect([status.code, status.status, status.receivedAt]).to.deep.equal([first!.code, first!.status, first!.receivedAt]);
      expect('officerId' in status).to.equal(false);
      expect((await rejection(src.caseStatus('bad code'))).status).to.equal(400);
      expect((await rejection(src.caseStatus('H49.50.13-250101-9999'))).kind).to.equal('not_found');
    });

    it('petitions and ratings of the year pass their schemas', async () => {
      const src = new HttpSource({ api: server.api });
      const [petitions, ratings] = await Promise.all([src.petitions(year), src.ratings(year)]);
      expect(petitions.length).to.be.greaterThan(0);
      expect(ratings.length).to.be.greaterThan(0);
      expect(ratings.every((r) => r.createdAt >= '2025' && r.createdAt < '2026')).to.equal(true);
    });
  });
});
