import { createStore, delMany, promisifyRequest, type UseStore } from 'idb-keyval';
import { DataError } from '../errors.js';

/** Key prefix of pending ratings: `hcc:v1:outbox:{createdAt}:{id}`. */
export const OUTBOX_PREFIX = 'hcc:v1:outbox:';
/** Key prefix of dead letters: `hcc:v1:dead:{id}`. */
export const DEAD_PREFIX = 'hcc:v1:dead:';
/** Key prefix of stored values that failed their schema: `hcc:quarantine:{original key}`. */
export const QUARANTINE_PREFIX = 'hcc:quarantine:';

const OBJECT_STORE = 'kv';
/** Digits of the zero-padded epoch milliseconds in outbox keys; enough until the year 5138. */
const STAMP_DIGITS = 14;

/**
 * Outbox key of a rating created at `createdAtMs` with id `id`. The time stamp is zero-padded, so
 * IndexedDB's string order is creation order; the same rating always gets the same key, so adding it
 * twice stores it once.
 */
export function outboxKey(createdAtMs: number, id: string): string {
  const ms = Number.isFinite(createdAtMs) && createdAtMs > 0 ? Math.floor(createdAtMs) : 0;
  return `${OUTBOX_PREFIX}${String(ms).padStart(STAMP_DIGITS, '0')}:${id}`;
}

/** Dead-letter key of rating `id`. */
export function deadKey(id: string): string {
  return `${DEAD_PREFIX}${id}`;
}

/** Quarantine key of the stored entry `key`. */
export function quarantineKey(key: string): string {
  return `${QUARANTINE_PREFIX}${key}`;
}

/** Every key starting with `prefix` (all our keys are plain strings without U+FFFF). */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

/**
 * Maps a failed IndexedDB operation to a DataError: `quota` when the device is out of space,
 * `storage` for everything else (no IndexedDB in private mode, a closed or deleted database, a
 * browser bug). A network kind would be wrong here even for a TypeError.
 */
