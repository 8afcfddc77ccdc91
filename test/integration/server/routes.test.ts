import { expect } from '@open-wc/testing';
import { startRefServer } from '../../helpers/refserver.js';
import { ApiError, CasePage, Health, PetitionList, RatingList } from '../../../src/data/schemas/api.js';
import { OrgData } from '../../../src/data/schemas/org.js';
import { Procedure, ProcedureCatalogue } from '../../../src/data/schemas/procedure.js';
import { QueueSnapshot } from '../../../src/data/schemas/queue.js';
import { CaseFile, CasePublicStatus } from '../../../src/data/schemas/case-file.js';
import { parseIso } from '../../../src/core/time/index.js';
import { getJson, mustParse, postJson, queueUnit, rating } from './support.js';

/** When a dossier left the desk's hands, for the statuses that end it. */
function endedAt(c: CaseFile): number | undefined {
  if (![3, 7, 8, 9, 10].includes(c.status)) return undefined;
  const times = [c.processedAt, c.returnedAt, c.closedAt].map((t) => parseIso(t ?? null)).filter((t): t is number => t !== undefined);
  return times.length ? Math.max(...times) : undefined;
}

describe('reference server: read routes', function () {
  this.timeout(60_000);
  let api = '';
  let org: OrgData;

  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 2000 }));
    org = mustParse(OrgData, (await getJson(`${api}/org`)).body, 'GET /org');
  });

  it('GET /health answers a Health document with an ISO time', async () => {
    const { status, body } = await getJson(`${api}/health`);
    expect(status).to.equal(200);
    const h = mustParse(Health, body, 'GET /health');
    expect(h.ok).to.equal(true);
    expect(Math.abs(parseIso(h.time)! - Date.now())).to.be.below(60_000);
  });

  it('GET /org passes OrgData and has at least one unit with counters', () => {
    expect(org.units.length).to.be.greaterThan(1);
    expect(org.counters.length).to.be.greaterThan(0);
  });

  it('GET /procedures passes ProcedureCatalogue and answers 304 to its own ETag', async () => {
    const first = await getJson(`${api}/procedures`);
    expect(first.status).to.equal(200);
    const cat = mustParse(ProcedureCatalogue, first.body, 'GET /procedures');
    expect(cat.procedures.length).to.be.greaterThan(0);
    const etag = first.headers.get('ETag');
    expect(etag, 'ETag exposed through CORS').to.match(/^"[^"]+"$/);
    const again = await fetch(`${api}/procedures`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).to.equal(304);
    const other = await fetch(`${api}/procedures`, { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status).to.equal(200);
  });

  it('GET /procedures/{code} returns one procedure, and 404 with an error body for an unknown code', async () => {
    const cat = mustParse(ProcedureCatalogue, (await getJson(`${api}/procedures`)).body, 'catalogue');
    const code = cat.procedures[0]!.ma_thu_tuc;
    const one = await getJson(`${api}/procedures/${code}`);
    expect(one.status).to.equal(200);
    expect(mustParse(Procedure, one.body, 'GET /procedures/{code}').ma_thu_tuc).to.equal(code);
    const missing = await getJson(`${api}/procedures/9.999999`);
    expect(missing.status).to.equal(404);
    expect(mustParse(ApiError, missing.body, '404 body').error.code).to.equal('not_found');
  });

  it('GET /queue/{unitId}/snapshot passes QueueSnapshot for every unit with counters, 404 otherwise', async () => {
    const units = [...new Set(org.counters.map((c) => c.unitId))];
    for (const unitId of units) {
      const { status, body } = await getJson(`${api}/queue/${unitId}/snapshot`);
      expect(status, unitId).to.equal(200);
      const s = mustParse(QueueSnapshot, body, `snapshot of ${unitId}`);
      expect(s.unitId).to.equal(unitId);
      expect(s.counters.map((c) => c.counterId).sort()).to.deep.equal(org.counters.filter((c) => c.unitId === unitId).map((c) => c.id).sort());
    }
    const noQueue = org.units.find((u) => !units.includes(u.id))!;
    expect((await getJson(`${api}/queue/${noQueue.id}/snapshot`)).status).to.equal(404);
  });

  it('GET /cases pages through a period with the opaque cursor: no repeats, `total` records, all in the window', async () => {
    const to = Date.now();
    const from = to - 90 * 86_400_000;
    const q = `from=${encodeURIComponent(new Date(from).toISOString())}&to=${encodeURIComponent(new Date(to).toISOString())}`;
    const seen = new Set<string>();
    let cursor: string | null = null;
    let total: number | undefined;
    let pages = 0;
    do {
      const url: string = `${api}/cases?${q}&limit=150${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { status, body } = await getJson(url);
      expect(status).to.equal(200);
      const page = mustParse(CasePage, body, 'GET /cases');
      total ??= page.total;
      expect(page.total).to.equal(total);
      for (const c of page.items) {
        expect(seen.has(c.code), `repeated ${c.code}`).to.equal(false);
        seen.add(c.code);
        const received = parseIso(c.receivedAt)!;
        expect(received).to.be.below(to);
        // Received in the window, or received before it and still open when it started.
        if (received < from) expect(endedAt(c) ?? Infinity, c.code).to.be.at.least(from);
      }
      cursor = page.next;
      pages++;
    } while (cursor);
    expect(total).to.be.greaterThan(150);
    expect(seen.size).to.equal(total);
    expect(pages).to.equal(Math.ceil(total! / 150));
  });

  it('GET /cases refuses a limit above 5000, a made-up cursor and a bad date with 400 and a readable message', async () => {
    const big = await getJson(`${api}/cases?limit=5001`);
    expect(big.status).to.equal(400);
    expect(mustParse(ApiError, big.body, '400').error.message).to.contain('limit');
    const bad = await getJson(`${api}/cases?cursor=not-a-cursor`);
    expect(bad.status).to.equal(400);
    expect(mustParse(ApiError, bad.body, '400').error.message).to.contain('cursor');
    const date = await getJson(`${api}/cases?from=yesterday`);
    expect(date.status).to.equal(400);
    expect(mustParse(ApiError, date.body, '400').error.message).to.match(/from: .*ISO 8601/);
  });

  it('GET /cases refuses a cursor used with another period', async () => {
    const first = mustParse(CasePage, (await getJson(`${api}/cases?limit=10`)).body, 'page');
    expect(first.next).to.be.a('string');
    const other = await getJson(`${api}/cases?limit=10&from=2020-01-01T00:00:00Z&cursor=${encodeURIComponent(first.next!)}`);
    expect(other.status).to.equal(400);
  });

  it('GET /cases?unitId covers the unit and the units below it', async () => {
    const all = mustParse(CasePage, (await getJson(`${api}/cases?limit=5000`)).body, 'all');
    const byUnit = new Map<string, number>();
    for (const c of all.items) byUnit.set(c.unitId, (byUnit.get(c.unitId) ?? 0) + 1);
    const root = org.units.find((u) => u.parentId == null)!;
    const rootPage = mustParse(CasePage, (await getJson(`${api}/cases?limit=1&unitId=${root.id}`)).body, 'root');
    expect(rootPage.total).to.equal(all.total);
    const [leaf, n] = [...byUnit.entries()][0]!;
    const leafPage = mustParse(CasePage, (await getJson(`${api}/cases?limit=1&unitId=${encodeURIComponent(leaf)}`)).body, 'leaf');
    if (all.total! <= 5000) expect(leafPage.total).to.equal(n);
    expect((await getJson(`${api}/cases?unitId=no-such-unit`)).status).to.equal(404);
  });

  it('GET /cases.ndjson streams as many valid CaseFile records as the paged total', async () => {
    for (const q of ['', `?from=${encodeURIComponent(new Date(Date.now() - 30 * 86_400_000).toISOString())}`]) {
      const page = mustParse(CasePage, (await getJson(`${api}/cases${q}${q ? '&' : '?'}limit=1`)).body, 'page');
      const res = await fetch(`${api}/cases.ndjson${q}`);
      expect(res.status).to.equal(200);
      expect(res.headers.get('Content-Type')).to.contain('application/x-ndjson');
      const lines = (await res.text()).split('\n').filter(Boolean);
      expect(lines.length, `records for "${q}"`).to.equal(page.total);
      const codes = new Set(lines.map((l) => mustParse(CaseFile, JSON.parse(l), 'ndjson line').code));
      expect(codes.size).to.equal(lines.length);
    }
  });

  it('GET /cases.ndjson read slowly holds up no other request, and still delivers every record once', async () => {
    const total = mustParse(CasePage, (await getJson(`${api}/cases?limit=1`)).body, 'page').total!;
    const res = await fetch(`${api}/cases.ndjson`);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value, { stream: true });
    // The reader stalls; meanwhile a write and a read on the same database go through.
    await new Promise((r) => setTimeout(r, 300));
    const write = await postJson(`${api}/ratings/batch`, { ratings: [rating(queueUnit(org).unitId, Date.parse('2026-01-10T02:00:00Z'))] });
    expect(write.status).to.equal(200);
    expect((await getJson(`${api}/procedures`)).status).to.equal(200);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      await new Promise((r) => setTimeout(r, 1));
    }
    const codes = text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as CaseFile).code);
    expect(codes.length).to.equal(total);
    expect(new Set(codes).size).to.equal(total);
  });

  it('GET /cases/{code}/status shows public fields only; 400 for a malformed code, 404 for an unknown one', async () => {
    const some = mustParse(CasePage, (await getJson(`${api}/cases?limit=1`)).body, 'page').items[0]!;
    const { status, body } = await getJson(`${api}/cases/${some.code}/status`);
    expect(status).to.equal(200);
    const pub = mustParse(CasePublicStatus, body, 'status');
    expect(pub.code).to.equal(some.code);
    expect(pub.unitName).to.be.a('string');
    for (const hidden of ['officerId', 'digitised', 'synced', 'fieldId']) expect(body).not.to.have.property(hidden);
    const malformed = await getJson(`${api}/cases/abc/status`);
    expect(malformed.status).to.equal(400);
    expect(mustParse(ApiError, malformed.body, '400').error.message).to.contain('not a dossier code');
    const unknown = await getJson(`${api}/cases/H99.99-260101-9999/status`);
    expect(unknown.status).to.equal(404);
  });

  it('GET /petitions and GET /ratings list items of the period that pass their schemas', async () => {
    const from = new Date(Date.now() - 365 * 86_400_000).toISOString();
    const pet = mustParse(PetitionList, (await getJson(`${api}/petitions?from=${encodeURIComponent(from)}`)).body, 'GET /petitions');
    for (const p of pet.items) expect(parseIso(p.receivedAt)).to.be.at.least(parseIso(from)!);
    const rat = mustParse(RatingList, (await getJson(`${api}/ratings?from=${encodeURIComponent(from)}`)).body, 'GET /ratings');
    expect(rat.items.length).to.be.greaterThan(0);
    const empty = mustParse(RatingList, (await getJson(`${api}/ratings?from=2001-01-01T00:00:00Z&to=2001-01-02T00:00:00Z`)).body, 'empty');
    expect(empty.items).to.deep.equal([]);
    expect((await getJson(`${api}/ratings?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`)).status).to.equal(400);
  });

  it('answers unknown routes with 404 and wrong methods with 405, both as the contract\'s error body', async () => {
    const r404 = await getJson(`${api}/nope`);
    expect(r404.status).to.equal(404);
    mustParse(ApiError, r404.body, '404');
    const r405 = await fetch(`${api}/org`, { method: 'POST', body: '{}' });
    expect(r405.status).to.equal(405);
    mustParse(ApiError, await r405.json(), '405');
  });

  it('allows cross-origin requests with Last-Event-ID and If-None-Match (preflight passes)', async () => {
    // The test page runs on another origin, so this request needs a successful preflight.
    const res = await fetch(`${api}/queue/${queueUnit(org).unitId}/snapshot`, { headers: { 'Last-Event-ID': 'x.1', 'If-None-Match': '"x"' } });
    expect(res.status).to.equal(200);
  });
});
