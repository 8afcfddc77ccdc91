import { HttpSource } from '../../src/data/adapters/http/http-source.js';
import { RatingOutbox, type OutboxState } from '../../src/data/outbox/index.js';
import type { Rating } from '../../src/data/schemas/rating.js';

/**
 * What the runner page offers its parent (same origin) as `window.outboxRunner`. The parent reloads
 * this page mid-sync; every load builds a new outbox on the same database, as a restarted tablet would.
 */
export interface OutboxRunner {
  outbox: RatingOutbox;
  /** Stores the ratings one by one, as a tablet does after each citizen. */
  addAll(ratings: Rating[]): Promise<void>;
  state(): OutboxState;
}

declare global {
  interface Window {
    outboxRunner?: OutboxRunner;
  }
}

const q = new URLSearchParams(location.search);
const api = q.get('api');
const dbName = q.get('db');
if (!api || !dbName) throw new Error('outbox-runner needs ?api=…&db=…');

const outbox = new RatingOutbox({
  sink: new HttpSource({ api, timeoutMs: Number(q.get('timeoutMs') ?? 2000) }),
  dbName,
  batchSize: Number(q.get('batchSize') ?? 100),
  backoff: { baseMs: Number(q.get('baseMs') ?? 1000), maxMs: Number(q.get('maxMs') ?? 300_000) },
  intervalMs: Number(q.get('intervalMs') ?? 60_000),
});

window.outboxRunner = {
  outbox,
  async addAll(ratings) {
    for (const r of ratings) await outbox.add(r);
  },
  state: () => outbox.state,
};
