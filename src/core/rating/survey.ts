import type { IndicatorId, IndicatorPoints, SatisfactionLevel } from '../../data/schemas/rating.js';

/**
 * The rating survey as data: the main satisfaction question, optional Circular 01/2018 indicator
 * pages and the follow-up after a low score. Components render whatever survey they are given; the
 * presets below are the defaults.
 *
 * About the scale: the three answers "Rất hài lòng / Hài lòng / Không hài lòng" are what provincial
 * one-stop software and portals ask (Thanh Hóa, OpenCPS, Huế), not a scale set by law. The legal
 * scoring is Circular 01/2018/TT-VPCP's nine indicators at 2/1/0 points (Art. 13–15), offered here as
 * optional pages; the five-level variant is a preset as well.
 */

/** Text in every UI language: `vi` and `en` always, more by key (`fr`, `zh` …). */
export type LocalText = { readonly vi: string; readonly en: string } & Readonly<Record<string, string>>;

/** The text of `t` for `lang`, falling back to Vietnamese. */
export function localText(t: LocalText, lang: string): string {
  return t[lang] ?? t.vi;
}

/** Drawing of an answer's face: mouth and eyes differ, so faces differ without colour. */
export type FaceKind = 'laugh' | 'smile' | 'neutral' | 'frown' | 'cry';

/** One answer of the main question. */
export interface LevelOption {
  level: SatisfactionLevel;
  label: LocalText;
  face: FaceKind;
  /** Whether this answer counts as a low score (offers the follow-up). */
  low: boolean;
}

/** The main question: one tap on one of its options is a rating. */
export interface MainQuestion {
  /** Number of levels, written into every rating (`scale`). */
  scale: 3 | 5;
  title: LocalText;
  options: readonly LevelOption[];
}

/** One answer of an indicator question, worth 2, 1 or 0 points. */
export interface IndicatorOption {
  points: IndicatorPoints;
  label: LocalText;
}

/** A Circular 01/2018 indicator asked as a page of its own. */
export interface IndicatorQuestion {
  id: IndicatorId;
  title: LocalText;
  options: readonly IndicatorOption[];
}

/** A reason chip offered after a low score; `id` goes into `Rating.reasons`. */
export interface ReasonOption {
  /** `[a-z0-9_-]`, at most 64 characters. */
  id: string;
  label: LocalText;
}

/** What to ask after a low score. Every part of it is optional for the citizen. */
export interface FollowUp {
  reasons: readonly ReasonOption[];
  /** Offer a short comment box. */
  comment: boolean;
  /** Longest comment in characters (the Rating schema allows 500). */
  commentMax: number;
}

/** A whole survey. */
export interface RatingSurvey {
  question: MainQuestion;
  /** Asked after a low score (an option with `low: true`); omit for none. */
  followUp?: FollowUp;
  /** Indicator pages asked after the main question, in this order; omit or empty for none. */
  indicators?: readonly IndicatorQuestion[];
}

/** A page after the main question. */
export type SurveyPage = { kind: 'follow-up' } | { kind: 'indicator'; id: IndicatorId };

/**
 * The pages a citizen sees after answering `level`: the follow-up first when the answer is low (it
 * is about the answer just given), then the indicator pages. Empty when one tap completes the
 * rating. An unknown level gets no follow-up.
 */
export function surveyPages(survey: RatingSurvey, level: SatisfactionLevel): SurveyPage[] {
  const pages: SurveyPage[] = [];
  const option = survey.question.options.find((o) => o.level === level);
  const f = survey.followUp;
  if (option?.low && f && (f.reasons.length > 0 || f.comment)) pages.push({ kind: 'follow-up' });
  for (const q of survey.indicators ?? []) pages.push({ kind: 'indicator', id: q.id });
  return pages;
}

/** Reasons most often given at one-stop desks (Decree 61/2018 Art. 31 topics), for the follow-up. */
export const DEFAULT_REASONS: readonly ReasonOption[] = [
  { id: 'wait-long', label: { vi: 'Chờ đợi quá lâu', en: 'Waited too long' } },
  { id: 'come-back', label: { vi: 'Phải đi lại nhiều lần', en: 'Asked to come back again' } },
  { id: 'unclear-guidance', label: { vi: 'Hướng dẫn chưa rõ ràng', en: 'Guidance was unclear' } },
  { id: 'attitude', label: { vi: 'Thái độ phục vụ chưa tốt', en: 'Staff attitude' } },
  { id: 'late-result', label: { vi: 'Trả kết quả chậm, trễ hẹn', en: 'Result late' } },
];

/** The follow-up of the presets: the default reasons and a 500-character comment. */
export const DEFAULT_FOLLOW_UP: FollowUp = { reasons: DEFAULT_REASONS, comment: true, commentMax: 500 };

/** Title of the main question in the presets. */
export const DEFAULT_TITLE: LocalText = {
  vi: 'Ông/Bà có hài lòng với sự phục vụ hôm nay không?',
  en: 'How satisfied are you with the service today?',
};

/**
 * The default survey: Rất hài lòng / Hài lòng / Không hài lòng, the follow-up after "Không hài
 * lòng", no indicator pages.
 */
export const THREE_LEVEL_SURVEY: RatingSurvey = {
  question: {
    scale: 3,
    title: DEFAULT_TITLE,
    options: [
      { level: 'very_satisfied', label: { vi: 'Rất hài lòng', en: 'Very satisfied' }, face: 'laugh', low: false },
      { level: 'satisfied', label: { vi: 'Hài lòng', en: 'Satisfied' }, face: 'smile', low: false },
      { level: 'dissatisfied', label: { vi: 'Không hài lòng', en: 'Dissatisfied' }, face: 'frown', low: true },
    ],
  },
  followUp: DEFAULT_FOLLOW_UP,
};

/**
 * The five-level variant (as in Thanh Hóa's counters `mucDoRHL … mucDoRKHL`): adds "Bình thường"
 * and "Rất không hài lòng"; the bottom two answers offer the follow-up.
 */
export const FIVE_LEVEL_SURVEY: RatingSurvey = {
  question: {
    scale: 5,
    title: DEFAULT_TITLE,
    options: [
      { level: 'very_satisfied', label: { vi: 'Rất hài lòng', en: 'Very satisfied' }, face: 'laugh', low: false },
      { level: 'satisfied', label: { vi: 'Hài lòng', en: 'Satisfied' }, face: 'smile', low: false },
      { level: 'neutral', label: { vi: 'Bình thường', en: 'Neutral' }, face: 'neutral', low: false },
      { level: 'dissatisfied', label: { vi: 'Không hài lòng', en: 'Dissatisfied' }, face: 'frown', low: true },
      { level: 'very_dissatisfied', label: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' }, face: 'cry', low: true },
    ],
  },
  followUp: DEFAULT_FOLLOW_UP,
};

/** The presets by the form's `preset` attribute value. */
export const SURVEY_PRESETS = { '3': THREE_LEVEL_SURVEY, '5': FIVE_LEVEL_SURVEY } as const;
export type SurveyPresetName = keyof typeof SURVEY_PRESETS;
