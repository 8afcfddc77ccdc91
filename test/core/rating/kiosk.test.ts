import { expect } from '@open-wc/testing';
import {
  DEFAULT_KIOSK_CONFIG, initialKiosk, kioskDeadline, kioskStep,
  type KioskConfig, type KioskEvent, type KioskState, type KioskEffect,
} from '../../../src/core/rating/kiosk.js';
import type { SurveyPage } from '../../../src/core/rating/survey.js';

const C: KioskConfig = { ...DEFAULT_KIOSK_CONFIG };
const FOLLOW_UP: SurveyPage[] = [{ kind: 'follow-up' }];
const PAGES: SurveyPage[] = [{ kind: 'follow-up' }, { kind: 'indicator', id: '1' }, { kind: 'indicator', id: '7' }];

/** Runs events in order, collecting every effect. */
function run(events: KioskEvent[], config: KioskConfig = C, start: KioskState = initialKiosk(0)) {
  let state = start;
  const effects: KioskEffect[] = [];
  for (const e of events) {
    const r = kioskStep(state, e, config);
    state = r.state;
    effects.push(...r.effects);
  }
  return { state, effects };
}

describe('rating kiosk machine', () => {
  it('one tap on a high score submits a complete rating at once', () => {
    const { state, effects } = run([{ type: 'choose', at: 1000, level: 'very_satisfied', pages: [] }]);
    expect(state.screen).to.equal('saving');
    expect(effects).to.deep.equal([{ type: 'submit', draft: { level: 'very_satisfied', indicators: {}, reasons: [], comment: '' }, partial: false }]);
  });

  it('the thank-you screen appears only once the rating is stored, and returns to start after thanksMs', () => {
    let r = run([{ type: 'choose', at: 1000, level: 'satisfied', pages: [] }]);
    expect(r.state.screen).to.equal('saving');
    r = run([{ type: 'stored', at: 1010 }], C, r.state);
    expect(r.state.screen).to.equal('thanks');
    expect(kioskDeadline(r.state, C)).to.equal(1010 + C.thanksMs);
    r = run([{ type: 'tick', at: 1010 + C.thanksMs - 1 }], C, r.state);
    expect(r.state.screen).to.equal('thanks');
    r = run([{ type: 'tick', at: 1010 + C.thanksMs }], C, r.state);
    expect(r.state.screen).to.equal('start');
    expect(r.effects).to.deep.equal([{ type: 'restore' }]);
  });

  it('presses within the minimum interval are suppressed with a notice and counted, not stored', () => {
    const r = run([
      { type: 'choose', at: 1000, level: 'very_satisfied', pages: [] },
      { type: 'stored', at: 1005 },
      { type: 'tick', at: 1005 + 100 },
    ], { ...C, thanksMs: 100 });
    expect(r.state.screen).to.equal('start');
    const s = run([
      { type: 'choose', at: 2000, level: 'dissatisfied', pages: [] },
      { type: 'choose', at: 3000, level: 'dissatisfied', pages: [] },
    ], { ...C, thanksMs: 100 }, r.state);
    expect(s.effects).to.deep.equal([
      { type: 'suppressed', reason: 'interval', suppressed: 1, retryInMs: 4000 },
      { type: 'suppressed', reason: 'interval', suppressed: 2, retryInMs: 3000 },
    ]);
    expect(s.state.screen).to.equal('start');
    expect(s.state.notice).to.deep.equal({ kind: 'interval', until: 3000 + C.noticeMs });
    const t = run([{ type: 'choose', at: 6000, level: 'satisfied', pages: [] }], C, s.state);
    expect(t.effects[0]).to.include({ type: 'submit' });
    expect(t.state.notice, 'an accepted press clears the notice').to.equal(undefined);
  });

  it('repeated presses while a rating is saving or thanked for count as suppressed', () => {
    const r = run([
      { type: 'choose', at: 1000, level: 'satisfied', pages: [] },
      { type: 'choose', at: 1001, level: 'satisfied', pages: [] },
      { type: 'stored', at: 1002 },
      { type: 'choose', at: 1003, level: 'satisfied', pages: [] },
    ]);
    expect(r.effects.filter((e) => e.type === 'submit')).to.have.length(1);
    expect(r.effects.filter((e) => e.type === 'suppressed')).to.have.length(2);
    expect(r.state.guard.suppressed).to.equal(2);
  });

  it('a press for a ticket already rated is suppressed with its own reason', () => {
    const r = run([{ type: 'choose', at: 1000, level: 'satisfied', pages: [], alreadyRated: true }]);
    expect(r.effects).to.deep.equal([{ type: 'suppressed', reason: 'already-rated', suppressed: 1 }]);
    expect(r.state.screen).to.equal('start');
    expect(r.state.notice?.kind).to.equal('already-rated');
    expect(r.state.guard.lastAcceptedAt).to.equal(undefined);
  });

  it('a low score opens the follow-up; chosen reasons and the comment go into the rating', () => {
    const r = run([
      { type: 'choose', at: 1000, level: 'dissatisfied', pages: FOLLOW_UP },
      { type: 'reason', at: 1100, id: 'wait-long' },
      { type: 'reason', at: 1200, id: 'attitude' },
      { type: 'reason', at: 1300, id: 'wait-long' },
      { type: 'comment', at: 1400, text: 'Chờ 2 tiếng' },
    ]);
    expect(r.state.screen).to.equal('page');
    expect(r.effects).to.deep.equal([]);
    const s = run([{ type: 'next', at: 1500 }], C, r.state);
    expect(s.effects).to.deep.equal([{ type: 'submit', draft: { level: 'dissatisfied', indicators: {}, reasons: ['attitude'], comment: 'Chờ 2 tiếng' }, partial: false }]);
  });

  it('skipping the follow-up submits the level alone', () => {
    const r = run([
      { type: 'choose', at: 1000, level: 'dissatisfied', pages: FOLLOW_UP },
      { type: 'reason', at: 1100, id: 'attitude' },
      { type: 'skip', at: 1200 },
    ]);
    expect(r.effects).to.deep.equal([{ type: 'submit', draft: { level: 'dissatisfied', indicators: {}, reasons: [], comment: '' }, partial: false }]);
  });

  it('indicator pages record 2/1/0 points and advance with one tap each; skip leaves one out', () => {
    const r = run([
      { type: 'choose', at: 1000, level: 'dissatisfied', pages: PAGES },
      { type: 'next', at: 1100 },
      { type: 'indicator', at: 1200, id: '7', points: 2 },
      { type: 'indicator', at: 1300, id: '1', points: 0 },
      { type: 'skip', at: 1400 },
    ]);
    expect(r.effects).to.deep.equal([{ type: 'submit', draft: { level: 'dissatisfied', indicators: { '1': 0 }, reasons: [], comment: '' }, partial: false }]);
  });

  it('going back from the first page returns to start and gives the press back, so the answer can be changed', () => {
    const r = run([
      { type: 'choose', at: 1000, level: 'dissatisfied', pages: FOLLOW_UP },
      { type: 'back', at: 1500 },
      { type: 'choose', at: 2000, level: 'satisfied', pages: [] },
    ]);
    expect(r.effects).to.deep.equal([{ type: 'submit', draft: { level: 'satisfied', indicators: {}, reasons: [], comment: '' }, partial: false }]);
    expect(r.state.guard.suppressed).to.equal(0);
  });

  it('inactivity mid-survey shows the prompt after idleMs, and activity dismisses it', () => {
    let r = run([{ type: 'choose', at: 0, level: 'dissatisfied', pages: FOLLOW_UP }]);
    expect(kioskDeadline(r.state, C)).to.equal(C.idleMs);
    r = run([{ type: 'tick', at: C.idleMs }], C, r.state);
    expect(r.state.promptAt).to.equal(C.idleMs);
    expect(kioskDeadline(r.state, C)).to.equal(C.idleMs + C.promptMs);
    r = run([{ type: 'activity', at: C.idleMs + 1000 }], C, r.state);
    expect(r.state.promptAt).to.equal(undefined);
    expect(r.state.screen).to.equal('page');
    expect(kioskDeadline(r.state, C)).to.equal(C.idleMs + 1000 + C.idleMs);
  });

  it('an ignored prompt submits the partial answers when the policy is submit', () => {
    const r = run([
      { type: 'choose', at: 0, level: 'dissatisfied', pages: FOLLOW_UP },
      { type: 'reason', at: 10, id: 'wait-long' },
      { type: 'tick', at: 10 + C.idleMs },
      { type: 'tick', at: 10 + C.idleMs + C.promptMs },
    ]);
    expect(r.state.screen).to.equal('saving');
    expect(r.effects).to.deep.equal([{ type: 'submit', draft: { level: 'dissatisfied', indicators: {}, reasons: ['wait-long'], comment: '' }, partial: true }]);
  });

  it('an ignored prompt drops the answers and returns to start when the policy is discard', () => {
    const config = { ...C, partial: 'discard' as const };
    const r = run([
      { type: 'choose', at: 0, level: 'dissatisfied', pages: FOLLOW_UP },
      { type: 'tick', at: C.idleMs },
      { type: 'tick', at: C.idleMs + C.promptMs },
    ], config);
    expect(r.state.screen).to.equal('start');
    expect(r.effects.map((e) => e.type)).to.deep.equal(['discarded', 'restore']);
  });

  it('a late timer (device asleep) still shows the prompt before resetting', () => {
    const r = run([
      { type: 'choose', at: 0, level: 'dissatisfied', pages: FOLLOW_UP },
      { type: 'tick', at: 10 * C.idleMs },
    ]);
    expect(r.state.screen).to.equal('page');
    expect(r.state.promptAt).to.equal(10 * C.idleMs);
  });

  it('a failed store shows the error screen; retry tries again; the error screen times out to start', () => {
    let r = run([{ type: 'choose', at: 0, level: 'satisfied', pages: [] }, { type: 'failed', at: 5 }]);
    expect(r.state.screen).to.equal('error');
    r = run([{ type: 'retry', at: 100 }], C, r.state);
    expect(r.effects).to.deep.equal([{ type: 'retry' }]);
    expect(r.state.screen).to.equal('saving');
    r = run([{ type: 'failed', at: 200 }, { type: 'tick', at: 200 + C.errorMs }], C, r.state);
    expect(r.state.screen).to.equal('start');
  });

  it('a cancelled submit returns to start without a thank-you', () => {
    const r = run([{ type: 'choose', at: 0, level: 'satisfied', pages: [] }, { type: 'cancelled', at: 5 }]);
    expect(r.state.screen).to.equal('start');
    expect(r.effects.map((e) => e.type)).to.deep.equal(['submit', 'restore']);
  });

  it('a customised start screen (language switched) resets quietly after idleMs', () => {
    let r = run([{ type: 'customise', at: 1000 }]);
    expect(r.state.customised).to.equal(true);
    expect(kioskDeadline(r.state, C)).to.equal(1000 + C.idleMs);
    r = run([{ type: 'tick', at: 1000 + C.idleMs }], C, r.state);
    expect(r.effects).to.deep.equal([{ type: 'restore' }]);
    expect(r.state.customised).to.equal(false);
    expect(kioskDeadline(r.state, C)).to.equal(undefined);
  });

  it('the start screen has no deadline, so an untouched tablet never resets', () => {
    expect(kioskDeadline(initialKiosk(0), C)).to.equal(undefined);
  });

  it('reset discards a survey in progress and keeps the press guard', () => {
    const r = run([{ type: 'choose', at: 0, level: 'dissatisfied', pages: FOLLOW_UP }, { type: 'reset', at: 10 }]);
    expect(r.state.screen).to.equal('start');
    expect(r.effects.map((e) => e.type)).to.deep.equal(['discarded', 'restore']);
    expect(r.state.guard.lastAcceptedAt).to.equal(0);
  });

  it('events that do not fit the screen change nothing', () => {
    const s = initialKiosk(0);
    for (const e of [
      { type: 'next', at: 1 }, { type: 'skip', at: 1 }, { type: 'back', at: 1 }, { type: 'stored', at: 1 },
      { type: 'failed', at: 1 }, { type: 'retry', at: 1 }, { type: 'reason', at: 1, id: 'x' },
      { type: 'indicator', at: 1, id: '1', points: 2 }, { type: 'comment', at: 1, text: 'x' },
    ] as KioskEvent[]) {
      expect(kioskStep(s, e, C).state, e.type).to.equal(s);
    }
  });
});
