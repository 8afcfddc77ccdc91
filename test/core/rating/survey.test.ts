import { expect } from '@open-wc/testing';
import { FIVE_LEVEL_SURVEY, THREE_LEVEL_SURVEY, localText, surveyPages, type RatingSurvey } from '../../../src/core/rating/survey.js';
import { TT01_DEFAULT_INDICATORS, indicatorQuestions, withIndicators } from '../../../src/core/rating/tt01.js';
import { Rating } from '../../../src/data/schemas/rating.js';
import { ReasonId } from '../../../src/data/schemas/rating.js';

describe('rating survey presets', () => {
  it('the default survey asks Rất hài lòng / Hài lòng / Không hài lòng on a scale of 3', () => {
    expect(THREE_LEVEL_SURVEY.question.scale).to.equal(3);
    expect(THREE_LEVEL_SURVEY.question.options.map((o) => o.label.vi)).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(THREE_LEVEL_SURVEY.question.options.map((o) => o.level)).to.deep.equal(['very_satisfied', 'satisfied', 'dissatisfied']);
  });

  it('the five-level preset adds Bình thường and Rất không hài lòng, and both bottom answers are low', () => {
    expect(FIVE_LEVEL_SURVEY.question.options.map((o) => o.label.vi)).to.deep.equal([
      'Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng',
    ]);
    expect(FIVE_LEVEL_SURVEY.question.options.filter((o) => o.low).map((o) => o.level)).to.deep.equal(['dissatisfied', 'very_dissatisfied']);
  });

  it('every preset level is valid on its scale in the Rating schema, and every face differs', () => {
    for (const s of [THREE_LEVEL_SURVEY, FIVE_LEVEL_SURVEY]) {
      for (const o of s.question.options) {
        const r = Rating.safeParse({
          id: '7b1c6a4e-2f43-4a8e-9d57-3c2b0f9e1a11', createdAt: '2026-03-04T08:15:00+07:00', unitId: 'u1',
          scale: s.question.scale, level: o.level, reasons: [], lang: 'vi', deviceId: 'd1',
        });
        expect(r.success, `${o.level} on ${s.question.scale}`).to.equal(true);
      }
      expect(new Set(s.question.options.map((o) => o.face)).size).to.equal(s.question.options.length);
    }
  });

  it('every reason id of the presets passes the ReasonId schema', () => {
    for (const r of THREE_LEVEL_SURVEY.followUp!.reasons) expect(ReasonId.safeParse(r.id).success, r.id).to.equal(true);
  });

  it('surveyPages() gives no page after a high score, so one tap completes the rating', () => {
    expect(surveyPages(THREE_LEVEL_SURVEY, 'very_satisfied')).to.deep.equal([]);
    expect(surveyPages(THREE_LEVEL_SURVEY, 'satisfied')).to.deep.equal([]);
  });

  it('surveyPages() gives the follow-up after a low score, before the indicator pages', () => {
    const s = withIndicators(THREE_LEVEL_SURVEY, indicatorQuestions('1,7'));
    expect(surveyPages(s, 'dissatisfied')).to.deep.equal([{ kind: 'follow-up' }, { kind: 'indicator', id: '1' }, { kind: 'indicator', id: '7' }]);
    expect(surveyPages(s, 'satisfied')).to.deep.equal([{ kind: 'indicator', id: '1' }, { kind: 'indicator', id: '7' }]);
  });

  it('surveyPages() gives no follow-up when the survey has none or it offers nothing', () => {
    const none: RatingSurvey = { question: THREE_LEVEL_SURVEY.question };
    const empty: RatingSurvey = { ...none, followUp: { reasons: [], comment: false, commentMax: 0 } };
    expect(surveyPages(none, 'dissatisfied')).to.deep.equal([]);
    expect(surveyPages(empty, 'dissatisfied')).to.deep.equal([]);
  });

  it('indicatorQuestions("tt01") gives indicators 1, 3, 4 and 7, each with answers worth 2, 1 and 0 points', () => {
    const qs = indicatorQuestions('tt01');
    expect(qs.map((q) => q.id)).to.deep.equal([...TT01_DEFAULT_INDICATORS]);
    for (const q of qs) expect(q.options.map((o) => o.points)).to.deep.equal([2, 1, 0]);
  });

  it('indicatorQuestions() skips unknown and repeated ids and accepts spaces or commas', () => {
    expect(indicatorQuestions(' 7, 9 7 x 3').map((q) => q.id)).to.deep.equal(['7', '3']);
    expect(indicatorQuestions('')).to.deep.equal([]);
    expect(indicatorQuestions('none')).to.deep.equal([]);
  });

  it('localText() falls back to Vietnamese for a language the text does not have', () => {
    expect(localText({ vi: 'Hài lòng', en: 'Satisfied' }, 'en')).to.equal('Satisfied');
    expect(localText({ vi: 'Hài lòng', en: 'Satisfied' }, 'fr')).to.equal('Hài lòng');
    expect(localText({ vi: 'Hài lòng', en: 'Satisfied', fr: 'Satisfait' }, 'fr')).to.equal('Satisfait');
  });
});
