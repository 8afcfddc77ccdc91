// Real Chromium, real IndexedDB, a fresh database per test. The sink is LocalRatingServer, a local
// function standing in for the reference server's POST /ratings/batch (the real server is exercised
// in test/integration/outbox/). Time is a FakeClock so backoff is checked without waiting.
import { expect, waitUntil } from '@open-wc/testing';
import { get, keys, set } from 'idb-keyval';
import { DataError } from '../../../src/data/errors.js';
import { RatingOutbox, isRetryable, outboxKey, quarantineKey, type OutboxState, type RatingOutboxOptions } from '../../../src/data/outbox/index.js';
import type { Rating } from '../../../src/data/schemas/rating.js';
import { FakeClock, LocalRatingServer, deleteDb, httpError, makeRating, rawStore, uniqueDb } from './helpers.js';

const offline = () => {
  throw new DataError('offline', 'No network');
};

describe('RatingOutbox', () => {
  const opened: RatingOutbox[] = [];
  const dbs: string[] = [];
  let clock: FakeClock;

  function outbox(over: Partial<RatingOutboxOptions> & Pick<RatingOutboxOptions, 'sink'>, dbName = uniqueDb('unit')): RatingOutbox {
    if (!dbs.includes(dbName)) dbs.push(dbName);
    const o = new RatingOutbox({ dbName, clock, rng: () => 0.5, ...over });
    opened.push(o);
    return o;
  }

  beforeEach(() => {
    clock = new FakeClock();
  });

  afterEach(async () => {
    for (const o of opened.splice(0)) o.close();
    for (const d of dbs.splice(0)) await deleteDb(d);
  });

  describe('add', () => {
    it('add(rating) resolves after the rating is committed to IndexedDB and counts it as pending', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const dbName = uniqueDb('add');
      const o = outbox({ sink: server }, dbName);
      const stored: string[] = [];
      o.addEventListener('stored', (e) => stored.push(e.detail.id));
      const r = makeRating(1);

      await o.add(r);

      // Read back through a second connection, as the next page load would.
      const value = await get(outboxKey(Date.parse(r.createdAt), r.id), rawStore(dbName));
      expect(value).to.deep.equal(r);
      expect(stored).to.deep.equal([r.id]);
      await waitUntil(() => o.state.pending === 1, 'pending count');
      expect(await o.pendingItems(10)).to.deep.equal([r]);
    });

    it('add(rating) rejects an invalid rating with a schema DataError and stores nothing', async () => {
      const dbName = uniqueDb('schema');
      const o = outbox({ sink: new LocalRatingServer() }, dbName);
      let storedEvents = 0;
      o.addEventListener('stored', () => storedEvents++);
      // `neutral` does not exist on the three-level scale.
      const bad = { ...makeRating(2), level: 'neutral' } as Rating;

      const err = await o.add(bad).then(() => undefined, (e: unknown) => e);

      expect(err).to.be.instanceOf(DataError);
      expect((err as DataError).kind).to.equal('schema');
      expect((err as DataError).issues?.en.map((i) => i.path).join(' ')).to.contain('level');
      const noId = await o.add({ ...makeRating(3), id: 'not-a-uuid' }).then(() => undefined, (e: unknown) => e);
      expect((noId as DataError).kind).to.equal('schema');
      expect(storedEvents).to.equal(0);
      await o.ready;
      expect(o.state.pending).to.equal(0);
      expect((await keys(rawStore(dbName))).filter((k) => String(k).startsWith('hcc:v1:outbox:'))).to.deep.equal([]);
    });

    it('adding the same rating twice stores it once', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server });
      const r = makeRating(4);
      await o.add(r);
      await o.add(r);
      await waitUntil(() => o.state.pending === 1);
      expect(await o.pendingItems(10)).to.have.length(1);
    });

    it('add(rating) commits with strict durability, so a power cut after "thank you" keeps it', async () => {
      const o = outbox({ sink: new LocalRatingServer() });
      await o.ready;
      const seen: (IDBTransactionDurability | undefined)[] = [];
      const original = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, opts?: IDBTransactionOptions) {
        if (mode === 'readwrite') seen.push(opts?.durability);
        return original.call(this, names, mode, opts);
      };
      try {
        await o.add(makeRating(5));
      } finally {
        IDBDatabase.prototype.transaction = original;
      }
      expect(seen[0]).to.equal('strict');
    });
  });

  describe('sync', () => {
    it('delivers every pending rating in creation order, in batches, and empties the outbox', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server, batchSize: 100 });
      const ratings = Array.from({ length: 250 }, (_, i) => makeRating(i + 1));
      // Added out of order: the outbox sends by creation time, not by call order.
      for (const r of [...ratings].reverse()) await o.add(r);
      const synced: string[] = [];
      o.addEventListener('synced', (e) => synced.push(...e.detail.ids));
      server.before = undefined;
      server.batches.length = 0;

      await o.syncNow();

      expect(server.batches.map((b) => b.length)).to.deep.equal([100, 100, 50]);
      expect(server.batches.flat()).to.deep.equal(ratings.map((r) => r.id));
      expect(synced).to.have.length(250);
      await waitUntil(() => o.state.pending === 0 && !o.state.syncing, 'outbox empties');
      expect(o.state.lastSyncAt).to.equal(clock.now());
      expect(o.state.lastError).to.equal(undefined);
      expect(o.state.nextRetryAt).to.equal(undefined);
    });

    it('ratings the server already has count as delivered (duplicates) and are removed', async () => {
      const server = new LocalRatingServer();
      const ratings = Array.from({ length: 10 }, (_, i) => makeRating(i + 1));
      // The server committed the first five, but their answer never reached the tablet.
      await server.submitBatch(ratings.slice(0, 5));
      server.before = offline;
      const o = outbox({ sink: server });
      for (const r of ratings) await o.add(r);
      let detail: { accepted: string[]; duplicates: string[] } | undefined;
      o.addEventListener('synced', (e) => (detail = e.detail));
      server.before = undefined;

      await o.syncNow();

      expect(detail?.duplicates).to.have.members(ratings.slice(0, 5).map((r) => r.id));
      expect(detail?.accepted).to.have.members(ratings.slice(5).map((r) => r.id));
      expect(server.stored.size).to.equal(10);
      await waitUntil(() => o.state.pending === 0);
      expect(o.state.deadLetters).to.equal(0);
    });

    it('ratings left by an earlier page are sent when the next outbox starts, without a new add', async () => {
      const dbName = uniqueDb('reload');
      const server = new LocalRatingServer();
      server.before = offline;
      const first = outbox({ sink: server }, dbName);
      for (let i = 1; i <= 3; i++) await first.add(makeRating(i));
      first.close();
      server.before = undefined;

      const second = outbox({ sink: server }, dbName);

      await waitUntil(() => server.stored.size === 3 && second.state.pending === 0, 'sent on start');
    });

    it('a sink given as a factory is created once, on the first send, and asked again after it failed', async () => {
      const server = new LocalRatingServer();
      let calls = 0;
      const o = outbox({
        sink: async () => {
          calls++;
          if (calls === 1) throw new DataError('network', 'adapter chunk failed to load');
          return server;
        },
      });
      await o.ready;
      expect(calls).to.equal(0);
      await o.add(makeRating(1));
      await waitUntil(() => o.state.lastError !== undefined, 'first factory failure reported');
      expect(o.state.pending).to.equal(1);
      await o.syncNow();
      await o.add(makeRating(2));
      await waitUntil(() => server.stored.size === 2);
      expect(calls).to.equal(2);
    });
  });

  describe('rejections and dead letters', () => {
    it('a rating the server rejects becomes a dead letter with reason and code, and retryDeadLetter delivers it once fixed', async () => {
      const server = new LocalRatingServer();
      const o = outbox({ sink: server });
      const first = makeRating(1, { ticket: 'B2001' });
      const second = makeRating(2, { ticket: 'B2001' });
      const rejected: string[] = [];
      o.addEventListener('rejected', (e) => rejected.push(...e.detail.deadLetters.map((d) => d.id)));
      await o.add(first);
      await waitUntil(() => server.stored.has(first.id));

      await o.add(second);

      await waitUntil(() => o.state.deadLetters === 1 && o.state.pending === 0, 'dead letter recorded');
      expect(rejected).to.deep.equal([second.id]);
      const [dead] = await o.deadLetters();
      expect(dead).to.deep.include({ id: second.id, code: 'duplicate-ticket', reason: 'Ticket B2001 was already rated', at: clock.now() });
      expect(dead?.rating).to.deep.equal(second);

      server.releaseTicket('hl-hcc', 'B2001');
      await o.retryDeadLetter(second.id);

      await waitUntil(() => server.stored.has(second.id), 'retried dead letter delivered');
      await waitUntil(() => o.state.deadLetters === 0 && o.state.pending === 0);
      expect(await o.deadLetters()).to.deep.equal([]);
    });

    it('discardDeadLetter(id) deletes a dead letter, and unknown ids reject with not_found', async () => {
      const server = new LocalRatingServer();
      const o = outbox({ sink: server });
      await o.add(makeRating(1, { ticket: 'C1' }));
      await o.add(makeRating(2, { ticket: 'C1' }));
      await waitUntil(() => o.state.deadLetters === 1);

      await o.discardDeadLetter(makeRating(2).id);

      await waitUntil(() => o.state.deadLetters === 0);
      expect(await o.deadLetters()).to.deep.equal([]);
      const missing = await o.retryDeadLetter(makeRating(2).id).then(() => undefined, (e: unknown) => e);
      expect((missing as DataError).kind).to.equal('not_found');
      const missing2 = await o.discardDeadLetter('nope').then(() => undefined, (e: unknown) => e);
      expect((missing2 as DataError).kind).to.equal('not_found');
    });

    it('a whole-batch 4xx moves that batch to dead letters with the status and the reason', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server });
      for (let i = 1; i <= 4; i++) await o.add(makeRating(i));
      server.before = () => {
        throw httpError(422);
      };

      await o.syncNow();

      await waitUntil(() => o.state.deadLetters === 4 && o.state.pending === 0);
      const dead = await o.deadLetters();
      expect(dead.map((d) => [d.code, d.status, d.reason])).to.deep.equal(Array(4).fill(['http', 422, 'HTTP 422']));
      expect(o.state.lastError?.status).to.equal(422);
      expect(o.state.nextRetryAt).to.equal(undefined);
    });

    it('an expired credential (401) keeps the ratings pending for a retry instead of burying them', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server });
      for (let i = 1; i <= 3; i++) await o.add(makeRating(i));
      server.before = () => {
        throw httpError(401);
      };

      await o.syncNow();

      await waitUntil(() => o.state.nextRetryAt !== undefined);
      expect([o.state.pending, o.state.deadLetters, o.state.lastError?.status]).to.deep.equal([3, 0, 401]);
    });

    it('413 halves the batch until the server takes it, and keeps the smaller size', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server, batchSize: 100 });
      for (let i = 1; i <= 40; i++) await o.add(makeRating(i));
      server.batches.length = 0;
      server.before = (rs) => {
        if (rs.length > 12) throw httpError(413);
      };

      await o.syncNow();

      expect(server.batches.map((b) => b.length)).to.deep.equal([40, 20, 10, 10, 10, 10]);
      expect(server.stored.size).to.equal(40);
      await waitUntil(() => o.state.pending === 0);
      expect(o.state.deadLetters).to.equal(0);
    });

    it('a single rating the server finds too large (413) becomes a dead letter and the rest go through', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server, batchSize: 4 });
      const big = makeRating(2, { comment: 'x'.repeat(500) });
      for (const r of [makeRating(1), big, makeRating(3)]) await o.add(r);
      server.before = (rs) => {
        if (rs.some((r) => r.comment)) throw httpError(413);
      };

      await o.syncNow();

      await waitUntil(() => o.state.pending === 0 && o.state.deadLetters === 1);
      expect(server.stored.size).to.equal(2);
      const [dead] = await o.deadLetters();
      expect(dead?.id).to.equal(big.id);
      expect(dead?.status).to.equal(413);
    });
  });

  describe('retries', () => {
    it('isRetryable(err) retries network, offline, 5xx, 401, 403, 408, 429, unreadable answers and storage errors, not other 4xx', () => {
      const cases: [DataError, boolean][] = [
        [new DataError('network', 'x'), true],
        [new DataError('offline', 'x'), true],
        [httpError(500), true],
        [httpError(503), true],
        [httpError(408), true],
        [httpError(429), true],
        [new DataError('schema', 'html instead of json'), true],
        [new DataError('storage', 'x'), true],
        [httpError(401), true],
        [httpError(403), true],
        [httpError(400), false],
        [httpError(422), false],
        [new DataError('not_found', 'x', { status: 404 }), false],
      ];
      expect(cases.map(([e]) => isRetryable(e))).to.deep.equal(cases.map(([, r]) => r));
    });

    it('retryable failures back off with full jitter on the injected clock, capped at maxMs, then deliver', async () => {
      const server = new LocalRatingServer();
      let failures = 0;
      server.before = () => {
        if (failures < 5) {
          failures++;
          throw httpError(503);
        }
      };
      // rng 0.5 → half of each ceiling: 1000, 2000, 4000, 8000, 8000 (capped) → 500, 1000, 2000, 4000, 4000.
      const o = outbox({ sink: server, backoff: { baseMs: 1000, maxMs: 8000 } });
      await o.add(makeRating(1));
      const expected = [500, 1000, 2000, 4000, 4000];
      for (const [i, delay] of expected.entries()) {
        await waitUntil(() => server.batches.length === i + 1 && o.state.nextRetryAt !== undefined && !o.state.syncing, `attempt ${i + 1} failed`);
        expect(o.state.nextRetryAt).to.equal(clock.now() + delay);
        expect(o.state.lastError?.status).to.equal(503);
        clock.advance(delay - 1);
        await new Promise((r) => setTimeout(r, 20));
        expect(server.batches.length, `no retry before ${delay} ms`).to.equal(i + 1);
        clock.advance(1);
      }
      await waitUntil(() => server.stored.size === 1 && o.state.pending === 0, 'delivered after backoff');
      expect(o.state.nextRetryAt).to.equal(undefined);
      expect(o.state.lastError).to.equal(undefined);
    });

    it('an add during backoff waits for the retry, while going online retries at once', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server });
      await o.add(makeRating(1));
      await waitUntil(() => o.state.nextRetryAt !== undefined && !o.state.syncing);
      const attempts = server.batches.length;

      await o.add(makeRating(2));
      await new Promise((r) => setTimeout(r, 30));
      expect(server.batches.length).to.equal(attempts);

      server.before = undefined;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => server.stored.size === 2 && o.state.pending === 0, 'sent on online');
    });

    it('the periodic timer sends ratings that no event announced', async () => {
      const dbName = uniqueDb('periodic');
      const server = new LocalRatingServer();
      const o = outbox({ sink: server, intervalMs: 30_000 }, dbName);
      await o.ready;
      await new Promise((r) => setTimeout(r, 20));
      // Another page stored a rating and died before it could send.
      const r = makeRating(7);
      await set(outboxKey(Date.parse(r.createdAt), r.id), r, rawStore(dbName));
      expect(server.stored.size).to.equal(0);

      clock.advance(30_000);

      await waitUntil(() => server.stored.has(r.id), 'sent by the periodic timer');
    });

    it('the page becoming visible again sends ratings that no event announced', async () => {
      const dbName = uniqueDb('visible');
      const server = new LocalRatingServer();
      const o = outbox({ sink: server }, dbName);
      await o.ready;
      await new Promise((r) => setTimeout(r, 20));
      const r = makeRating(8);
      await set(outboxKey(Date.parse(r.createdAt), r.id), r, rawStore(dbName));
      expect(document.visibilityState).to.equal('visible');

      document.dispatchEvent(new Event('visibilitychange'));

      await waitUntil(() => server.stored.has(r.id), 'sent when visible');
    });

    it('a server that never answers is abandoned after submitTimeoutMs and retried', async () => {
      const server = new LocalRatingServer();
      let hang = true;
      server.before = () => (hang ? new Promise<void>(() => {}) : undefined);
      const o = outbox({ sink: server, submitTimeoutMs: 10_000 });
      await o.add(makeRating(1));
      await waitUntil(() => server.batches.length === 1);
      expect(o.state.syncing).to.equal(true);

      clock.advance(10_000);

      await waitUntil(() => o.state.nextRetryAt !== undefined && !o.state.syncing, 'timed out');
      expect(o.state.lastError?.kind).to.equal('network');
      hang = false;
      clock.advance(500);
      await waitUntil(() => server.stored.size === 1 && o.state.pending === 0);
    });

    it('an unreadable answer (a captive portal page) is retried and never dead-lettered', async () => {
      const answers: unknown[] = [{ html: '<title>Wi-Fi login</title>' }];
      const server = new LocalRatingServer();
      const sink = {
        submitBatch: async (rs: Rating[]) => {
          const a = answers.shift();
          if (a) throw new DataError('schema', 'Invalid data from /api/v1/ratings/batch');
          return server.submitBatch(rs);
        },
      };
      const o = outbox({ sink });
      await o.add(makeRating(1));
      await waitUntil(() => o.state.lastError?.kind === 'schema' && !o.state.syncing);
      expect(o.state.deadLetters).to.equal(0);
      clock.advance(500);
      await waitUntil(() => server.stored.size === 1 && o.state.pending === 0);
    });

    it('an answer that settles none of the ratings is treated as a failure, not resent in a loop', async () => {
      let calls = 0;
      const o = outbox({
        sink: {
          submitBatch: async () => {
            calls++;
            return { accepted: ['00000000-0000-4000-8000-000000000000'], duplicates: [], rejected: [] };
          },
        },
      });
      await o.add(makeRating(1));
      await waitUntil(() => o.state.nextRetryAt !== undefined && !o.state.syncing);
      expect(calls).to.equal(1);
      expect(o.state.pending).to.equal(1);
      expect(o.state.lastError?.kind).to.equal('schema');
    });
  });

  describe('quarantine', () => {
    it('a stored entry failing the schema is quarantined with its raw value, reported, and never sent', async () => {
      const dbName = uniqueDb('quarantine');
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server }, dbName);
      for (let i = 1; i <= 3; i++) await o.add(makeRating(i));
      const garbageKey = outboxKey(Date.UTC(2026, 2, 4, 0, 0, 0), 'corrupt');
      const garbage = { id: 42, level: 'great', note: 'written by an older build' };
      await set(garbageKey, garbage, rawStore(dbName));
      const reported: string[] = [];
      o.addEventListener('quarantined', (e) => reported.push(...e.detail.entries.map((x) => x.key)));
      server.before = undefined;
      server.batches.length = 0;

      await o.syncNow();

      expect(server.batches.flat()).to.deep.equal([1, 2, 3].map((i) => makeRating(i).id));
      expect(reported).to.deep.equal([garbageKey]);
      await waitUntil(() => o.state.pending === 0 && o.state.quarantined === 1);
      const kept = (await get(quarantineKey(garbageKey), rawStore(dbName))) as { key: string; value: unknown; reason: string };
      expect(kept.key).to.equal(garbageKey);
      expect(kept.value).to.deep.equal(garbage);
      expect(kept.reason).to.contain('createdAt');
      expect(await get(garbageKey, rawStore(dbName))).to.equal(undefined);
    });
  });

  describe('state, persistence, cleanup', () => {
    it('subscribe(listener) gets the current state at once and every change until unsubscribed', async () => {
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server });
      await o.ready;
      const seen: OutboxState[] = [];
      const off = o.subscribe((s) => seen.push(s));
      expect(seen).to.have.length(1);
      await o.add(makeRating(1));
      await waitUntil(() => seen.some((s) => s.pending === 1));
      off();
      const count = seen.length;
      await o.add(makeRating(2));
      await waitUntil(() => o.state.pending === 2);
      expect(seen.length).to.equal(count);
    });

    it('requestPersistence() asks the browser once and reports the answer in state', async () => {
      const o = outbox({ sink: new LocalRatingServer() });
      const storage = navigator.storage;
      const original = storage.persist;
      let asked = 0;
      storage.persist = function () {
        asked++;
        return original.call(storage);
      };
      try {
        const a = await o.requestPersistence();
        const b = await o.requestPersistence();
        expect(a).to.equal(b);
        expect(asked).to.be.at.most(1);
        expect(o.state.persisted).to.equal(a);
      } finally {
        storage.persist = original;
      }
    });

    it('estimate() reports usage and quota in bytes', async () => {
      const o = outbox({ sink: new LocalRatingServer() });
      const e = await o.estimate();
      expect(e.quota).to.be.a('number').and.above(0);
      expect(e.usage).to.be.a('number');
    });

    it('close() stops timers, window listeners and the channel, and later adds reject', async () => {
      const dbName = uniqueDb('close');
      const server = new LocalRatingServer();
      server.before = offline;
      const o = outbox({ sink: server }, dbName);
      await o.add(makeRating(1));
      await waitUntil(() => o.state.nextRetryAt !== undefined && !o.state.syncing);
      expect(clock.pending).to.equal(2); // periodic timer + retry timer
      let events = 0;
      o.addEventListener('state', () => events++);
      const attempts = server.batches.length;

      o.close();

      expect(clock.pending).to.equal(0);
      server.before = undefined;
      window.dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('visibilitychange'));
      clock.advance(3_600_000);
      // A second tab on the same database changes the shared state; the closed outbox must not hear it.
      const peer = outbox({ sink: { submitBatch: () => new Promise(() => {}) } }, dbName);
      await peer.add(makeRating(2));
      await waitUntil(() => peer.state.pending === 2);
      await new Promise((r) => setTimeout(r, 30));
      expect(server.batches.length).to.equal(attempts);
      expect(events).to.equal(0);
      const late = await o.add(makeRating(3)).then(() => undefined, (e: unknown) => e);
      expect((late as DataError).kind).to.equal('storage');
    });

    it('close() releases the database so it can be deleted', async () => {
      const dbName = uniqueDb('release');
      const o = outbox({ sink: new LocalRatingServer() }, dbName);
      await o.add(makeRating(1));
      o.close();
      // `blocked` may fire while the last transaction finishes; only a connection left open keeps it from succeeding.
      const outcome = await new Promise<string>((resolve) => {
        const r = indexedDB.deleteDatabase(dbName);
        r.onsuccess = () => resolve('deleted');
        r.onerror = () => resolve('error');
        setTimeout(() => resolve('still open after 3 s'), 3000);
      });
      expect(outcome).to.equal('deleted');
    });
  });
});
