import * as z from 'zod/mini';
import { Id, Lang } from '../../data/schemas/common.js';
import { DataError, parseWith } from '../../data/errors.js';

/**
 * What a rating tablet remembers in `localStorage` (small, synchronous, read before the first
 * render): its device id, the visits it has rated, and the settings made on the device. Every value
 * read back passes a schema; one that fails is moved to `hcc:quarantine:<key>` and reported, never
 * used. Without `localStorage` (blocked storage) the values live for the page's lifetime only.
 * @internal
 */

/** Key of the generated device id. */
export const DEVICE_ID_KEY = 'hcc:v1:device-id';
/** Key of the visits (ticket or dossier per unit) this device has rated. */
export const RATED_KEY = 'hcc:v1:rating:rated';
/** Key of the settings made on the device. */
export const SETTINGS_KEY = 'hcc:v1:rating:settings';
/** Visits remembered; older ones are forgotten first (a day at a busy counter is ~200). */
export const RATED_LIMIT = 2000;

/** Settings a technician can make on the device; each overrides the element's attribute. */
export const DeviceSettings = z.object({
  unitId: z.optional(Id),
  counterId: z.optional(Id),
  lang: z.optional(Lang),
  thanksSeconds: z.optional(z.number().check(z.gte(1), z.lte(120))),
  idleSeconds: z.optional(z.number().check(z.gte(5), z.lte(600))),
});
export type DeviceSettings = z.infer<typeof DeviceSettings>;

const RatedList = z.array(z.string().check(z.maxLength(300))).check(z.maxLength(RATED_LIMIT));

const memory = new Map<string, string>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    const s = storage();
    if (s) return s.getItem(key);
  } catch {
    // Storage blocked: fall through to the page-lifetime copy.
  }
  return memory.get(key) ?? null;
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    storage()?.setItem(key, value);
  } catch {
    // Full or blocked: the page-lifetime copy above still holds it.
  }
}

/**
 * Reads `key` as JSON through `schema`. A value that is not JSON or fails the schema is moved to
 * `hcc:quarantine:<key>` and `onInvalid` is told; the result is then `undefined`.
 */
function readJson<S extends z.ZodMiniType>(key: string, schema: S, onInvalid: (e: DataError) => void): z.infer<S> | undefined {
  const raw = read(key);
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  const p = parseWith(schema, value, `localStorage ${key}`);
  if (p.ok) return p.value;
  write(`hcc:quarantine:${key}`, raw);
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing more to do: the quarantined copy is kept.
  }
  memory.delete(key);
  onInvalid(p.error);
  return undefined;
}

/** The device id: the stored one, else a new UUID, stored for next time. */
export function deviceId(onInvalid: (e: DataError) => void): string {
  const raw = read(DEVICE_ID_KEY);
  if (raw !== null) {
    const p = parseWith(Id, raw, `localStorage ${DEVICE_ID_KEY}`);
    if (p.ok) return p.value;
    write(`hcc:quarantine:${DEVICE_ID_KEY}`, raw);
    onInvalid(p.error);
  }
  const id = crypto.randomUUID();
  write(DEVICE_ID_KEY, id);
  return id;
}

/**
 * The rated visits as last read or written here, with their stored text: while the stored text is
 * the same, the list is not parsed and validated again (up to {@link RATED_LIMIT} keys, on every rating).
 */
let ratedCache: { raw: string; list: readonly string[] } | undefined;

/** Visits (see `visitKeys`) this device has rated, oldest first. */
export function ratedVisits(onInvalid: (e: DataError) => void): string[] {
  const raw = read(RATED_KEY);
  if (raw !== null && raw === ratedCache?.raw) return [...ratedCache.list];
  const list = readJson(RATED_KEY, RatedList, onInvalid);
  ratedCache = list && raw !== null ? { raw, list } : undefined;
  return list ? [...list] : [];
}

/** Remembers rated visits, keeping the newest {@link RATED_LIMIT}. */
export function rememberVisits(keys: readonly string[], onInvalid: (e: DataError) => void): void {
  if (keys.length === 0) return;
  // Read back every time: another form or tab of the device may have added visits meanwhile.
  const list = ratedVisits(onInvalid).filter((k) => !keys.includes(k));
  list.push(...keys);
  const kept = list.slice(-RATED_LIMIT);
  const raw = JSON.stringify(kept);
  write(RATED_KEY, raw);
  ratedCache = { raw, list: kept };
}

/** The settings made on this device (empty when none). */
export function readSettings(onInvalid: (e: DataError) => void): DeviceSettings {
  return readJson(SETTINGS_KEY, DeviceSettings, onInvalid) ?? {};
}

/** Stores the settings made on this device; fields set to `undefined` are removed. */
export function writeSettings(settings: DeviceSettings): void {
  const p = parseWith(DeviceSettings, settings, 'settings');
  if (!p.ok) throw new DataError('schema', p.error.message, { source: SETTINGS_KEY });
  write(SETTINGS_KEY, JSON.stringify(p.value));
}

// Declared here rather than beside the lazily loaded settings element, so that every importer of the
// rating family sees them.
declare global {
  interface GlobalEventHandlersEventMap {
    /** `<hcc-rating-settings>`: the technician saved device settings. */
    'hcc-settings-change': CustomEvent<DeviceSettings>;
    /** `<hcc-rating-settings>`: the settings were closed. */
    'hcc-settings-close': CustomEvent<void>;
  }
}
