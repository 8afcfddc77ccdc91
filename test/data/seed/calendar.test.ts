import { expect } from '@open-wc/testing';
import { SeedCalendar, resolveDate, officeClock, officeIndex, OFFICE_MINUTES } from '../../../src/data/seed/calendar.js';
import { createRng } from '../../../src/data/seed/rng.js';
import { DAY, MINUTE, VN_HOLIDAYS, addWorkingDays, isWorkingDay, parseIso, startOfLocalDay, toIso } from '../../../src/core/time/index.js';

const start2024 = Date.UTC(2024, 0, 1);
const span = 4 * 365 * DAY;

describe('seed/calendar', () => {
  it('SeedCalendar.iso(ms) writes the same text as toIso(ms, offset)', () => {
    const rng = createRng('iso');
    for (const offset of [420, 0, -300, 345]) {
      const cal = new SeedCalendar(offset, VN_HOLIDAYS);
      for (let i = 0; i < 2000; i++) {
        const whole = start2024 + Math.floor((rng.float() * span) / 1000) * 1000;
        expect(cal.iso(whole)).to.equal(toIso(whole, offset));
        const withMs = whole + rng.int(1, 999);
        expect(cal.iso(withMs)).to.equal(toIso(withMs, offset));
      }
    }
  });

  it('SeedCalendar.dueAt(t, n) is 17:00 local on the day addWorkingDays(t, n) ends', () => {
    const cal = new SeedCalendar(420, VN_HOLIDAYS);
    const rng = createRng('due');
    const calendar = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
    for (let i = 0; i < 1000; i++) {
      const t = start2024 + Math.floor(rng.float() * span);
      const n = rng.int(0, 20);
      const expected = startOfLocalDay(addWorkingDays(t, n, calendar), 420) + 17 * 60 * MINUTE;
      expect(cal.dueAt(t, n)).to.equal(expected);
      // Asked again, the memoised answer is the same.
      expect(cal.dueAt(t, n)).to.equal(expected);
    }
  });

  it('SeedCalendar.isWorking(day) agrees with isWorkingDay from core/time, holidays included', () => {
    const cal = new SeedCalendar(420, VN_HOLIDAYS);
    const calendar = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
    const first = cal.dayOf(start2024);
    for (let d = first; d < first + 4 * 365; d++) expect(cal.isWorking(d), cal.dateKey(d)).to.equal(isWorkingDay(cal.dayStart(d) + 12 * 3_600_000, calendar));
    expect(cal.isWorking(cal.dayOf(parseIso('2026-02-17T10:00:00+07:00')!))).to.equal(false);
  });

  it('SeedCalendar.addWorking(day, k) skips weekends and holidays', () => {
    const cal = new SeedCalendar(420, VN_HOLIDAYS);
    const fri = cal.dayOf(parseIso('2026-04-24T10:00:00+07:00')!);
    // Mon 27/04 is the Hùng Kings holiday (moved), so two working days after Fri 24/04 is Wed 29/04.
    expect(cal.dateKey(cal.addWorking(fri, 2))).to.equal('2026-04-29');
    expect(cal.addWorking(fri, 0)).to.equal(fri);
  });

  it('officeClock and officeIndex map office minutes to 07:30–11:30 and 13:30–17:00 and back', () => {
    expect(officeClock(0)).to.equal(450);
    expect(officeClock(239)).to.equal(689);
    expect(officeClock(240)).to.equal(810);
    expect(officeClock(OFFICE_MINUTES)).to.equal(1020);
    for (let m = 0; m <= OFFICE_MINUTES; m += 7) expect(officeIndex(officeClock(m))).to.equal(m);
    expect(officeIndex(720)).to.equal(240);
    expect(officeIndex(1300)).to.equal(OFFICE_MINUTES);
  });

  it('resolveDate(input) reads epoch ms, ISO date-times and local calendar dates', () => {
    expect(resolveDate(1_700_000_000_000, 420)).to.equal(1_700_000_000_000);
    expect(resolveDate('2026-03-01', 420)).to.equal(parseIso('2026-03-01T00:00:00+07:00'));
    expect(resolveDate('2026-03-01T08:15:00+07:00', 420)).to.equal(parseIso('2026-03-01T01:15:00Z'));
    expect(() => resolveDate('hôm qua', 420)).to.throw(RangeError);
    expect(() => resolveDate(Number.NaN, 420)).to.throw(RangeError);
  });
});
