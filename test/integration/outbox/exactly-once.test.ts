// End-to-end proof of the outbox's exactly-once delivery: the real reference server (its own process
// on loopback, with fault injection), the real HTTP adapter, real IndexedDB, and a same-origin iframe
// (test/pages/outbox-runner.html) running the outbox the way a tablet does. Nothing is faked.
import { expect, waitUntil } from '@open-wc/testing';
import type { Rating } from '../../../src/data/schemas/rating.js';
import type { OutboxRunner } from '../../pages/outbox-runner.js';
import { refServer, startRefServer, type RefServerState } from '../../helpers/refserver.js';

const DEVICE = 'outbox-it-tablet';
const DAY_START = Date.UTC(2026, 2, 4, 1, 0, 0); // 08:00 in Hạ Long

function rating(i: number, unitId: string, over: Partial<Rating> = {}): Rating {
  return {
    id: crypto.randomUUID(),
    createdAt: new Date(DAY_START + i * 1000).toISOString(),
    unitId,
    ticket: `OBX-${String(i).padStart(4, '0')}`,
    scale: 3,
    level: (['very_satisfied', 'satisfied', 'dissatisfied'] as const)[i % 3]!,
    reasons: [],
    lang: 'vi',
    deviceId: DEVICE,
    ...over,
  };
}

describe('RatingOutbox against the reference server', function () {
  this.timeout(300_000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  const runner = (): OutboxRunner | undefined => (frame?.contentWindow as (Window & { outboxRunner?: OutboxRunner }) | null)?.outboxRunner;

  /** Waits for the runner of the page now loaded in the iframe and for its first state from IndexedDB. */
  async function loadedRunner(): Promise<OutboxRunner> {
    await waitUntil(() => runner() !== undefined, 'runner page loaded', { timeout: 30_000 });
    const r = runner()!;
    await r.outbox.ready;
    return r;
  }

  it('delivers 1,000 ratings exactly once through drops, lost answers, 500s, timeouts, garbled answers and reloads mid-sync', async () => {
    const { api } = await startRefServer();
    const org = (await (await fetch(`${api}/org`)).json()) as { units: { id: string }[] };
    const unitId = org.units[0]!.id;
    const before = await refServer('state');

    // 1,000 ratings the server must store, then five it must refuse on purpose: three second ratings
    // for tickets already rated (created later, so always sent after the first) and two for a unit
    // the centre does not have.
    const valid = Array.from({ length: 1000 }, (_, i) => rating(i, unitId));
    const refused = [
      rating(1001, unitId, { ticket: valid[10]!.ticket! }),
      rating(1002, unitId, { ticket: valid[500]!.ticket! }),
      rating(1003, unitId, { ticket: valid[999]!.ticket! }),
      rating(1004, 'no-such-unit'),
      rating(1005, 'no-such-unit'),
    ];
    const expectedDead = [
      ...refused.slice(0, 3).map((r) => `${r.id} duplicate-ticket`),
      ...refused.slice(3).map((r) => `${r.id} unknown-unit`),
    ].sort();

    // Phase 1: the server is unreachable (every batch request dropped) while the tablet works.
    await refServer('faults', { drop: 1, paths: 'ratings/batch' });
    const db = `hcc-it-outbox-${crypto.randomUUID()}`;
    const params = new URLSearchParams({ api, db, batchSize: '50', baseMs: '200', maxMs: '2000', timeoutMs: '2000', intervalMs: '1000' });
    frame = document.createElement('iframe');
    frame.src = `/test/pages/outbox-runner.html?${params}`;
    document.body.append(frame);
    let r = await loadedRunner();
    await r.addAll([...valid, ...refused]);

    await waitUntil(() => runner()?.state().pending === 1005, 'all 1,005 stored locally');
    expect((await refServer('state')).ratings.stored, 'nothing reached the server').to.equal(before.ratings.stored);

    // Phase 2: the network comes back, badly: drops before and after the server commits, 500s,
    // requests that never answer, answers that are not JSON, random delays. The page is reloaded
    // while it sends. Seed 21 puts every kind of fault among the first twelve requests.
    await refServer('faults', { drop: 0.15, dropAfter: 0.2, fail500: 0.1, timeout: 0.1, malformed: 0.05, delayMs: [0, 200], paths: 'ratings/batch', seed: 21 });
    void r.outbox.syncNow();

    let reloadsMidSync = 0;
    while (reloadsMidSync < 3) {
      const atLoad = r.state().pending;
      // Reload once at least two batches went through since this page loaded and a send is in flight.
      await waitUntil(
        () => {
          const s = runner()?.state();
          return !!s && s.syncing && s.pending <= atLoad - 100 && s.pending > 0;
        },
        `send in flight after progress (reload ${reloadsMidSync + 1})`,
        { timeout: 120_000, interval: 5 },
      );
      const old = r;
      frame.contentWindow!.location.reload();
      reloadsMidSync++;
      // The iframe keeps its WindowProxy across the reload; the new document has a new runner.
      await waitUntil(() => runner() !== old, 'old page gone', { timeout: 30_000 });
      r = await loadedRunner();
    }

    await waitUntil(() => {
      const s = runner()?.state();
      return !!s && s.pending === 0 && s.deadLetters === 5 && !s.syncing;
    }, 'outbox drained', { timeout: 180_000, interval: 50 });

    const after: RefServerState = await refServer('state');
    await refServer('faults', {});

    expect(reloadsMidSync).to.be.at.least(2);
    // Every kind of fault really happened (the seed fixes the sequence of decisions), including
    // answers lost after the server had committed, which only idempotency by id turns into no harm.
    for (const kind of ['drop', 'dropAfter', 'fail500', 'timeout', 'malformed']) expect(after.faults.counts[kind], kind).to.be.above(0);

    // Exactly 1,000 new rows and 1,000 new distinct ids on the server …
    expect(after.ratings.stored - before.ratings.stored, 'rows').to.equal(1000);
    expect(after.ratings.distinctIds - before.ratings.distinctIds, 'distinct ids').to.equal(1000);
    // … and they are precisely the ratings that should be there.
    const q = new URLSearchParams({ from: new Date(DAY_START - 3_600_000).toISOString(), to: new Date(DAY_START + 7_200_000).toISOString() });
    const listed = (await (await fetch(`${api}/ratings?${q}`)).json()) as { items: Rating[] };
    const mine = listed.items.filter((x) => x.deviceId === DEVICE).map((x) => x.id);
    expect(mine.sort()).to.deep.equal(valid.map((x) => x.id).sort());

    // Locally: nothing pending, nothing quarantined, and dead letters hold only the refused ratings.
    const final = runner()!;
    expect(final.state().quarantined).to.equal(0);
    expect(await final.outbox.pendingItems(10)).to.deep.equal([]);
    const dead = await final.outbox.deadLetters();
    expect(dead.map((d) => `${d.id} ${d.code}`).sort()).to.deep.equal(expectedDead);
  });
});
