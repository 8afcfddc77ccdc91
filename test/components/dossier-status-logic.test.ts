import { expect } from '@open-wc/testing';
import { checkDossierCode, normaliseDossierCode } from '../../src/components/dossier-status/dossier-code.js';
import { buildTimeline, timingVerdict, workingDaysBetween } from '../../src/components/dossier-status/timeline.js';
import { publicStatus } from '../../src/data/adapters/local/local-source.js';
import { VN_HOLIDAYS } from '../../src/core/time/index.js';
import { CASES, NOW } from './dossier-fixtures.js';

const cal = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
const stages = (c: keyof typeof CASES) => buildTimeline(publicStatus(CASES[c])).map((s) => `${s.key}:${s.state}`);

describe('checkDossierCode', () => {
  it('checkDossierCode(code) accepts the Art. 19 format and returns its parts', () => {
    const r = checkDossierCode('H15.50.05.13-261008-0975');
    expect(r).to.deep.include({ ok: true, code: 'H15.50.05.13-261008-0975', agency: 'H15.50.05.13', year: 2026, month: 10, day: 8, sequence: '0975' });
    expect(checkDossierCode('H49-260310-0001').ok).to.equal(true);
  });

  it('checkDossierCode(code) forgives lower case, spaces, typographic dashes and O/I for 0/1 in the numbers', () => {
    expect(normaliseDossierCode(' h49.26.01 – 26O31O-OOI2 ')).to.equal('H49.26.01-260310-0012');
    expect(checkDossierCode('h49.26.01—260310—0001').ok).to.equal(true);
  });

  it('checkDossierCode(code) names the first wrong part', () => {
    const problem = (s: string) => {
      const r = checkDossierCode(s);
      return r.ok ? 'ok' : r.problem;
    };
    expect(problem('')).to.equal('empty');
    expect(problem('H49.26.01/260310/0001')).to.equal('chars');
    expect(problem('H49.26.01-2603100001')).to.equal('parts');
    expect(problem('49.26.01-260310-0001')).to.equal('agency');
    expect(problem('H49.26.01-26031-0001')).to.equal('date');
    expect(problem('H49.26.01-261310-0001')).to.equal('date_invalid');
    expect(problem('H49.26.01-260230-0001')).to.equal('date_invalid');
    expect(problem('H49.26.01-240229-0001')).to.equal('ok');
    expect(problem('H49.26.01-260310-001')).to.equal('sequence');
  });
});

describe('buildTimeline', () => {
  it('buildTimeline(s) marks stages before the current one done and the rest upcoming', () => {
    expect(stages('received')).to.deep.equal(['received:current', 'processing:upcoming', 'processed:upcoming', 'returned:upcoming']);
    expect(stages('processingLate')).to.deep.equal(['received:done', 'processing:current', 'processed:upcoming', 'returned:upcoming']);
    expect(stages('returnedOnTime')).to.deep.equal(['received:done', 'processing:done', 'processed:done', 'returned:current']);
  });

  it('buildTimeline(s) starts online and postal dossiers with their submission', () => {
    expect(stages('submitted')).to.deep.equal(['submitted:current', 'received:upcoming', 'processing:upcoming', 'processed:upcoming', 'returned:upcoming']);
  });

  it('buildTimeline(s) shows an open supplement request or fee request as the current stage', () => {
    expect(stages('supplement')).to.deep.equal(['received:done', 'processing:done', 'supplement:current', 'processed:upcoming', 'returned:upcoming']);
    expect(stages('fee')).to.deep.equal(['received:done', 'processing:done', 'fee:current', 'processed:upcoming', 'returned:upcoming']);
  });

  it('buildTimeline(s) ends refused, withdrawn and stopped dossiers with that stage', () => {
    expect(stages('refused')).to.deep.equal(['submitted:done', 'refused:current']);
    expect(stages('withdrawn')).to.deep.equal(['received:done', 'processing:done', 'withdrawn:current']);
    expect(stages('stopped')).to.deep.equal(['received:done', 'processing:done', 'stopped:current']);
  });

  it('buildTimeline(s) gives done stages their time from the history and upcoming ones none', () => {
    const t = buildTimeline(publicStatus(CASES.processedEarly));
    expect(t[0]!.at).to.equal(Date.parse('2026-03-05T08:00:00+07:00'));
    expect(t[2]!.at).to.equal(Date.parse('2026-03-09T10:00:00+07:00'));
    expect(t[3]!.at).to.equal(undefined);
  });
});

describe('timingVerdict', () => {
  it('timingVerdict(s) is on time with working days left for an open dossier before its appointment', () => {
    const v = timingVerdict(publicStatus(CASES.received), NOW, cal);
    expect(v.timeliness).to.equal('on_time');
    expect(v.workingDaysLeft).to.equal(2);
  });

  it('timingVerdict(s) is late for an open dossier past its appointment, judged on the original date even after an apology', () => {
    expect(timingVerdict(publicStatus(CASES.processingLate), NOW, cal).timeliness).to.equal('late');
    const r = timingVerdict(publicStatus(CASES.rescheduled), NOW, cal);
    expect(r.timeliness).to.equal('late');
    expect(r.rescheduledDueAt).to.equal(Date.parse('2026-03-13T17:00:00+07:00'));
    expect(r.workingDaysLeft).to.equal(2);
  });

  it('timingVerdict(s) is early, on time or late for finished dossiers by the day processing ended', () => {
    expect(timingVerdict(publicStatus(CASES.processedEarly), NOW, cal).timeliness).to.equal('early');
    expect(timingVerdict(publicStatus(CASES.returnedOnTime), NOW, cal).timeliness).to.equal('on_time');
    expect(timingVerdict(publicStatus(CASES.returnedLate), NOW, cal).timeliness).to.equal('late');
  });

  it('timingVerdict(s) judges nothing for refused, withdrawn, stopped or unreceived dossiers', () => {
    for (const c of ['refused', 'withdrawn', 'stopped', 'submitted'] as const) expect(timingVerdict(publicStatus(CASES[c]), NOW, cal).timeliness, c).to.equal('none');
  });

  it('workingDaysBetween(a, b) skips weekends and public holidays', () => {
    // Wed 29 Apr 2026 → Mon 4 May 2026: 30/4 and 1/5 are holidays, 2–3/5 a weekend.
    expect(workingDaysBetween(Date.parse('2026-04-29T10:00:00+07:00'), Date.parse('2026-05-04T17:00:00+07:00'), cal)).to.equal(1);
    expect(workingDaysBetween(NOW, NOW + 3_600_000, cal)).to.equal(0);
  });
});
