import { DEFAULT_OUTBOX_DB, RatingOutbox, type RatingOutboxOptions } from './outbox.js';

/** A use of a shared outbox; call `release()` once when done with it. */
export interface OutboxLease {
  readonly outbox: RatingOutbox;
  release(): void;
}

interface Entry {
  outbox: RatingOutbox;
  refs: number;
}

const shared = new Map<string, Entry>();

/**
 * One {@link RatingOutbox} per page and database, shared by every widget that rates (two forms on one
 * page must not run two senders on one database). The first caller's options create it; later
 * callers get the same instance whatever options they pass. The outbox closes when the last lease is
 * released, one microtask later, so an element moved in the DOM (disconnected, then connected again
 * in the same task) keeps it.
 */
export function acquireOutbox(options: RatingOutboxOptions): OutboxLease {
  const db = options.dbName ?? DEFAULT_OUTBOX_DB;
  let entry = shared.get(db);
  if (!entry) {
    entry = { outbox: new RatingOutbox({ ...options, dbName: db }), refs: 0 };
    shared.set(db, entry);
  }
  entry.refs++;
  const e = entry;
  let released = false;
  return {
    outbox: e.outbox,
    release() {
      if (released) return;
      released = true;
      e.refs--;
      queueMicrotask(() => {
        if (e.refs > 0 || shared.get(db) !== e) return;
        shared.delete(db);
        e.outbox.close();
      });
    },
  };
}

/** The shared outbox of `dbName` if some widget holds it (for status displays and tests). */
export function sharedOutbox(dbName: string = DEFAULT_OUTBOX_DB): RatingOutbox | undefined {
  return shared.get(dbName)?.outbox;
}
