/**
 * Anti-gaming rule of a rating device: after an accepted rating, presses within the minimum interval
 * do not start another one; they are counted as suppressed and reported.
 */

/** What the guard remembers. Plain data, so it can be kept in a component or stored. */
export interface PressGuard {
  /** Epoch ms of the last accepted press, if any. */
  lastAcceptedAt?: number;
  /** Presses suppressed so far. */
  suppressed: number;
}

/** Outcome of {@link guardPress}. */
export type GuardOutcome =
  | { accepted: true; guard: PressGuard }
  | { accepted: false; guard: PressGuard; /** Milliseconds until a press would be accepted. */ retryInMs: number };

/** A guard that has accepted nothing yet. */
export const FRESH_GUARD: PressGuard = { suppressed: 0 };

/**
 * Decides a press at `at` (epoch ms) with a minimum interval of `minIntervalMs` between accepted
 * presses. A press exactly `minIntervalMs` after the last accepted one is accepted. A clock that went
 * backwards (the device's time was corrected) accepts the press rather than locking the device until
 * the old time comes round again. A non-positive or non-finite interval accepts every press.
 * Never mutates `guard`.
 */
export function guardPress(guard: PressGuard, at: number, minIntervalMs: number): GuardOutcome {
  const last = guard.lastAcceptedAt;
  if (last !== undefined && Number.isFinite(minIntervalMs) && minIntervalMs > 0) {
    const since = at - last;
    if (since >= 0 && since < minIntervalMs) {
      return { accepted: false, guard: { ...guard, suppressed: guard.suppressed + 1 }, retryInMs: minIntervalMs - since };
    }
  }
  return { accepted: true, guard: { ...guard, lastAcceptedAt: at } };
}

/**
 * The keys a rating's visit is known by within a unit, for "one rating per ticket or dossier":
 * `unit|t|ticket` and `unit|d|dossier`. Empty when neither is bound.
 */
export function visitKeys(unitId: string, ticket?: string | null, dossierCode?: string | null): string[] {
  const keys: string[] = [];
  if (ticket) keys.push(`${unitId}|t|${ticket}`);
  if (dossierCode) keys.push(`${unitId}|d|${dossierCode}`);
  return keys;
}
