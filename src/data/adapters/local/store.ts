import { createStore, get, set, setMany, getMany, del, keys, type UseStore } from 'idb-keyval';
import type * as z from 'zod/mini';
import { DataError, parseWith, toDataError } from '../../errors.js';

/** A stored value that failed its schema and was set aside. */
export interface QuarantineReport {
  key: string;
  quarantineKey: string;
  error: DataError;
}

/**
 * IndexedDB key-value storage with a schema at every read. A stored value (or array item) that fails the
 * current schema is moved to `hcc:quarantine:*`, reported, and never returned.
 */
export class LocalStore {
  readonly store: UseStore;
  private readonly listeners = new Set<(r: QuarantineReport) => void>();

  constructor(readonly dbName = 'hcc-widgets') {
    this.store = createStore(dbName, 'kv');
  }

  /** Called for every value set aside. */
  onQuarantine(fn: (r: QuarantineReport) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private async quarantine(key: string, value: unknown, error: DataError): Promise<void> {
    const quarantineKey = `hcc:quarantine:${key}:${crypto.randomUUID()}`;
    await set(quarantineKey, { key, value, reason: error.message }, this.store);
    for (const fn of this.listeners) fn({ key, quarantineKey, error });
  }

  /** Reads and validates one value; `undefined` when absent or quarantined. */
  async read<S extends z.ZodMiniType>(key: string, schema: S): Promise<z.infer<S> | undefined> {
    const raw = await this.io(() => get(key, this.store), key);
    if (raw === undefined) return undefined;
    const r = parseWith(schema, raw, `indexeddb:${key}`);
    if (r.ok) return r.value;
    await this.quarantine(key, raw, r.error);
    await del(key, this.store);
    return undefined;
  }

  /**
   * Reads an array value validating item by item: invalid items are quarantined and the clean array is
   * written back, so one corrupt record never hides the rest.
   */
  async readArray<S extends z.ZodMiniType>(key: string, item: S): Promise<z.infer<S>[] | undefined> {
    const raw = await this.io(() => get(key, this.store), key);
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) {
      await this.quarantine(key, raw, new DataError('schema', `indexeddb:${key} is not an array`, { source: key }));
      await del(key, this.store);
      return undefined;
    }
    const out: z.infer<S>[] = [];
    const bad: unknown[] = [];
    let firstError: DataError | undefined;
    for (let i = 0; i < raw.length; i++) {
      const r = item.safeParse(raw[i]);
      if (r.success) out.push(r.data as z.infer<S>);
      else {
        bad.push(raw[i]);
        if (!firstError) {
          const p = parseWith(item, raw[i], `indexeddb:${key}[${i}]`);
          firstError = p.ok ? undefined : p.error;
        }
      }
    }
    if (bad.length && firstError) {
      await this.quarantine(key, bad, firstError);
      await this.write(key, out);
    }
    return out;
  }

  /** Writes one value; quota and storage failures become DataErrors. */
  async write(key: string, value: unknown): Promise<void> {
    await this.io(() => set(key, value, this.store), key);
  }

  async writeMany(entries: [string, unknown][]): Promise<void> {
    await this.io(() => setMany(entries, this.store), entries[0]?.[0] ?? 'batch');
  }

  async readRawMany(ks: string[]): Promise<unknown[]> {
    return this.io(() => getMany(ks, this.store), ks[0] ?? 'batch');
  }

  async remove(key: string): Promise<void> {
    await this.io(() => del(key, this.store), key);
  }

  async allKeys(): Promise<string[]> {
    return (await this.io(() => keys(this.store), 'keys')).map(String);
  }

  private async io<T>(fn: () => Promise<T>, key: string): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toDataError(e, `indexeddb:${key}`);
    }
  }
}
