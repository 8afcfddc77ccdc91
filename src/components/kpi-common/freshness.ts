/**
 * Freshness of a tile's figures, from when they were loaded, when the last load failed and the refresh
 * interval (PEERS §7.3.2): `fresh`; `stale` (amber) when older than twice the refresh interval, e.g. a
 * refresh is stuck; `offline` (red, "mất kết nối") when the last refresh failed. The last values stay
 * on screen in every state.
 */
export type Freshness = 'none' | 'fresh' | 'stale' | 'offline';

/** What {@link freshnessOf} reads. */
export interface FreshnessInput {
  /** When the figures shown were loaded (absent: nothing loaded yet). */
  fetchedAt?: number | undefined;
  /** When the last load failed (absent: it did not). */
  failedAt?: number | undefined;
  now: number;
  /** Refresh interval in ms; 0 means figures never age (they are not meant to refresh). */
  refreshMs: number;
}

/** Figures older than this many refresh intervals are stale. */
export const STALE_AFTER_INTERVALS = 2;

/** The freshness state. A failure after the last success wins over age. */
export function freshnessOf(i: FreshnessInput): Freshness {
  if (i.failedAt !== undefined && (i.fetchedAt === undefined || i.failedAt >= i.fetchedAt)) return 'offline';
  if (i.fetchedAt === undefined) return 'none';
  if (i.refreshMs > 0 && i.now - i.fetchedAt > STALE_AFTER_INTERVALS * i.refreshMs) return 'stale';
  return 'fresh';
}
