import type { IndicatorId } from '../../data/schemas/rating.js';
import type { IndicatorQuestion, RatingSurvey } from './survey.js';

/**
 * Circular 01/2018/TT-VPCP (Art. 13) indicators a citizen can answer at the counter, each worth
 * 2, 1 or 0 points, worded for the citizen. Indicators 2, 5, 8 and 9 are measured by the one-stop
 * system or by inspection, not asked. Indicator 7 is scored in law from the result's timeliness and
 * complaints; asked here (as Thanh Hóa's survey does) it records the citizen's view of the attitude.
 */
export const TT01_QUESTIONS: Readonly<Partial<Record<IndicatorId, IndicatorQuestion>>> = {
  '1': {
    id: '1',
    title: { vi: 'Thời gian giải quyết hồ sơ so với quy định?', en: 'How long did your case take compared with the legal time limit?' },
    options: [
      { points: 2, label: { vi: 'Sớm hơn quy định', en: 'Earlier than required' } },
      { points: 1, label: { vi: 'Đúng quy định', en: 'On time' } },
      { points: 0, label: { vi: 'Muộn hơn quy định', en: 'Later than required' } },
    ],
  },
  '3': {
    id: '3',
    title: { vi: 'Ông/Bà phải liên hệ nơi tiếp nhận mấy lần để hoàn thiện hồ sơ?', en: 'How many times did you have to contact the desk to complete your file?' },
    options: [
      { points: 2, label: { vi: 'Không lần nào', en: 'Not at all' } },
      { points: 1, label: { vi: 'Một lần', en: 'Once' } },
      { points: 0, label: { vi: 'Hơn một lần', en: 'More than once' } },
    ],
  },
  '4': {
    id: '4',
    title: { vi: 'Ông/Bà phải liên hệ bao nhiêu cơ quan để hoàn thiện hồ sơ?', en: 'How many agencies did you have to contact to complete your file?' },
    options: [
      { points: 2, label: { vi: 'Không phải liên hệ cơ quan nào', en: 'None' } },
      { points: 1, label: { vi: 'Chỉ Bộ phận Một cửa', en: 'Only the one-stop desk' } },
      { points: 0, label: { vi: 'Nhiều hơn một cơ quan', en: 'More than one agency' } },
    ],
  },
  '6': {
    id: '6',
    title: { vi: 'Thủ tục có được công khai đầy đủ, đúng quy định không?', en: 'Was the procedure published fully and correctly?' },
    options: [
      { points: 2, label: { vi: 'Có, cả tại nơi tiếp nhận và trên mạng', en: 'Yes, at the desk and online' } },
      { points: 1, label: { vi: 'Chỉ ở một nơi', en: 'In one place only' } },
      { points: 0, label: { vi: 'Không đầy đủ', en: 'Not fully' } },
    ],
  },
  '7': {
    id: '7',
    title: { vi: 'Thái độ của cán bộ khi hướng dẫn, tiếp nhận, giải quyết hồ sơ?', en: "How was the officers' attitude when guiding you and handling your file?" },
    options: [
      { points: 2, label: { vi: 'Tận tình, chu đáo', en: 'Helpful and courteous' } },
      { points: 1, label: { vi: 'Bình thường', en: 'Acceptable' } },
      { points: 0, label: { vi: 'Chưa tốt', en: 'Poor' } },
    ],
  },
};

/** The indicators Circular 01/2018 lists as collected by electronic devices at the desk: 1, 3, 4 and 7. */
export const TT01_DEFAULT_INDICATORS: readonly IndicatorId[] = ['1', '3', '4', '7'];

/**
 * Parses the form's `indicators` attribute: `tt01` for {@link TT01_DEFAULT_INDICATORS}, or ids
 * separated by commas or spaces (`1,3,7`). Unknown and repeated ids are left out; empty input gives
 * no pages.
 */
export function indicatorQuestions(spec: string): IndicatorQuestion[] {
  const s = spec.trim().toLowerCase();
  if (!s || s === 'none') return [];
  const ids = s === 'tt01' ? TT01_DEFAULT_INDICATORS : s.split(/[\s,]+/);
  const out: IndicatorQuestion[] = [];
  for (const id of ids) {
    const q = TT01_QUESTIONS[id as IndicatorId];
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}

/** `survey` with the given indicator pages added (replacing any it had). */
export function withIndicators(survey: RatingSurvey, indicators: readonly IndicatorQuestion[]): RatingSurvey {
  return { ...survey, indicators };
}
