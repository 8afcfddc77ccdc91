// The rating tablet end to end: <hcc-rating-form> in a same-origin iframe (rating-station.html) on
// the real HTTP adapter, real IndexedDB, and the reference server (its own process on loopback,
// with fault injection). 2,000 ratings are made through the form while the server is unreachable,
// then delivered through drops, answers lost after the commit, 500s, timeouts and delays, with the
// page reloaded while it sends. Nothing is faked.
import { expect, waitUntil } from '@open-wc/testing';
import type { Rating, SatisfactionLevel } from '../../../src/data/schemas/rating.js';
import { refServer, startRefServer } from '../../helpers/refserver.js';
import type { RatingStation } from './rating-station.js';

const T0 = Date.UTC(2026, 2, 4, 1, 0, 0); // 08:00 in Hạ Long
const N = 2000;
const LEVELS: SatisfactionLevel[] = ['very_satisfied', 'satisfied', 'very_satisfied', 'satisfied', 'dissatisfied'];

describe('<hcc-rating-form> against the reference server', function () {
  this.timeout(600_000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  const station = (): RatingStation | undefined => (frame?.contentWindow as (Window & { ratingStation?: RatingStation }) | null)?.ratingStation;

  async function loadedStation(): Promise<RatingStation> {
    await waitUntil(() => station() !== undefined, 'station page loaded', { timeout: 30_000 });
    return station()!;
  }

  it('2,000 ratings made offline reach the server exactly once through faults and reloads; only deliberate rejections are dead letters', async () => {
    const { api } = await startRefServer();
    const org = (await (await fetch(`${api}/org`)).json()) as { units: { id: string; parentId?: string | null }[] };
    const unitId = org.units.find((u) => u.parentId)!.id;

    // Another tablet already rated three visits (it was online); this station will rate them too.
    const otherTablet: Rating[] = ['DUP-1', 'DUP-2', 'DUP-3'].map((ticket, i) => ({
      id: crypto.randomUUID(), createdAt: new Date(T0 - 3_600_000 + i * 1000).toISOString(), unitId, ticket,
      scale: 3, level: 'satisfied', reasons: [], lang: 'vi', deviceId: 'another-tablet',
    }));
    const pre = await fetch(`${api}/ratings/batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ratings: otherTablet }) });
    expect(((await pre.json()) as { accepted: string[] }).accepted).to.have.length(3);
    const before = await refServer('state');

    // Phase 1: the server is unreachable (every batch request dropped) for the whole day.
    await refServer('faults', { drop: 1, paths: 'ratings/batch' });
    const db = `hcc-it-rating-${crypto.randomUUID()}`;
    const params = new URLSearchParams({ api, db, unit: unitId, t0: String(T0), batchSize: '50', baseMs: '200', maxMs: '2000', timeoutMs: '2000', intervalMs: '1000' });
    frame = document.createElement('iframe');
    frame.src = `/test/integration/rating/rating-station.html?${params}`;
    frame.style.width = '1024px';
    frame.style.height = '768px';
    document.body.append(frame);
    let s = await loadedStation();
    const deviceId = s.form.effectiveDeviceId;

    const valid: string[] = [];
    for (let i = 0; i < N; i++) valid.push(await s.rate(LEVELS[i % LEVELS.length]!));
    // Refused on purpose: the three visits the other tablet rated first, and two ratings for a unit
    // the centre does not have (a misconfigured tablet).
    const refused: string[] = [];
    for (const ticket of ['DUP-1', 'DUP-2', 'DUP-3']) {
      s.form.ticket = ticket;
      refused.push(`${await s.rate('very_satisfied')} duplicate-ticket`);
    }
    s.form.ticket = '';
    s.form.unitId = 'no-such-unit';
    for (let i = 0; i < 2; i++) refused.push(`${await s.rate('satisfied')} unknown-unit`);

    await waitUntil(() => s.state().pending === N + 5, 'all stored locally', { timeout: 30_000 });
    expect(new Set(valid).size).to.equal(N);
    expect((await refServer('state')).ratings.stored, 'nothing reached the server').to.equal(before.ratings.stored);
    await waitUntil(() => /2\.005 chưa đồng bộ/.test(s.form.shadowRoot!.textContent ?? ''), 'badge shows the backlog', { timeout: 10_000 });

    // Phase 2: the network comes back, badly; the tablet is restarted three times while it sends.
    await refServer('faults', { drop: 0.15, dropAfter: 0.2, fail500: 0.1, timeout: 0.05, delayMs: [0, 200], paths: 'ratings/batch', seed: 20261127 });
    void s.outbox().syncNow();
    let reloads = 0;
    while (reloads < 3) {
      const atLoad = s.state().pending;
      await waitUntil(
        () => {
          const st = station()?.state();
          return !!st && st.syncing && st.pending <= atLoad - 100 && st.pending > 0;
        },
        `send in flight after progress (reload ${reloads + 1})`,
        { timeout: 180_000, interval: 5 },
      );
      const old = s;
      frame.contentWindow!.location.reload();
      reloads++;
      await waitUntil(() => station() !== old, 'old page gone', { timeout: 30_000 });
      s = await loadedStation();
      expect(s.form.effectiveDeviceId, 'the same device after a restart').to.equal(deviceId);
    }

    await waitUntil(() => {
      const st = station()?.state();
      return !!st && st.pending === 0 && st.deadLetters === 5 && !st.syncing;
    }, 'outbox drained', { timeout: 300_000, interval: 50 });

    const after = await refServer('state');
    await refServer('faults', {});
    expect(after.faults.counts['dropAfter'], 'answers lost after the server committed').to.be.above(0);
    expect((after.faults.counts['drop'] ?? 0) + (after.faults.counts['fail500'] ?? 0) + (after.faults.counts['timeout'] ?? 0)).to.be.above(0);

    // The server holds exactly the 2,000 valid ratings, each once.
    expect(after.ratings.stored - before.ratings.stored, 'rows').to.equal(N);
    expect(after.ratings.distinctIds - before.ratings.distinctIds, 'distinct ids').to.equal(N);
    const q = new URLSearchParams({ from: new Date(T0 - 3_600_000).toISOString(), to: new Date(T0 + (N + 10) * 6000 + 3_600_000).toISOString() });
    const listed = (await (await fetch(`${api}/ratings?${q}`)).json()) as { items: Rating[] };
    const mine = listed.items.filter((x) => x.deviceId === deviceId);
    expect(mine.map((x) => x.id).sort()).to.deep.equal([...valid].sort());
    expect(mine.every((x) => x.unitId === unitId && x.scale === 3)).to.equal(true);

    // Locally: nothing pending or quarantined; the dead letters are exactly the deliberate refusals,
    // and the badge says so.
    const final = station()!;
    expect(final.state().quarantined).to.equal(0);
    expect(await final.outbox().pendingItems(10)).to.deep.equal([]);
    const dead = await final.outbox().deadLetters();
    expect(dead.map((d) => `${d.id} ${d.code}`).sort()).to.deep.equal(refused.sort());
    await waitUntil(() => /5 bị từ chối/.test(final.form.shadowRoot!.textContent ?? ''), 'badge shows the refusals', { timeout: 10_000 });
  });
});
