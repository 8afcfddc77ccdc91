import type { Rating } from '../../data/schemas/rating.js';
import type { Petition } from '../../data/schemas/petition.js';
import { parseIso } from '../time/index.js';
import { NONE, joinKey, splitDossierCode, type CaseColumns } from './columns.js';

/** Bits of {@link CaseFeedback.flags}. */
export const FEEDBACK_FLAG = {
  /** A petition (PAKN) tied to the dossier, not refused. */
  petition: 1,
  /** A rating of the dossier at "dissatisfied" or "very dissatisfied". */
  dislike: 2,
  /** A petition about staff conduct tied to the dossier (Circular 01 indicator 7: 0 points). */
  staffComplaint: 4,
  /** At least one rating is tied to the dossier. */
  rated: 8,
} as const;

/** No answer for an indicator in {@link CaseFeedback.answers}. */
export const NO_ANSWER = 3;

/**
 * Ratings and petitions joined to case rows by dossier code, in sparse form (only rows that have
 * feedback), ascending by row. Built once per refresh of ratings/petitions; queries read it in the
 * same pass as the columns.
 */
export interface CaseFeedback {
  /** Rows with feedback, ascending. */
  readonly row: Uint32Array;
  /** {@link FEEDBACK_FLAG} bits per entry. */
  readonly flags: Uint8Array;
  /**
   * Circular 01/2018 indicator answers from the tablet, 2 bits per indicator (indicator k at bits
   * 2(k−1)…2k−1): 0, 1 or 2 points, {@link NO_ANSWER} when not answered. The latest rating wins.
   */
  readonly answers: Uint32Array;
  /** Ratings with a dossier code found in the columns / not found or without a code. */
  readonly ratingsMatched: number;
  readonly ratingsUnmatched: number;
  readonly petitionsMatched: number;
  readonly petitionsUnmatched: number;
}

/** The fields of a rating the join reads. */
export type RatingFeedback = Pick<Rating, 'dossierCode' | 'level' | 'indicators' | 'createdAt'>;
/** The fields of a petition the join reads. */
export type PetitionFeedback = Pick<Petition, 'dossierCode' | 'status' | 'topic'>;

const ALL_UNANSWERED = (1 << 18) - 1;

/** The answer of indicator `k` (1–9) in an answers word: 0, 1, 2 or {@link NO_ANSWER}. */
export function answerOf(answers: number, k: number): number {
  return (answers >>> (2 * (k - 1))) & 3;
}

interface Acc {
  flags: number;
  answers: number;
  answeredAt: number;
  ratings: number;
  petitions: number;
  hit: boolean;
}

/**
 * Joins ratings and petitions to the dossiers of `columns` by dossier code. A dossier is marked
 * `dislike` when any of its ratings is dissatisfied (3- or 5-level scale), `petition` when any
 * petition tied to it was not refused, `staffComplaint` when such a petition is about staff conduct;
 * its indicator answers come from its latest rating that has any. Items whose code is absent or not in
 * the columns are counted as unmatched.
 */
export function attachFeedback(columns: CaseColumns, ratings: readonly RatingFeedback[], petitions: readonly PetitionFeedback[]): CaseFeedback {
  const agencyIndex = new Map<string, number>();
  columns.agencies.forEach((a, i) => {
    if (i > 0) agencyIndex.set(a, i);
  });
  const keyOf = (code: string | null | undefined): number | undefined => {
    if (!code) return undefined;
    const s = splitDossierCode(code);
    const a = s && agencyIndex.get(s.agency);
    return s && a !== undefined ? joinKey(a, s.key) : undefined;
  };
  const byKey = new Map<number, Acc>();
  const accOf = (key: number): Acc => {
    let a = byKey.get(key);
    if (!a) byKey.set(key, (a = { flags: 0, answers: ALL_UNANSWERED, answeredAt: -Infinity, ratings: 0, petitions: 0, hit: false }));
    return a;
  };
  let ratingsUnmatched = 0;
  let petitionsUnmatched = 0;
  for (const r of ratings) {
    const key = keyOf(r.dossierCode);
    if (key === undefined) {
      ratingsUnmatched++;
      continue;
    }
    const a = accOf(key);
    a.ratings++;
    a.flags |= FEEDBACK_FLAG.rated;
    if (r.level === 'dissatisfied' || r.level === 'very_dissatisfied') a.flags |= FEEDBACK_FLAG.dislike;
    const ind = r.indicators;
    if (ind && Object.keys(ind).length > 0) {
      const at = parseIso(r.createdAt) ?? -Infinity;
      if (at >= a.answeredAt) {
        let w = ALL_UNANSWERED;
        for (let k = 1; k <= 9; k++) {
          const p = ind[String(k) as keyof typeof ind];
          if (p === 0 || p === 1 || p === 2) w = (w & ~(3 << (2 * (k - 1)))) | (p << (2 * (k - 1)));
        }
        a.answers = w;
        a.answeredAt = at;
      }
    }
  }
  for (const p of petitions) {
    const key = keyOf(p.dossierCode);
    if (key === undefined) {
      petitionsUnmatched++;
      continue;
    }
    const a = accOf(key);
    a.petitions++;
    if (p.status !== 'refused') {
      a.flags |= FEEDBACK_FLAG.petition;
      if (p.topic === 'staff') a.flags |= FEEDBACK_FLAG.staffComplaint;
    }
  }
  const rows: number[] = [];
  const flags: number[] = [];
  const answers: number[] = [];
  if (byKey.size > 0) {
    const { agency, codeKey, length } = columns;
    for (let i = 0; i < length; i++) {
      const k = codeKey[i] as number;
      if (k === NONE) continue;
      const a = byKey.get(joinKey(agency[i] as number, k));
      if (!a) continue;
      a.hit = true;
      rows.push(i);
      flags.push(a.flags);
      answers.push(a.answers);
    }
  }
  let ratingsMatched = 0;
  let petitionsMatched = 0;
  for (const a of byKey.values()) {
    if (a.hit) {
      ratingsMatched += a.ratings;
      petitionsMatched += a.petitions;
    } else {
      ratingsUnmatched += a.ratings;
      petitionsUnmatched += a.petitions;
    }
  }
  return {
    row: Uint32Array.from(rows),
    flags: Uint8Array.from(flags),
    answers: Uint32Array.from(answers),
    ratingsMatched,
    ratingsUnmatched,
    petitionsMatched,
    petitionsUnmatched,
  };
}

/** The buffers of a feedback join, for transfer to a Worker. */
export function caseFeedbackTransferables(f: CaseFeedback): ArrayBuffer[] {
  return [f.row.buffer, f.flags.buffer, f.answers.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
