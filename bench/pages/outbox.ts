/**
 * Bench page: the rating outbox against the reference server (no faults). Measures how fast stored
 * ratings reach the server (stored-to-synced) and how long `add()` takes before a tablet may say
 * "thank you" (strict-durability IndexedDB commit).
 */
import { setMany, createStore } from 'idb-keyval';
import { HttpSource } from '../../src/data/adapters/http/http-source.js';
import { RatingOutbox, outboxKey } from '../../src/data/outbox/index.js';
import type { Rating } from '../../src/data/schemas/rating.js';

export interface Params {
  /** Base URL of the reference server's API. */
  api: string;
  /** Ratings per call. */
  n: number;
  /** Ratings per request. */
  batchSize?: number;
}

export interface State {
  unitId: string;
  sink: HttpSource;
}

/** Waits for the reference server (started by the suite) and picks a unit of its organisation. */
export async function setup({ api }: Params): Promise<State> {
  const deadline = performance.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${api}/org`);
      if (res.ok) {
        const org = (await res.json()) as { units: { id: string }[] };
        const unitId = org.units[0]?.id;
        if (!unitId) throw new Error(`${api}/org lists no unit`);
        return { unitId, sink: new HttpSource({ api }) };
      }
    } catch (e) {
      if (performance.now() > deadline) throw new Error(`reference server at ${api} did not answer within 120 s`, { cause: e });
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function ratings(n: number, unitId: string): Rating[] {
  const start = Date.now() - n * 1000;
  return Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    createdAt: new Date(start + i * 1000).toISOString(),
    unitId,
    scale: 3,
    level: i % 4 === 0 ? 'dissatisfied' : 'very_satisfied',
    reasons: i % 4 === 0 ? ['slow'] : [],
    lang: 'vi',
    deviceId: 'bench-tablet',
  }));
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
}

/**
 * Ratings per second from "stored in IndexedDB" to "confirmed by the server and removed locally":
 * `n` new ratings are written straight into a fresh outbox database (as a tablet that was offline
 * leaves them), then an outbox is started on it and timed until it is empty.
 */
export async function storedToSynced(state: State, { n, batchSize = 100 }: Params): Promise<number> {
  const dbName = `hcc-bench-outbox-${crypto.randomUUID()}`;
  const list = ratings(n, state.unitId);
  await setMany(list.map((r) => [outboxKey(Date.parse(r.createdAt), r.id), r]), createStore(dbName, 'kv'));
  let synced = 0;
  const t0 = performance.now();
  const outbox = new RatingOutbox({ sink: state.sink, dbName, batchSize });
  try {
    await new Promise<void>((resolve, reject) => {
      outbox.addEventListener('synced', (e) => {
        synced += e.detail.ids.length;
        if (synced >= n) resolve();
      });
      outbox.addEventListener('rejected', (e) => reject(new Error(`server rejected ${e.detail.deadLetters.length} rating(s): ${e.detail.deadLetters[0]?.reason}`)));
      outbox.addEventListener('state', (e) => {
        if (e.detail.lastError && e.detail.nextRetryAt !== undefined) reject(e.detail.lastError);
      });
    });
    const seconds = (performance.now() - t0) / 1000;
    return Math.round(n / seconds);
  } finally {
    outbox.close();
    await deleteDb(dbName);
  }
}

/** Mean time of one `add()` (validation + strict IndexedDB commit) over `n` sequential adds, in ms. */
export async function addLatency(state: State, { n }: Params): Promise<number> {
  const dbName = `hcc-bench-outbox-${crypto.randomUUID()}`;
  // The sink never becomes available, so no send competes with the adds being timed.
  const outbox = new RatingOutbox({ sink: () => new Promise(() => {}), dbName });
  const list = ratings(n, state.unitId);
  try {
    const t0 = performance.now();
    for (const r of list) await outbox.add(r);
    return Number(((performance.now() - t0) / n).toFixed(3));
  } finally {
    outbox.close();
    await deleteDb(dbName);
  }
}
