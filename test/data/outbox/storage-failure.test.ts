// Storage failures cannot be produced on demand in headless Chromium (no private mode without
// IndexedDB, no real full disk), so these tests fake only the browser failure: `indexedDB.open`
// throwing or failing, or `IDBObjectStore.put` raising QuotaExceededError. Everything else, including
// the earlier entries that must survive, is real IndexedDB.
import { expect, waitUntil } from '@open-wc/testing';
import { DataError } from '../../../src/data/errors.js';
import { RatingOutbox } from '../../../src/data/outbox/index.js';
import type { Rating } from '../../../src/data/schemas/rating.js';
import { LocalRatingServer, deleteDb, makeRating, uniqueDb } from './helpers.js';

describe('RatingOutbox when storage fails', () => {
  const opened: RatingOutbox[] = [];
  const dbs: string[] = [];

  function outbox(dbName: string): RatingOutbox {
    if (!dbs.includes(dbName)) dbs.push(dbName);
    const server = new LocalRatingServer();
    server.before = () => {
      throw new DataError('offline', 'No network');
    };
    const o = new RatingOutbox({ dbName, sink: server });
    opened.push(o);
    return o;
  }

  afterEach(async () => {
    delete (indexedDB as unknown as { open?: unknown }).open;
    for (const o of opened.splice(0)) o.close();
    for (const d of dbs.splice(0)) await deleteDb(d);
  });

  /** Three ratings stored by an earlier page, which then closed. */
  async function earlier(dbName: string): Promise<Rating[]> {
    const first = outbox(dbName);
    const ratings = [1, 2, 3].map((i) => makeRating(i));
    for (const r of ratings) await first.add(r);
    first.close();
    return ratings;
  }

  async function failedAdd(o: RatingOutbox, r: Rating): Promise<{ error: unknown; stored: number }> {
    let stored = 0;
    o.addEventListener('stored', () => stored++);
    const error = await o.add(r).then(() => undefined, (e: unknown) => e);
    return { error, stored };
  }

  async function pendingIn(dbName: string): Promise<Rating[]> {
    const reader = outbox(dbName);
    await reader.ready;
    return reader.pendingItems(100);
  }

  it('add(rating) rejects with storage when IndexedDB cannot open (private mode), and earlier ratings stay', async () => {
    const dbName = uniqueDb('noidb');
    const ratings = await earlier(dbName);
    (indexedDB as unknown as { open: () => never }).open = () => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    };
    const o = outbox(dbName);

    const { error, stored } = await failedAdd(o, makeRating(4));

    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).kind).to.equal('storage');
    expect(stored, 'not acknowledged').to.equal(0);
    await waitUntil(() => o.state.lastError?.kind === 'storage', 'state reports the storage failure');
    delete (indexedDB as unknown as { open?: unknown }).open;
    expect(await pendingIn(dbName)).to.deep.equal(ratings);
  });

  it('add(rating) rejects with quota when opening the database fails for lack of space, and earlier ratings stay', async () => {
    const dbName = uniqueDb('quota-open');
    const ratings = await earlier(dbName);
    (indexedDB as unknown as { open: () => IDBOpenDBRequest }).open = () => {
      const request = { error: new DOMException('Quota exceeded', 'QuotaExceededError') } as unknown as IDBOpenDBRequest;
      setTimeout(() => (request.onerror as (() => void) | null)?.(), 0);
      return request;
    };
    const o = outbox(dbName);

    const { error, stored } = await failedAdd(o, makeRating(4));

    expect((error as DataError).kind).to.equal('quota');
    expect(stored).to.equal(0);
    delete (indexedDB as unknown as { open?: unknown }).open;
    expect(await pendingIn(dbName)).to.deep.equal(ratings);
  });

  it('add(rating) rejects with quota when the write itself exceeds the quota, and earlier entries are untouched', async () => {
    const dbName = uniqueDb('quota-put');
    const o = outbox(dbName);
    const ratings = [1, 2, 3].map((i) => makeRating(i));
    for (const r of ratings) await o.add(r);
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    let result: { error: unknown; stored: number };
    try {
      result = await failedAdd(o, makeRating(4));
    } finally {
      IDBObjectStore.prototype.put = original;
    }

    expect((result.error as DataError).kind).to.equal('quota');
    expect(result.stored).to.equal(0);
    expect(await o.pendingItems(100)).to.deep.equal(ratings);
    // The same outbox keeps working once space is back.
    await o.add(makeRating(4));
    await waitUntil(() => o.state.pending === 4);
  });
});
