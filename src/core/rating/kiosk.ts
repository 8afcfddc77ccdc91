import type { IndicatorId, IndicatorPoints, SatisfactionLevel } from '../../data/schemas/rating.js';
import { FRESH_GUARD, guardPress, type PressGuard } from './press-guard.js';
import type { SurveyPage } from './survey.js';

/**
 * The kiosk loop of a rating tablet as a pure state machine: start screen → (survey pages) → saving →
 * thank-you → start, with the idle prompt and reset mid-survey, the anti-gaming interval and the
 * error path when a rating could not be stored. Time comes in with every event; the machine tells
 * its caller what to do through effects and when to call again through {@link kioskDeadline}.
 */

/** Timings (milliseconds) and policies of the loop. */
export interface KioskConfig {
  /** Minimum time between accepted ratings of one device. */
  minIntervalMs: number;
  /** Inactivity mid-survey before the "need more time?" prompt. */
  idleMs: number;
  /** How long the prompt shows before the survey resets. */
  promptMs: number;
  /** How long the thank-you screen shows. */
  thanksMs: number;
  /** How long the "could not save" screen shows before the start screen returns. */
  errorMs: number;
  /** How long a notice about a suppressed press shows. */
  noticeMs: number;
  /** What an idle reset does with the answers given so far: store them as a partial rating, or drop them. */
  partial: 'submit' | 'discard';
}

/** The answers of the survey in progress. */
export interface Draft {
  level: SatisfactionLevel;
  indicators: Partial<Record<IndicatorId, IndicatorPoints>>;
  reasons: readonly string[];
  comment: string;
}

/** Screens of the loop. */
export type KioskScreen = 'start' | 'page' | 'saving' | 'thanks' | 'error';

/** Why a press did not start a rating. */
export type SuppressReason = 'interval' | 'already-rated';

/** State of the loop. Plain data. */
export interface KioskState {
  screen: KioskScreen;
  draft?: Draft;
  /** Pages after the main question for the current draft. */
  pages: readonly SurveyPage[];
  /** Index into `pages` on the `page` screen. */
  page: number;
  /** Epoch ms when the "need more time?" prompt appeared; absent while it is not shown. */
  promptAt?: number;
  /** Epoch ms of the last interaction. */
  activityAt: number;
  /** Epoch ms when the current thank-you or error screen appeared. */
  screenAt: number;
  /** A notice about a suppressed press, shown until `until`. */
  notice?: { kind: SuppressReason; until: number };
  guard: PressGuard;
  /** The guard before the current draft's press, restored when the citizen goes back to change the answer. */
  guardBefore?: PressGuard;
  /** The start screen differs from its defaults (e.g. language switched) and resets quietly after `idleMs`. */
  customised: boolean;
}

/** Inputs of the machine. `at` is epoch ms. */
export type KioskEvent =
  | { type: 'choose'; at: number; level: SatisfactionLevel; pages: readonly SurveyPage[]; alreadyRated?: boolean }
  | { type: 'indicator'; at: number; id: IndicatorId; points: IndicatorPoints }
  | { type: 'reason'; at: number; id: string }
  | { type: 'comment'; at: number; text: string }
  | { type: 'next'; at: number }
  | { type: 'skip'; at: number }
  | { type: 'back'; at: number }
  | { type: 'activity'; at: number }
  | { type: 'customise'; at: number }
  | { type: 'tick'; at: number }
  | { type: 'stored'; at: number }
  | { type: 'failed'; at: number }
  | { type: 'cancelled'; at: number }
  | { type: 'retry'; at: number }
  | { type: 'reset'; at: number };

/** What the caller must do after a step. */
export type KioskEffect =
  /** Store this rating (then send `stored`, `failed` or `cancelled`). */
  | { type: 'submit'; draft: Draft; partial: boolean }
  /** A press was suppressed; `suppressed` is the running count. */
  | { type: 'suppressed'; reason: SuppressReason; suppressed: number; retryInMs?: number }
  /** An idle reset dropped these answers (policy `discard`). */
  | { type: 'discarded'; draft: Draft }
  /** Back at the start screen for the next citizen: restore defaults such as the language. */
  | { type: 'restore' }
  /** Try again to store the rating that failed. */
  | { type: 'retry' };

/** Result of {@link kioskStep}. */
export interface KioskStep {
  state: KioskState;
  effects: KioskEffect[];
}

