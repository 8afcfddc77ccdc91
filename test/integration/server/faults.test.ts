import { expect } from '@open-wc/testing';
import { refServer, startRefServer } from '../../helpers/refserver.js';
import { ApiError, RatingBatchResponse } from '../../../src/data/schemas/api.js';
import { OrgData } from '../../../src/data/schemas/org.js';
import { getJson, mustParse, postJson, queueUnit, rating } from './support.js';

describe('reference server: fault injection', function () {
  this.timeout(60_000);
  let api = '';
  let origin = '';
  let unitId = '';
  let t = Date.parse('2026-02-02T02:00:00Z');
  const nextRating = () => rating(unitId, (t += 1000));
  const stored = async () => (await refServer('state')).ratings.stored;

  before(async () => {
    ({ api, origin } = await startRefServer({ casesPerYear: 500 }));
    unitId = queueUnit(mustParse(OrgData, (await getJson(`${api}/org`)).body, 'org')).unitId;
  });
  afterEach(async () => {
    await refServer('faults', {});
  });

  it('drop: the socket closes before handling, fetch rejects with a TypeError and nothing is stored', async () => {
    await refServer('faults', { drop: 1 });
    const before = await stored();
    const err = await fetch(`${api}/ratings/batch`, { method: 'POST', body: JSON.stringify({ ratings: [nextRating()] }) }).then(() => null, (e: unknown) => e);
    expect(err).to.be.instanceOf(TypeError);
    expect(await stored()).to.equal(before);
    // Chromium retries once by itself when a reused keep-alive connection closes without an answer.
    expect((await refServer('state')).faults.counts.drop).to.be.within(1, 2);
  });

  it('fail500: answers 500 with the error body and stores nothing', async () => {
    await refServer('faults', { fail500: 1 });
    const before = await stored();
    const r = await postJson(`${api}/ratings/batch`, { ratings: [nextRating()] });
    expect(r.status).to.equal(500);
    expect(mustParse(ApiError, r.body, '500').error.code).to.equal('injected');
    expect(await stored()).to.equal(before);
  });

  it('dropAfter: the ratings are stored although the client saw a network error; the resend is all duplicates', async () => {
    await refServer('faults', { dropAfter: 1, paths: 'ratings' });
    const batch = [nextRating(), nextRating(), nextRating()];
    const before = await stored();
    const err = await fetch(`${api}/ratings/batch`, { method: 'POST', body: JSON.stringify({ ratings: batch }) }).then(() => null, (e: unknown) => e);
    expect(err).to.be.instanceOf(TypeError);
    expect(await stored()).to.equal(before + 3);
    await refServer('faults', {});
    const again = await postJson(`${api}/ratings/batch`, { ratings: batch });
    expect(mustParse(RatingBatchResponse, again.body, 'resend').duplicates).to.deep.equal(batch.map((r) => r.id));
  });

  it('malformed: answers 200 with a body that is not JSON, and a stream whose first record does not parse', async () => {
    await refServer('faults', { malformed: 1 });
    const res = await fetch(`${api}/org`);
    expect(res.status).to.equal(200);
    const parsed = await res.json().then(() => 'parsed', (e: unknown) => e);
    expect(parsed).to.be.instanceOf(SyntaxError);
    const nd = await (await fetch(`${api}/cases.ndjson`)).text();
    const lines = nd.split('\n').filter(Boolean);
    expect(() => JSON.parse(lines[0]!)).to.throw(SyntaxError);
    expect(() => JSON.parse(lines[1]!)).not.to.throw();
  });

  it('timeout: the request is never answered', async () => {
    await refServer('faults', { timeout: 1, paths: '/health' });
    const err = await fetch(`${api}/health`, { signal: AbortSignal.timeout(700) }).then(() => null, (e: unknown) => e);
    expect((err as Error).name).to.equal('TimeoutError');
    expect((await getJson(`${api}/org`)).status, 'other paths still answer').to.equal(200);
  });

  it('delayMs: holds matching requests between min and max', async () => {
    await refServer('faults', { delayMs: [300, 400], paths: '^/api/v1/health$' });
    let t0 = performance.now();
    await getJson(`${api}/health`);
    expect(performance.now() - t0).to.be.at.least(290);
    t0 = performance.now();
    await getJson(`${api}/org`);
    expect(performance.now() - t0).to.be.below(290);
  });

  it('paths: only requests whose path and query match the regex are affected', async () => {
    await refServer('faults', { fail500: 1, paths: 'unitId=x' });
    expect((await getJson(`${api}/ratings?unitId=x`)).status).to.equal(500);
    expect((await getJson(`${api}/ratings`)).status).to.equal(200);
  });

  it('seed: the same seed gives the same faults for the same requests', async () => {
    const pattern = async () => {
      await refServer('faults', { fail500: 0.5, seed: 'repeat-me' });
      const out: number[] = [];
      for (let i = 0; i < 16; i++) out.push((await getJson(`${api}/health`)).status);
      return out;
    };
    const a = await pattern();
    const b = await pattern();
    expect(a).to.deep.equal(b);
    expect(a).to.include(500);
    expect(a).to.include(200);
  });

  it('{} clears every fault, and bad configurations are refused with a readable message', async () => {
    await refServer('faults', { fail500: 1 });
    await refServer('faults', {});
    expect((await getJson(`${api}/health`)).status).to.equal(200);
    for (const [body, words] of [
      [{ drop: 0.7, fail500: 0.6 }, 'must not exceed 1'],
      [{ fail5000: 1 }, 'fail5000'],
      [{ paths: '(' }, 'regular expression'],
      [{ delayMs: [500, 100] }, 'delayMs'],
      [{ drop: 2 }, 'drop'],
    ] as const) {
      const r = await postJson(`${origin}/__admin/faults`, body);
      expect(r.status, JSON.stringify(body)).to.equal(400);
      expect(mustParse(ApiError, r.body, '400').error.message).to.contain(words);
    }
  });

  it('counts requests per route in /__admin/state', async () => {
    const before = (await refServer('state')).requests;
    await getJson(`${api}/cases?limit=1`);
    await getJson(`${api}/cases?limit=2`);
    await getJson(`${api}/cases/ABC/status`);
    const after = (await refServer('state')).requests;
    expect((after['GET /cases'] ?? 0) - (before['GET /cases'] ?? 0)).to.equal(2);
    expect((after['GET /cases/{code}/status'] ?? 0) - (before['GET /cases/{code}/status'] ?? 0)).to.equal(1);
  });
});