export function storageError(e: unknown, source: string): DataError {
  if (e instanceof DataError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  const detail = String((e as { message?: unknown } | null)?.message ?? e);
  if (name === 'QuotaExceededError') return new DataError('quota', `Storage is full: ${source}: ${detail}`, { source, cause: e });
  return new DataError('storage', `Storage unavailable: ${source}: ${detail}`, { source, cause: e });
}

/** Counts of the three areas of the outbox database. */
export interface StoredCounts {
  pending: number;
  deadLetters: number;
  quarantined: number;
}

/**
 * The outbox's IndexedDB database (`createStore(dbName, 'kv')` from idb-keyval), with the few
 * operations the outbox needs: range reads, counts, and multi-key writes in one transaction. Every
 * method rejects only with a `quota` or `storage` DataError.
 *
 * Writes that acknowledge a citizen's rating use `durability: 'strict'`: Chromium's default
 * (relaxed) reports a commit before the data reaches the disk, and a tablet that loses power right
 * after "thank you" would lose the rating.
 */
export class OutboxStore {
  private use: UseStore;
  private dbp: Promise<IDBDatabase> | undefined;
  private closed = false;

  constructor(readonly dbName: string) {
    this.use = createStore(dbName, OBJECT_STORE);
  }

  /** Closes the connection; later calls reject with `storage`. */
  close(): void {
    this.closed = true;
    const dbp = this.dbp;
    this.dbp = undefined;
    void dbp?.then((db) => db.close(), () => undefined);
  }

  /** Stores `value` under `key` and resolves once the transaction committed to disk. */
  put(key: string, value: unknown, source: string): Promise<void> {
    return this.tx('readwrite', 'strict', source, (os) => {
      os.put(value, key);
      return () => undefined;
    });
  }

  /** The first `limit` entries whose key starts with `prefix`, in key order. */
  readRange(prefix: string, limit: number | undefined, source: string): Promise<[string, unknown][]> {
    return this.tx('readonly', 'default', source, (os) => {
      const range = prefixRange(prefix);
      const keys = os.getAllKeys(range, limit);
      const values = os.getAll(range, limit);
      return () => keys.result.map((k, i): [string, unknown] => [String(k), values.result[i]]);
    });
  }

  /** One value, or undefined. */
  get(key: string, source: string): Promise<unknown> {
    return this.tx('readonly', 'default', source, (os) => {
      const r = os.get(key);
      return () => r.result as unknown;
    });
  }

  /** Pending, dead-letter and quarantine counts, read in one transaction. */
  counts(source: string): Promise<StoredCounts> {
    return this.tx('readonly', 'default', source, (os) => {
      const p = os.count(prefixRange(OUTBOX_PREFIX));
      const d = os.count(prefixRange(DEAD_PREFIX));
      const q = os.count(prefixRange(QUARANTINE_PREFIX));
      return () => ({ pending: p.result, deadLetters: d.result, quarantined: q.result });
    });
  }

  /** Deletes `keys` (delivered ratings). A lost delete only makes the server see a duplicate later. */
  async deleteMany(keys: string[], source: string): Promise<void> {
    if (keys.length === 0) return;
    if (this.closed) throw new DataError('storage', `Outbox is closed: ${source}`, { source });
    try {
      // Open through db() first so close() knows every connection this store holds.
      await this.db();
      await delMany(keys, this.use);
    } catch (e) {
      throw storageError(e, source);
    }
  }

  /**
   * Moves entries in one strict transaction: every `put` is written and every `delete` removed, or
   * nothing changes. Used for dead letters, quarantine and retries, so an entry is always in exactly
   * one place.
   */
  move(puts: [string, unknown][], deletes: string[], source: string): Promise<void> {
    return this.tx('readwrite', 'strict', source, (os) => {
      for (const [k, v] of puts) os.put(v, k);
      for (const k of deletes) os.delete(k);
      return () => undefined;
    });
  }

  /**
   * Runs `fn` in one transaction and returns what its thunk reads after the commit. A connection that
   * was closed under us (the browser cleared storage, another context deleted the database) is
   * reopened once.
   */
  private async tx<T>(
    mode: IDBTransactionMode,
    durability: IDBTransactionDurability,
    source: string,
    fn: (os: IDBObjectStore) => () => T,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) throw new DataError('storage', `Outbox is closed: ${source}`, { source });
      let t: IDBTransaction;
      try {
        const db = await this.db();
        t = db.transaction(OBJECT_STORE, mode, { durability });
      } catch (e) {
        // InvalidStateError: the connection is closing (storage cleared, database deleted elsewhere).
        if ((e as { name?: unknown } | null)?.name === 'InvalidStateError') {
          this.forget();
          if (attempt === 0) continue;
        }
        throw storageError(e, source);
      }
      let read: () => T;
      try {
        read = fn(t.objectStore(OBJECT_STORE));
      } catch (e) {
        // A put that throws synchronously (quota, clone error) must not leave half a write behind.
        try {
          t.abort();
        } catch {
          // Already finished: nothing was written by this transaction.
        }
        throw storageError(e, source);
      }
      try {
        await promisifyRequest(t);
      } catch (e) {
        throw storageError(e ?? t.error, source);
      }
      return read();
    }
  }

  private db(): Promise<IDBDatabase> {
    if (this.dbp) return this.dbp;
    // idb-keyval opens (and creates) the database; we keep the connection to choose durability.
    const dbp = Promise.resolve().then(() =>
      this.use('readonly', (os) => {
        const db = os.transaction.db;
        // Never block another context that upgrades or deletes the database.
        db.addEventListener('versionchange', () => {
          db.close();
          this.forget();
        });
        db.addEventListener('close', () => this.forget());
        return db;
      }),
    );
    this.dbp = dbp;
    dbp.catch(() => {
      if (this.dbp === dbp) this.dbp = undefined;
    });
    return dbp;
  }

  /** Drops the cached connection so the next call opens a fresh one. */
  private forget(): void {
    if (this.closed) return;
    this.dbp = undefined;
    this.use = createStore(this.dbName, OBJECT_STORE);
  }
}