/** Defaults: 5 s between ratings, 30 s idle + 20 s prompt (WCAG 2.2.1 asks ≥ 20 s to extend), 5 s thank-you. */
export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  minIntervalMs: 5000,
  idleMs: 30_000,
  promptMs: 20_000,
  thanksMs: 5000,
  errorMs: 15_000,
  noticeMs: 4000,
  partial: 'submit',
};

/** The start screen, nothing accepted yet. */
export function initialKiosk(at: number, guard: PressGuard = FRESH_GUARD): KioskState {
  return { screen: 'start', pages: [], page: 0, activityAt: at, screenAt: at, guard, customised: false };
}

function toStart(s: KioskState, at: number): KioskState {
  const next: KioskState = { ...initialKiosk(at, s.guard) };
  if (s.notice) next.notice = s.notice;
  return next;
}

function without<K extends keyof KioskState>(s: KioskState, ...keys: K[]): KioskState {
  const next = { ...s };
  for (const k of keys) delete next[k];
  return next;
}

function submit(s: KioskState, at: number, partial: boolean): KioskStep {
  const draft = s.draft!;
  return {
    state: { ...without(s, 'promptAt'), screen: 'saving', activityAt: at, screenAt: at },
    effects: [{ type: 'submit', draft, partial }],
  };
}

function advance(s: KioskState, at: number): KioskStep {
  if (s.page + 1 < s.pages.length) return { state: { ...without(s, 'promptAt'), page: s.page + 1, activityAt: at }, effects: [] };
  return submit(s, at, false);
}

function currentPage(s: KioskState): SurveyPage | undefined {
  return s.screen === 'page' ? s.pages[s.page] : undefined;
}

/**
 * One transition. Events that make no sense on the current screen are ignored (the state is
 * returned unchanged, no effects), except presses on the main question while a rating is being
 * saved or thanked for, which count as suppressed.
 */
