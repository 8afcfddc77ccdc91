import { DataError, toDataError } from '../../data/errors.js';
import type { DeadLetter, OutboxState, RatingOutbox } from '../../data/outbox/outbox.js';
import { acquireOutbox } from '../../data/outbox/shared.js';
import { Rating } from '../../data/schemas/rating.js';
import { RATED_LIMIT, deviceId, ratedVisits, readSettings, rememberVisits, writeSettings, type DeviceSettings } from './device.js';
import { sinkRouter } from './sink-router.js';
import type { RatingSyncOptions } from './rating-form.js';

/**
 * The storage side of `<hcc-rating-form>`, loaded right after the form's first render so the faces
 * show without waiting for the schema library, IndexedDB and the outbox: the page's shared outbox,
 * the device id, the visits already rated and the device settings.
 * @internal
 */

/** What the form is told by its store. */
export interface RatingStoreEvents {
  state(state: OutboxState): void;
  synced(detail: { ids: string[]; accepted: string[]; duplicates: string[] }): void;
  rejected(deadLetters: DeadLetter[]): void;
  /** Inbound data (stored settings, a rating's context) was rejected. */
  invalid(error: DataError): void;
  /** The outbox needs a data source to send to. */
  needSink(): void;
}

/** A form's handle on the storage side. */
export interface RatingStore {
  readonly outbox: RatingOutbox;
  readonly deviceId: string;
  readonly settings: DeviceSettings;
  /** Whether any of the visit keys was rated on this device. */
  isRated(keys: readonly string[]): boolean;
  /**
   * Stores `rating` in the outbox (resolved once IndexedDB committed it) and remembers its visit.
   * Optional context that fails the schema is left out first and reported; rejects only with a
   * DataError, and then nothing was stored.
   */
  add(rating: Rating, visitKeys: readonly string[]): Promise<Rating>;
  saveSettings(settings: DeviceSettings): void;
  setSink(source: Promise<import('../../data/ports.js').RatingSinkPort>): void;
  toDataError(e: unknown, source: string): DataError;
  close(): void;
}

const OPTIONAL: readonly (keyof Rating)[] = ['counterId', 'officerId', 'procedureCode', 'ticket', 'dossierCode'];

/** Opens the store of outbox database `db` for one form. */
export function openStore(db: string, sync: RatingSyncOptions | undefined, on: RatingStoreEvents): RatingStore {
  const router = sinkRouter(db);
  router.onNeed.add(on.needSink);
  const lease = acquireOutbox({ ...(sync ?? {}), dbName: db, sink: router });
  const outbox = lease.outbox;
  const synced = (e: CustomEvent<{ ids: string[]; accepted: string[]; duplicates: string[] }>) =>
    on.synced({ ids: [...e.detail.ids], accepted: [...e.detail.accepted], duplicates: [...e.detail.duplicates] });
  const rejected = (e: CustomEvent<{ deadLetters: DeadLetter[] }>) => on.rejected(e.detail.deadLetters);
  outbox.addEventListener('synced', synced);
  outbox.addEventListener('rejected', rejected);
  const unsubscribe = outbox.subscribe((s) => on.state(s));
  void outbox.requestPersistence();
  const rated = new Set(ratedVisits(on.invalid));
  let closed = false;

  return {
    outbox,
    deviceId: deviceId(on.invalid),
    settings: readSettings(on.invalid),
    isRated: (keys) => keys.some((k) => rated.has(k)),
    async add(rating, keys) {
      if (closed) throw new DataError('storage', 'The rating form was removed', { source: 'rating-form' });
      const clean: Record<string, unknown> = { ...rating };
      for (const key of OPTIONAL) {
        const value = clean[key];
        if (value == null) continue;
        if (!Rating.shape[key].safeParse(value).success) {
          delete clean[key];
          on.invalid(new DataError('schema', `${key}: "${String(value)}" is not valid; left out of the rating`, { source: `rating.${key}` }));
        }
      }
      try {
        await outbox.add(clean as Rating);
      } catch (e) {
        throw toDataError(e, 'rating-form.store');
      }
      for (const k of keys) {
        rated.delete(k);
        rated.add(k);
      }
      // As many visits as the device remembers across reloads, the oldest forgotten first: a tablet
      // that runs for months must not keep every visit it ever rated.
      for (const k of rated) {
        if (rated.size <= RATED_LIMIT) break;
        rated.delete(k);
      }
      rememberVisits(keys, on.invalid);
      return clean as Rating;
    },
    saveSettings: writeSettings,
    setSink: (source) => router.set(source),
    toDataError,
    close() {
      if (closed) return;
      closed = true;
      unsubscribe();
      outbox.removeEventListener('synced', synced);
      outbox.removeEventListener('rejected', rejected);
      router.onNeed.delete(on.needSink);
      lease.release();
    },
  };
}
