import { expect } from '@open-wc/testing';
import { evaluateTimeliness, caseTimeliness, type TimelinessInput } from '../../../src/core/cases/timeliness.js';
import { addWorkingDays, parseIso, type WorkCalendar } from '../../../src/core/time/index.js';

// Hand-computed dossiers. All times are Vietnam local (+07:00). Calendar: Mon–Fri, no holidays.
const cal: WorkCalendar = { offsetMinutes: 420 };
const t = (s: string) => parseIso(`${s}+07:00`)!;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base = (over: Partial<TimelinessInput>): TimelinessInput => ({ status: 4, receivedAt: t('2026-03-02T08:00:00'), supplements: [], ...over });
const periodEnd = t('2026-04-01T00:00:00');

describe('evaluateTimeliness', () => {
  it('evaluateTimeliness(c) is early when processed on a day before the appointment day', () => {
    // Received Mon 02/03 08:00, due Thu 05/03 17:00, processed Wed 04/03 10:00 → day 04 < day 05 → early.
    const r = evaluateTimeliness(base({ status: 10, dueAt: t('2026-03-05T17:00:00'), processedAt: t('2026-03-04T10:00:00'), returnedAt: t('2026-03-05T09:00:00') }), { asOf: periodEnd, calendar: cal })!;
    expect(r.onTime).to.equal(true);
    expect(r.timeliness).to.equal('early');
    // processedAt (status 9) has priority over returnedAt (status 10) as the processing end.
    expect(r.effectiveEnd).to.equal(t('2026-03-04T10:00:00'));
  });

  it('evaluateTimeliness(c) is on time when processed on the appointment day, before its hour', () => {
    const r = evaluateTimeliness(base({ status: 9, dueAt: t('2026-03-05T17:00:00'), processedAt: t('2026-03-05T16:59:00') }), { asOf: periodEnd, calendar: cal })!;
    expect(r.timeliness).to.equal('on_time');
    expect(r.onTime).to.equal(true);
  });

  it('evaluateTimeliness(c) is late when processed after the appointment (≤ is on time, > is late)', () => {
    const exact = evaluateTimeliness(base({ status: 9, dueAt: t('2026-03-05T17:00:00'), processedAt: t('2026-03-05T17:00:00') }), { asOf: periodEnd, calendar: cal })!;
    expect(exact.onTime).to.equal(true);
    const late = evaluateTimeliness(base({ status: 9, dueAt: t('2026-03-05T17:00:00'), processedAt: t('2026-03-05T17:00:01') }), { asOf: periodEnd, calendar: cal })!;
    expect(late.onTime).to.equal(false);
    expect(late.lateReason).to.equal('after_deadline');
  });

  it('evaluateTimeliness(c) excludes one supplement period from the processing time', () => {
    // Due Fri 06/03 17:00. Supplement requested Tue 03/03 09:00, completed Mon 09/03 09:00 (6 days).
    // Processed Tue 10/03 15:00 → effective end = 10/03 15:00 − 6 days = Wed 04/03 15:00 ≤ due → on time (early by day).
    const r = evaluateTimeliness(base({
      status: 9, dueAt: t('2026-03-06T17:00:00'), processedAt: t('2026-03-10T15:00:00'),
      supplements: [[t('2026-03-03T09:00:00'), t('2026-03-09T09:00:00')]],
    }), { asOf: periodEnd, calendar: cal })!;
    expect(r.supplementMs).to.equal(6 * DAY);
    expect(r.effectiveEnd).to.equal(t('2026-03-04T15:00:00'));
    expect(r.onTime).to.equal(true);
    expect(r.timeliness).to.equal('early');
  });

  it('evaluateTimeliness(c) makes a dossier with two supplement requests late even if fast', () => {
    const r = evaluateTimeliness(base({
      status: 9, dueAt: t('2026-03-20T17:00:00'), processedAt: t('2026-03-06T10:00:00'),
      supplements: [[t('2026-03-03T09:00:00'), t('2026-03-03T15:00:00')], [t('2026-03-04T09:00:00'), t('2026-03-04T11:00:00')]],
    }), { asOf: periodEnd, calendar: cal })!;
    expect(r.onTime).to.equal(false);
    expect(r.timeliness).to.equal('late');
    expect(r.lateReason).to.equal('multiple_supplements');
  });

  it('evaluateTimeliness(c) ends a dossier still waiting for a supplement at the request time', () => {
    // Due 05/03 17:00; supplement requested 04/03 10:00 and not completed; period ends 01/04.
    const r = evaluateTimeliness(base({ status: 5, dueAt: t('2026-03-05T17:00:00'), supplements: [[t('2026-03-04T10:00:00'), undefined]] }), { asOf: periodEnd, calendar: cal })!;
    expect(r.finished).to.equal(false);
    expect(r.effectiveEnd).to.equal(t('2026-03-04T10:00:00'));
    expect(r.onTime).to.equal(true);
  });

  it('evaluateTimeliness(c) measures an open dossier at the period end', () => {
    const c = base({ status: 4, dueAt: t('2026-03-20T17:00:00') });
    // Period ending 15/03: not late yet.
    expect(evaluateTimeliness(c, { asOf: t('2026-03-15T00:00:00'), calendar: cal })!.onTime).to.equal(true);
    // Period ending 01/04: late (still open after the appointment).
    const r = evaluateTimeliness(c, { asOf: periodEnd, calendar: cal })!;
    expect(r.onTime).to.equal(false);
    expect(r.finished).to.equal(false);
    expect(r.effectiveEnd).to.equal(periodEnd);
  });

  it('evaluateTimeliness(c) ignores events after the period end', () => {
    // Processed on 03/04 but the period ends 01/04: measured as open at 01/04 (due 31/03 → late).
    const r = evaluateTimeliness(base({ status: 9, dueAt: t('2026-03-31T17:00:00'), processedAt: t('2026-04-03T09:00:00') }), { asOf: periodEnd, calendar: cal })!;
    expect(r.finished).to.equal(false);
    expect(r.onTime).to.equal(false);
  });

  it('evaluateTimeliness(c) uses the legal limit in working days when there is no appointment date', () => {
    // Received Fri 06/03 08:00, 3 working days → Mon 9, Tue 10, Wed 11 → deadline Wed 11/03 23:59:59.999.
    const c = base({ receivedAt: t('2026-03-06T08:00:00'), legalDays: 3, status: 9 });
    expect(addWorkingDays(c.receivedAt, 3, cal)).to.equal(t('2026-03-12T00:00:00') - 1);
    expect(evaluateTimeliness({ ...c, processedAt: t('2026-03-11T16:00:00') }, { asOf: periodEnd, calendar: cal })!.onTime).to.equal(true);
    expect(evaluateTimeliness({ ...c, processedAt: t('2026-03-12T08:00:00') }, { asOf: periodEnd, calendar: cal })!.onTime).to.equal(false);
  });

  it('evaluateTimeliness(c) skips holidays in the working-day limit', () => {
    const withHoliday: WorkCalendar = { offsetMinutes: 420, holidays: ['2026-03-09'] };
    // Fri 06/03 + 3 working days, Mon 09/03 off → Tue 10, Wed 11, Thu 12.
    expect(addWorkingDays(t('2026-03-06T08:00:00'), 3, withHoliday)).to.equal(t('2026-03-13T00:00:00') - 1);
  });

  it('evaluateTimeliness(c) counts a rescheduled dossier against the original appointment by default', () => {
    const c = base({ status: 9, dueAt: t('2026-03-05T17:00:00'), rescheduledDueAt: t('2026-03-10T17:00:00'), processedAt: t('2026-03-09T10:00:00') });
    expect(evaluateTimeliness(c, { asOf: periodEnd, calendar: cal })!.onTime).to.equal(false);
    expect(evaluateTimeliness(c, { asOf: periodEnd, calendar: cal, reschedule: 'rescheduled' })!.onTime).to.equal(true);
  });

  it('evaluateTimeliness(c) ends stopped and withdrawn dossiers at their closing time', () => {
    const stopped = evaluateTimeliness(base({ status: 8, dueAt: t('2026-03-05T17:00:00'), closedAt: t('2026-03-04T09:00:00') }), { asOf: periodEnd, calendar: cal })!;
    expect(stopped.finished).to.equal(true);
    expect(stopped.onTime).to.equal(true);
    const withdrawn = evaluateTimeliness(base({ status: 7, dueAt: t('2026-03-05T17:00:00'), closedAt: t('2026-03-06T09:00:00') }), { asOf: periodEnd, calendar: cal })!;
    expect(withdrawn.onTime).to.equal(false);
  });

  it('evaluateTimeliness(c) returns undefined for dossiers not received or refused at the desk', () => {
    expect(evaluateTimeliness(base({ status: 1 }), { asOf: periodEnd, calendar: cal })).to.equal(undefined);
    expect(evaluateTimeliness(base({ status: 3, closedAt: t('2026-03-02T09:00:00') }), { asOf: periodEnd, calendar: cal })).to.equal(undefined);
  });

  it('caseTimeliness(caseFile) reads ISO time stamps with any offset', () => {
    const r = caseTimeliness({
      status: 10, receivedAt: '2026-03-02T01:00:00Z', dueAt: '2026-03-05T17:00:00+07:00', processedAt: '2026-03-05T09:00:00Z', returnedAt: null,
      supplements: [{ requestedAt: '2026-03-03T02:00:00Z', completedAt: '2026-03-03T04:00:00Z' }],
    }, { asOf: periodEnd, calendar: cal })!;
    // 05/03 09:00Z = 16:00 local, minus 2 h supplement = 14:00 local on the due day → on time.
    expect(r.timeliness).to.equal('on_time');
    expect(r.supplementMs).to.equal(2 * HOUR);
  });
});
