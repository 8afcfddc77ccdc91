/**
 * Bench page: SurveyJS (survey-core + survey-js-ui 2.5.38, its default theme CSS, Vietnamese locale)
 * asking the same three-level question as smileys, completing on the first answer
 * (`autoAdvanceEnabled` + `autoAdvanceAllowComplete`, no advance delay) and storing the result in
 * IndexedDB (idb-keyval) on complete: the equivalent of one tap on our form. The theme CSS is the
 * fontless one (no web-font download), as our form uses the system's fonts.
 */
import { Model, settings } from 'survey-core';
import 'survey-core/i18n/vietnamese';
import { renderSurvey } from 'survey-js-ui';
import css from 'survey-core/survey-core.fontless.min.css?inline';
import { createStore, set } from 'idb-keyval';
import { ANSWERS, QUESTION, quantile, rendered, tapOn, type TapParams } from './rating-shared.js';

// SurveyJS waits 300 ms before advancing after an answer; its best setup for a kiosk waits none.
settings.autoAdvanceDelay = 0;

let survey: Model;
let host: HTMLElement;
const store = createStore(`surveyjs-bench-${crypto.randomUUID()}`, 'kv');
let onStored: (() => void) | undefined;

const item = (text: string) =>
  [...host.querySelectorAll<HTMLElement>('.sd-rating__item-smiley, .sd-rating__item')].find((el) => el.getAttribute('title') === text || el.textContent?.trim() === text);

/** Renders the survey and waits until its answers are on screen. */
export async function ready(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  host = document.createElement('div');
  document.body.append(host);
  survey = new Model({
    locale: 'vi',
    showQuestionNumbers: 'off',
    showNavigationButtons: false,
    autoAdvanceEnabled: true,
    autoAdvanceAllowComplete: true,
    completedHtml: '<h3>Cảm ơn Ông/Bà đã đánh giá!</h3>',
    elements: [{ type: 'rating', name: 'muc_do_hai_long', title: QUESTION, isRequired: true, rateType: 'smileys', rateValues: ANSWERS.map((a) => ({ ...a })) }],
  });
  survey.onComplete.add(async (sender) => {
    await set(crypto.randomUUID(), { ...sender.data, at: new Date().toISOString() }, store);
    onStored?.();
  });
  renderSurvey(survey, host);
  await rendered(() => item(ANSWERS[1].text));
}

export function setup(): Record<string, never> {
  return {};
}

/** Nothing loads after the first render: SurveyJS is settled once ready. */
export function settled(): number {
  return 0;
}

/** Answers `taps` times (clearing the survey between citizens) and returns the p50 or p95 of tap → stored, in ms. */
export async function tapToStored(_state: unknown, { taps, stat }: TapParams): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < taps; i++) {
    const target = await rendered(() => item(ANSWERS[i % 2]!.text));
    const stored = new Promise<void>((resolve) => (onStored = resolve));
    const t0 = performance.now();
    tapOn(target);
    await stored;
    times.push(performance.now() - t0);
    survey.clear(true, true);
  }
  return quantile(times, stat === 'p50' ? 0.5 : 0.95);
}
