import type { Rating, SatisfactionLevel } from '../schemas/rating.js';
import { createRng, weightedPicker } from './rng.js';
import { simulateDays, planCases, type CaseGenOptions, type CasePlan, type RawDay } from './cases.js';

/** Reason chips offered after a low score. */
export const RATING_REASONS = ['wait_long', 'come_back', 'unclear_guidance', 'attitude', 'fees_unclear', 'other'] as const;
/** One of {@link RATING_REASONS}. */
export type RatingReason = (typeof RATING_REASONS)[number];

/** Shares used by the rating generator (demo assumptions in line with Quảng Ninh's 97–99 % satisfaction). */
export const RATING_RATES = {
  /** Counter-received dossiers whose citizen rates the visit on the tablet. */
  share: 1 / 3,
  /** Three-level answers: very satisfied, satisfied, dissatisfied. */
  levels: { very_satisfied: 0.78, satisfied: 0.19, dissatisfied: 0.03 },
  /** Ratings made with the tablet switched to English. */
  english: 0.03,
  /** Surveys an idle reset submitted before the citizen finished (no reasons given). */
  partial: 0.015,
} as const;

const LEVELS: SatisfactionLevel[] = ['very_satisfied', 'satisfied', 'dissatisfied'];
const levelPicker = weightedPicker(LEVELS, LEVELS.map((l) => RATING_RATES.levels[l as keyof typeof RATING_RATES.levels]));
// Waiting is the most common complaint, then repeat visits and unclear guidance.
const reasonPicker = weightedPicker<RatingReason>(RATING_REASONS, [35, 20, 20, 10, 8, 7]);

const COMMENTS: Record<RatingReason, { vi: string; en: string }> = {
  wait_long: { vi: 'Phải chờ khá lâu mới đến lượt.', en: 'I waited a long time for my turn.' },
  come_back: { vi: 'Phải đi lại nhiều lần để bổ sung giấy tờ.', en: 'I had to come back several times with more papers.' },
  unclear_guidance: { vi: 'Hướng dẫn thành phần hồ sơ chưa rõ ràng.', en: 'The list of documents was not explained clearly.' },
  attitude: { vi: 'Cán bộ tiếp nhận chưa niềm nở.', en: 'The officer was not very friendly.' },
  fees_unclear: { vi: 'Không được thông báo trước mức phí.', en: 'I was not told the fee in advance.' },
  other: { vi: 'Chỗ ngồi chờ còn thiếu vào giờ cao điểm.', en: 'Not enough seats at peak times.' },
};

/**
 * Ratings of one simulated day: about a third of the dossiers received at a counter (channel 1) are
 * rated on the counter's tablet a few minutes after reception, with the visit's ticket number and
 * dossier code. ≈78 % very satisfied, ≈19 % satisfied, ≈3 % dissatisfied on the three-level scale;
 * dissatisfied answers carry one or two reason chips and sometimes a comment; `lang` is mostly `vi`.
 * Ratings after the period end are left out. Sorted by `createdAt`.
 */
export function ratingsForDay(plan: CasePlan, day: RawDay): Rating[] {
  const rng = createRng(`${plan.seed}|ratings|${plan.cal.dateKey(day.day)}`);
  const out: Rating[] = [];
  for (const c of day.cases) {
    if (c.channel !== 1 || c.status === 1 || c.status === 3 || c.ticket === undefined || c.counterId === undefined) continue;
    if (!rng.chance(RATING_RATES.share)) continue;
    const createdAt = c.receivedAt + rng.int(40, 480) * 1000;
    const level = levelPicker.pick(rng);
    const lang = rng.chance(RATING_RATES.english) ? 'en' : 'vi';
    const partial = rng.chance(RATING_RATES.partial);
    const reasons: RatingReason[] = [];
    let comment: string | null = null;
    if (level === 'dissatisfied' && !partial) {
      reasons.push(reasonPicker.pick(rng));
      if (rng.chance(0.35)) {
        const second = reasonPicker.pick(rng);
        if (second !== reasons[0]) reasons.push(second);
      }
      if (reasons.includes('other') || rng.chance(0.35)) comment = COMMENTS[reasons[0]!][lang];
    }
    // The id is drawn even for ratings cut by the period end, so later draws do not depend on `to`.
    const id = rng.uuid();
    if (createdAt >= plan.to || createdAt < plan.from) continue;
    out.push({
      id,
      createdAt: plan.cal.iso(createdAt),
      unitId: c.unitId,
      counterId: c.counterId,
      procedureCode: c.procedure.code,
      officerId: c.officerId ?? null,
      ticket: String(c.ticket),
      dossierCode: c.code,
      scale: 3,
      level,
      reasons,
      comment,
      lang,
      deviceId: `tablet-${c.counterId}`,
      partial,
    });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** Every rating of the period (see {@link ratingsForDay}), oldest first. */
export function generateRatings(ctx: CaseGenOptions): Rating[] {
  const plan = planCases(ctx);
  const out: Rating[] = [];
  for (const day of simulateDays(plan)) for (const r of ratingsForDay(plan, day)) out.push(r);
  return out;
}
