import { expect } from '@open-wc/testing';
import { refServer, startRefServer } from '../../helpers/refserver.js';
import { ApiError, RatingBatchResponse, RatingList } from '../../../src/data/schemas/api.js';
import { OrgData } from '../../../src/data/schemas/org.js';
import { getJson, mustParse, postJson, queueUnit, rating } from './support.js';

const DAY = 86_400_000;

describe('reference server: POST /ratings/batch', function () {
  this.timeout(60_000);
  let api = '';
  let unitId = '';
  // A fixed mid-morning in the past, so tickets of these tests never meet the generated ones.
  const T = Date.parse('2026-01-05T02:00:00Z');

  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 500 }));
    unitId = queueUnit(mustParse(OrgData, (await getJson(`${api}/org`)).body, 'org')).unitId;
  });

  async function send(ratings: unknown[]) {
    const r = await postJson(`${api}/ratings/batch`, { ratings });
    expect(r.status, JSON.stringify(r.body)).to.equal(200);
    return mustParse(RatingBatchResponse, r.body, 'batch response');
  }

  it('stores a batch and lists the ratings under GET /ratings', async () => {
    const batch = [rating(unitId, T), rating(unitId, T + 60_000, { level: 'dissatisfied', reasons: ['slow'] })];
    const res = await send(batch);
    expect(res).to.deep.equal({ accepted: batch.map((r) => r.id), duplicates: [], rejected: [] });
    const from = encodeURIComponent(new Date(T).toISOString());
    const to = encodeURIComponent(new Date(T + DAY).toISOString());
    const list = mustParse(RatingList, (await getJson(`${api}/ratings?from=${from}&to=${to}&unitId=${unitId}`)).body, 'list');
    expect(list.items.map((r) => r.id)).to.include.members(batch.map((r) => r.id));
    expect(list.items.find((r) => r.id === batch[1]!.id)).to.deep.equal(batch[1]);
  });

  it('is idempotent: the same batch twice stores nothing the second time and lists every id as a duplicate', async () => {
    const batch = Array.from({ length: 20 }, (_, i) => rating(unitId, T + DAY + i * 1000, { ticket: `A${i}` }));
    const before = await refServer('state');
    const first = await send(batch);
    expect(first.accepted).to.have.length(20);
    const second = await send(batch);
    expect(second).to.deep.equal({ accepted: [], duplicates: batch.map((r) => r.id), rejected: [] });
    const after = await refServer('state');
    expect(after.ratings.stored - before.ratings.stored).to.equal(20);
    expect(after.ratings.distinctIds).to.equal(after.ratings.stored);
  });

  it('treats a repeated id inside one batch as a duplicate of the first', async () => {
    const r = rating(unitId, T + 2 * DAY);
    expect(await send([r, r])).to.deep.equal({ accepted: [r.id], duplicates: [r.id], rejected: [] });
  });

  it('rejects a second rating for the same ticket the same day, but not the same number on another day', async () => {
    const first = rating(unitId, T + 3 * DAY, { ticket: '1042' });
    const again = rating(unitId, T + 3 * DAY + 600_000, { ticket: '1042' });
    const nextDay = rating(unitId, T + 4 * DAY, { ticket: '1042' });
    const res = await send([first, again, nextDay]);
    expect(res.accepted).to.deep.equal([first.id, nextDay.id]);
    expect(res.rejected).to.have.length(1);
    expect(res.rejected[0]).to.include({ id: again.id, code: 'duplicate-ticket' });
    expect(res.rejected[0]!.reason).to.contain('1042');
    // Rejections are final: resending gives the same answer, and the first rating stays a duplicate.
    expect((await send([again])).rejected[0]!.code).to.equal('duplicate-ticket');
    expect((await send([first])).duplicates).to.deep.equal([first.id]);
  });

  it('rejects a second rating for the same dossier', async () => {
    const a = rating(unitId, T + 5 * DAY, { dossierCode: 'H49.50-260110-0001' });
    const b = rating(unitId, T + 6 * DAY, { dossierCode: 'H49.50-260110-0001' });
    const res = await send([a, b]);
    expect(res.accepted).to.deep.equal([a.id]);
    expect(res.rejected.map((x) => [x.id, x.code])).to.deep.equal([[b.id, 'duplicate-ticket']]);
  });

  it('rejects invalid items one by one with a reason naming the field, and stores the valid ones', async () => {
    const good = rating(unitId, T + 7 * DAY);
    const badLevel = { ...rating(unitId, T + 7 * DAY), level: 'meh' };
    const notInScale = rating(unitId, T + 7 * DAY, { level: 'neutral', scale: 3 });
    const noId = { ...rating(unitId, T + 7 * DAY), id: undefined };
    const notObject = 42;
    const res = await send([badLevel, good, notInScale, noId, notObject]);
    expect(res.accepted).to.deep.equal([good.id]);
    expect(res.rejected.map((r) => r.code)).to.deep.equal(['schema', 'schema', 'schema', 'schema']);
    const [lvl, scale, id, obj] = res.rejected;
    expect(lvl!.id).to.equal(badLevel.id);
    expect(lvl!.reason).to.match(/^level: expected one of: .*"very_satisfied".*received "meh"/);
    expect(scale!.reason).to.contain('level: level is not part of the chosen scale');
    expect(id!.id).to.equal('#3');
    expect(id!.reason).to.match(/^id: required field is missing/);
    expect(obj!.id).to.equal('#4');
    expect(obj!.reason).to.contain('expected an object');
  });

  it('rejects a rating for a unit the organisation does not have', async () => {
    const r = rating('no-such-unit', T + 8 * DAY);
    const res = await send([r]);
    expect(res.rejected).to.deep.equal([{ id: r.id, code: 'unknown-unit', reason: res.rejected[0]!.reason }]);
    expect(res.rejected[0]!.reason).to.contain('no-such-unit');
  });

  it('refuses the whole batch with 400 when the body is not JSON, empty, or over 500 ratings', async () => {
    const before = (await refServer('state')).ratings.stored;
    for (const [body, words] of [
      ['{"ratings": [', 'not valid JSON'],
      [{ ratings: [] }, 'ratings: item count must be ≥ 1'],
      [{ ratings: Array.from({ length: 501 }, (_, i) => rating(unitId, T + 9 * DAY + i)) }, 'ratings: item count must be ≤ 500'],
      [{ items: [] }, 'ratings: required field is missing'],
    ] as const) {
      const r = await postJson(`${api}/ratings/batch`, body);
      expect(r.status).to.equal(400);
      expect(mustParse(ApiError, r.body, '400').error.message).to.contain(words);
    }
    expect((await refServer('state')).ratings.stored).to.equal(before);
  });
});
