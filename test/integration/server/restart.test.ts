import { expect } from '@open-wc/testing';
import { refServer, startRefServer } from '../../helpers/refserver.js';
import { RatingBatchResponse, RatingList } from '../../../src/data/schemas/api.js';
import { OrgData } from '../../../src/data/schemas/org.js';
import { QueueSnapshot } from '../../../src/data/schemas/queue.js';
import { getJson, mustParse, postJson, queueUnit, rating } from './support.js';

describe('reference server: restart and reset', function () {
  this.timeout(90_000);
  let api = '';
  let unit: ReturnType<typeof queueUnit>;

  before(async () => {
    ({ api } = await startRefServer({ casesPerYear: 500, seed: 7 }));
    unit = queueUnit(mustParse(OrgData, (await getJson(`${api}/org`)).body, 'org'));
  });

  it('a SIGKILL restart keeps committed ratings and the queue\'s epoch and sequence, on the same address', async () => {
    const r = rating(unit.unitId, Date.parse('2026-03-03T03:00:00Z'));
    expect(mustParse(RatingBatchResponse, (await postJson(`${api}/ratings/batch`, { ratings: [r] })).body, 'batch').accepted).to.deep.equal([r.id]);
    await postJson(`${api}/queue/commands`, { type: 'issue', unitId: unit.unitId, serviceId: unit.fieldId });
    const before = mustParse(QueueSnapshot, (await getJson(`${api}/queue/${unit.unitId}/snapshot`)).body, 'before');

    const restarting = refServer('restart', { downMs: 400 });
    // While the server is down, requests fail at the network level.
    await new Promise((res) => setTimeout(res, 150));
    const down = await fetch(`${api}/health`).then(() => 'answered', (e: unknown) => e);
    const { url } = await restarting;
    expect(url).to.equal(api);
    expect(down).to.be.instanceOf(TypeError);

    const after = mustParse(QueueSnapshot, (await getJson(`${api}/queue/${unit.unitId}/snapshot`)).body, 'after');
    expect([after.epoch, after.seq]).to.deep.equal([before.epoch, before.seq]);
    expect(after.tickets).to.deep.equal(before.tickets);
    const list = mustParse(RatingList, (await getJson(`${api}/ratings?from=2026-03-03T00:00:00Z&to=2026-03-04T00:00:00Z`)).body, 'list');
    expect(list.items.map((x) => x.id)).to.include(r.id);
    const again = mustParse(RatingBatchResponse, (await postJson(`${api}/ratings/batch`, { ratings: [r] })).body, 'resend');
    expect(again.duplicates).to.deep.equal([r.id]);
  });

  it('reset wipes stored ratings, reseeds the same data for the same seed, and starts a new queue epoch', async () => {
    const cases0 = (await getJson(`${api}/cases?limit=1`)).body as { total: number };
    const epoch0 = mustParse(QueueSnapshot, (await getJson(`${api}/queue/${unit.unitId}/snapshot`)).body, 'snapshot').epoch;
    const r = rating(unit.unitId, Date.parse('2026-03-05T03:00:00Z'));
    await postJson(`${api}/ratings/batch`, { ratings: [r] });
    const summary = await refServer('reset', { seed: 7 });
    expect(summary.cases).to.equal(cases0.total);
    const list = mustParse(RatingList, (await getJson(`${api}/ratings?from=2026-03-05T00:00:00Z&to=2026-03-06T00:00:00Z`)).body, 'list');
    expect(list.items.map((x) => x.id)).not.to.include(r.id);
    const snap = mustParse(QueueSnapshot, (await getJson(`${api}/queue/${unit.unitId}/snapshot`)).body, 'snapshot');
    expect(snap.epoch).not.to.equal(epoch0);
    expect(snap.seq).to.equal(0);
    expect((await refServer('state')).requestsTotal).to.equal(2);
  });
});
