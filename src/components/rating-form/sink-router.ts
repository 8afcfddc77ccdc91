import { DataError } from '../../data/errors.js';
import type { RatingSinkPort } from '../../data/ports.js';
import type { RatingBatchResponse } from '../../data/schemas/api.js';
import type { Rating } from '../../data/schemas/rating.js';

/**
 * The sink of a shared outbox: the data source that rating forms resolve, lazily. The outbox may ask
 * to send before any form has loaded its data layer (ratings left from before a reload); then the
 * router asks the forms to load it (`onNeed`) and waits, until the outbox gives up on the attempt
 * through its abort signal and retries later.
 * @internal
 */
export class SinkRouter implements RatingSinkPort {
  private sink: Promise<RatingSinkPort> | undefined;
  private readonly waiting = new Set<(sink: Promise<RatingSinkPort>) => void>();
  /** Called when a send needs a sink and none is set. */
  readonly onNeed = new Set<() => void>();

  /** Sets the sink for the sends from now on. */
  set(sink: Promise<RatingSinkPort>): void {
    this.sink = sink;
    for (const w of [...this.waiting]) w(sink);
    this.waiting.clear();
  }

  async submitBatch(ratings: Rating[], signal?: AbortSignal): Promise<RatingBatchResponse> {
    let sink = this.sink;
    if (!sink) {
      for (const need of [...this.onNeed]) need();
      sink = this.sink ?? new Promise<RatingSinkPort>((resolve, reject) => {
        const done = (s: Promise<RatingSinkPort>) => {
          signal?.removeEventListener('abort', abort);
          s.then(resolve, reject);
        };
        const abort = () => {
          this.waiting.delete(done);
          reject(new DataError('aborted', 'No data source for ratings yet', { source: 'rating-form.sink' }));
        };
        if (signal?.aborted) return abort();
        this.waiting.add(done);
        signal?.addEventListener('abort', abort, { once: true });
      });
    }
    return (await sink).submitBatch(ratings, signal);
  }
}

const routers = new Map<string, SinkRouter>();

/** The router of the outbox database `db`, one per page. */
export function sinkRouter(db: string): SinkRouter {
  let r = routers.get(db);
  if (!r) routers.set(db, (r = new SinkRouter()));
  return r;
}