export function kioskStep(s: KioskState, e: KioskEvent, c: KioskConfig): KioskStep {
  const same: KioskStep = { state: s, effects: [] };
  const at = e.at;
  switch (e.type) {
    case 'choose': {
      if (s.screen === 'saving' || s.screen === 'thanks') {
        const guard = { ...s.guard, suppressed: s.guard.suppressed + 1 };
        return { state: { ...s, guard }, effects: [{ type: 'suppressed', reason: 'interval', suppressed: guard.suppressed }] };
      }
      if (s.screen !== 'start') return same;
      if (e.alreadyRated) {
        const guard = { ...s.guard, suppressed: s.guard.suppressed + 1 };
        return {
          state: { ...s, guard, activityAt: at, notice: { kind: 'already-rated', until: at + c.noticeMs } },
          effects: [{ type: 'suppressed', reason: 'already-rated', suppressed: guard.suppressed }],
        };
      }
      const g = guardPress(s.guard, at, c.minIntervalMs);
      if (!g.accepted) {
        return {
          state: { ...s, guard: g.guard, activityAt: at, notice: { kind: 'interval', until: at + c.noticeMs } },
          effects: [{ type: 'suppressed', reason: 'interval', suppressed: g.guard.suppressed, retryInMs: g.retryInMs }],
        };
      }
      const base: KioskState = {
        ...without(s, 'notice', 'promptAt'),
        draft: { level: e.level, indicators: {}, reasons: [], comment: '' },
        pages: [...e.pages],
        page: 0,
        guard: g.guard,
        guardBefore: s.guard,
        activityAt: at,
      };
      if (e.pages.length === 0) return submit(base, at, false);
      return { state: { ...base, screen: 'page' }, effects: [] };
    }

    case 'indicator': {
      const p = currentPage(s);
      if (!p || p.kind !== 'indicator' || p.id !== e.id || !s.draft) return same;
      const draft: Draft = { ...s.draft, indicators: { ...s.draft.indicators, [e.id]: e.points } };
      return advance({ ...s, draft }, at);
    }

    case 'reason': {
      const p = currentPage(s);
      if (!p || p.kind !== 'follow-up' || !s.draft) return same;
      const has = s.draft.reasons.includes(e.id);
      const reasons = has ? s.draft.reasons.filter((r) => r !== e.id) : [...s.draft.reasons, e.id];
      return { state: { ...without(s, 'promptAt'), draft: { ...s.draft, reasons }, activityAt: at }, effects: [] };
    }

    case 'comment': {
      const p = currentPage(s);
      if (!p || p.kind !== 'follow-up' || !s.draft) return same;
      return { state: { ...without(s, 'promptAt'), draft: { ...s.draft, comment: e.text }, activityAt: at }, effects: [] };
    }

    case 'next':
      return currentPage(s) ? advance(s, at) : same;

    case 'skip': {
      const p = currentPage(s);
      if (!p || !s.draft) return same;
      let draft = s.draft;
      if (p.kind === 'follow-up') draft = { ...draft, reasons: [], comment: '' };
      else {
        const indicators = { ...draft.indicators };
        delete indicators[p.id];
        draft = { ...draft, indicators };
      }
      return advance({ ...s, draft }, at);
    }

    case 'back': {
      if (s.screen !== 'page') return same;
      if (s.page > 0) return { state: { ...without(s, 'promptAt'), page: s.page - 1, activityAt: at }, effects: [] };
      // Changing the answer is not a second rating: the press that started this one is given back.
      const next: KioskState = { ...without(s, 'draft', 'promptAt', 'guardBefore'), screen: 'start', pages: [], page: 0, guard: s.guardBefore ?? s.guard, activityAt: at };
      return { state: next, effects: [] };
    }

    case 'activity':
      return { state: { ...without(s, 'promptAt'), activityAt: at }, effects: [] };

    case 'customise':
      return { state: { ...without(s, 'promptAt'), activityAt: at, customised: s.customised || s.screen === 'start' }, effects: [] };

    case 'tick': {
      let st = s;
      if (st.notice && at >= st.notice.until) st = without(st, 'notice');
      switch (st.screen) {
        case 'start':
          if (st.customised && at >= st.activityAt + c.idleMs) return { state: { ...st, customised: false, activityAt: at }, effects: [{ type: 'restore' }] };
          return { state: st, effects: [] };
        case 'page':
          if (st.promptAt === undefined) {
            if (at >= st.activityAt + c.idleMs) return { state: { ...st, promptAt: at }, effects: [] };
            return { state: st, effects: [] };
          }
          if (at < st.promptAt + c.promptMs) return { state: st, effects: [] };
          if (c.partial === 'submit') return submit(st, at, true);
          return { state: toStart(st, at), effects: [{ type: 'discarded', draft: st.draft! }, { type: 'restore' }] };
        case 'thanks':
          if (at >= st.screenAt + c.thanksMs) return { state: toStart(st, at), effects: [{ type: 'restore' }] };
          return { state: st, effects: [] };
        case 'error':
          if (at >= st.screenAt + c.errorMs) return { state: toStart(st, at), effects: [{ type: 'restore' }] };
          return { state: st, effects: [] };
        default:
          return { state: st, effects: [] };
      }
    }

    case 'stored':
      if (s.screen !== 'saving') return same;
      return { state: { ...without(s, 'draft', 'guardBefore'), screen: 'thanks', pages: [], page: 0, screenAt: at, activityAt: at }, effects: [] };

    case 'failed':
      if (s.screen !== 'saving') return same;
      return { state: { ...s, screen: 'error', screenAt: at, activityAt: at }, effects: [] };

    case 'cancelled':
      if (s.screen !== 'saving') return same;
      return { state: toStart(s, at), effects: [{ type: 'restore' }] };

    case 'retry':
      if (s.screen !== 'error') return same;
      return { state: { ...s, screen: 'saving', screenAt: at, activityAt: at }, effects: [{ type: 'retry' }] };

    case 'reset': {
      const effects: KioskEffect[] = [];
      if (s.screen === 'page' && s.draft) effects.push({ type: 'discarded', draft: s.draft });
      effects.push({ type: 'restore' });
      return { state: without(toStart(s, at), 'notice'), effects };
    }
  }
}

/**
 * When the caller must send the next `tick` (epoch ms), or `undefined` when nothing is due: the
 * idle prompt or reset mid-survey, the end of the thank-you or error screen, the end of a notice,
 * the quiet reset of a customised start screen.
 */
export function kioskDeadline(s: KioskState, c: KioskConfig): number | undefined {
  let due: number | undefined;
  const consider = (t: number) => {
    if (Number.isFinite(t) && (due === undefined || t < due)) due = t;
  };
  if (s.notice) consider(s.notice.until);
  switch (s.screen) {
    case 'start':
      if (s.customised) consider(s.activityAt + c.idleMs);
      break;
    case 'page':
      consider(s.promptAt === undefined ? s.activityAt + c.idleMs : s.promptAt + c.promptMs);
      break;
    case 'thanks':
      consider(s.screenAt + c.thanksMs);
      break;
    case 'error':
      consider(s.screenAt + c.errorMs);
      break;
    default:
      break;
  }
  return due;
}
