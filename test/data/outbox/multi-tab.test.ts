// Two RatingOutbox instances on one database behave like two tabs of the kiosk: they share IndexedDB,
// the Web Locks lock and the `hcc-outbox` BroadcastChannel, all real. The sink is LocalRatingServer,
// a local function standing in for the reference server (the real one is used in
// test/integration/outbox/).
import { expect, waitUntil } from '@open-wc/testing';
import { DataError } from '../../../src/data/errors.js';
import { RatingOutbox, type RatingOutboxOptions } from '../../../src/data/outbox/index.js';
import { LocalRatingServer, deleteDb, makeRating, uniqueDb } from './helpers.js';

describe('RatingOutbox across tabs', () => {
  const opened: RatingOutbox[] = [];
  const dbs: string[] = [];

  function tab(dbName: string, over: Partial<RatingOutboxOptions> & Pick<RatingOutboxOptions, 'sink'>): RatingOutbox {
    if (!dbs.includes(dbName)) dbs.push(dbName);
    const o = new RatingOutbox({ dbName, rng: () => 0.5, ...over });
    opened.push(o);
    return o;
  }

  afterEach(async () => {
    for (const o of opened.splice(0)) o.close();
    for (const d of dbs.splice(0)) await deleteDb(d);
  });

  /** A server that notes how many batches it handles at the same time. */
  function slowServer(): LocalRatingServer & { maxInFlight: number } {
    const server = Object.assign(new LocalRatingServer(), { maxInFlight: 0 });
    let inFlight = 0;
    server.before = async () => {
      inFlight++;
      server.maxInFlight = Math.max(server.maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
    };
    return server;
  }

  async function addFromBothTabs(a: RatingOutbox, b: RatingOutbox, n: number): Promise<string[]> {
    const ratings = Array.from({ length: n }, (_, i) => makeRating(i + 1));
    await Promise.all([
      (async () => {
        for (const r of ratings.filter((_, i) => i % 2 === 0)) await a.add(r);
      })(),
      (async () => {
        for (const r of ratings.filter((_, i) => i % 2 === 1)) await b.add(r);
      })(),
    ]);
    return ratings.map((r) => r.id);
  }

  it('two outboxes on one database deliver every rating exactly once, one sender at a time', async () => {
    const dbName = uniqueDb('tabs');
    const server = slowServer();
    const a = tab(dbName, { sink: server, batchSize: 20 });
    const b = tab(dbName, { sink: server, batchSize: 20 });

    const ids = await addFromBothTabs(a, b, 200);

    await waitUntil(() => server.stored.size === 200, 'all stored', { timeout: 15_000 });
    await waitUntil(() => a.state.pending === 0 && b.state.pending === 0 && !a.state.syncing && !b.state.syncing, 'both tabs empty');
    expect([...server.stored.keys()].sort()).to.deep.equal([...ids].sort());
    expect(server.resent, 'no rating sent twice').to.deep.equal([]);
    expect(server.batches.flat()).to.have.length(200);
    expect(server.maxInFlight).to.equal(1);
  });

  it('without Web Locks, the BroadcastChannel election still lets one tab send at a time', async () => {
    // A browser without Web Locks (older Safari) is faked by hiding navigator.locks; the election runs
    // on the real BroadcastChannel with real timers.
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks');
    Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
    const dbName = uniqueDb('election');
    const server = slowServer();
    let a: RatingOutbox;
    let b: RatingOutbox;
    try {
      expect(navigator.locks).to.equal(undefined);
      a = tab(dbName, { sink: server, batchSize: 20 });
      b = tab(dbName, { sink: server, batchSize: 20 });
    } finally {
      if (descriptor) Object.defineProperty(Navigator.prototype, 'locks', descriptor);
    }

    const ids = await addFromBothTabs(a, b, 120);

    await waitUntil(() => server.stored.size === 120, 'all stored', { timeout: 15_000 });
    await waitUntil(() => a.state.pending === 0 && b.state.pending === 0 && !a.state.syncing && !b.state.syncing, 'both tabs empty');
    expect([...server.stored.keys()].sort()).to.deep.equal([...ids].sort());
    expect(server.resent, 'no rating sent twice').to.deep.equal([]);
    expect(server.maxInFlight).to.equal(1);
  });

  it('counts and the last error are the same in every tab', async () => {
    const dbName = uniqueDb('state');
    const offline = {
      submitBatch: async () => {
        throw new DataError('offline', 'No network');
      },
    };
    const a = tab(dbName, { sink: offline });
    const b = tab(dbName, { sink: offline });
    await Promise.all([a.ready, b.ready]);

    for (let i = 1; i <= 5; i++) await a.add(makeRating(i));

    await waitUntil(() => b.state.pending === 5, 'second tab sees the pending count');
    await waitUntil(() => b.state.lastError?.kind === 'offline' && b.state.nextRetryAt !== undefined, 'second tab sees the error');
    expect(b.state.nextRetryAt).to.equal(a.state.nextRetryAt);
  });

  it('a tab refused the lock while another sends still gets its own ratings delivered', async () => {
    const dbName = uniqueDb('refused');
    const server = new LocalRatingServer();
    let release: () => void = () => {};
    let hold = true;
    server.before = () =>
      hold
        ? new Promise<void>((r) => {
            release = r;
          })
        : undefined;
    const a = tab(dbName, { sink: server });
    const b = tab(dbName, { sink: server });
    await Promise.all([a.ready, b.ready]);
    await a.add(makeRating(1));
    await waitUntil(() => server.batches.length === 1, 'first tab sending');

    // The second tab stores while the first holds the lock; its own attempt is refused.
    await b.add(makeRating(2));
    hold = false;
    release();

    await waitUntil(() => server.stored.size === 2, 'both delivered');
    await waitUntil(() => a.state.pending === 0 && b.state.pending === 0);
  });
});
