import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, toIsoDate, weekday } from '../calendar/index.js';
import type { Service } from '../case/index.js';
import { caseSchoolDays, serviceLedger, summarizeWeeks, type IsSchoolDay } from './service-ledger.js';

const weekdaysOnly: IsSchoolDay = (date) => weekday(toIsoDate(date)) <= 5;

function service(over: Partial<Service>): Service {
  return {
    id: 's',
    name: 'Speech therapy',
    minutes: 60,
    per: 'week',
    start: '2026-03-02',
    end: '2026-03-26',
    log: [],
    ...over,
  };
}

describe('ledger totals', () => {
  it('reference example: 60/30, 60/0, 60/60, 30/0 -> 120 minutes owed, delivery rate 43%', () => {
    const w = (requiredMinutes: number, deliveredMinutes: number) => ({
      requiredMinutes,
      deliveredMinutes,
      excusedMinutes: 0,
      makeUpMinutes: 0,
    });
    const totals = summarizeWeeks([w(60, 30), w(60, 0), w(60, 60), w(30, 0)]);
    // Shortfalls 30 + 60 + 0 + 30 = 120; delivered 90 of 210 = 42.86%.
    expect(totals.owedMinutes).toBe(120);
    expect(totals.deliveryRate).toBeCloseTo(0.4286, 4);
    expect(Math.round((totals.deliveryRate ?? 0) * 100)).toBe(43);
  });

  it('extra minutes in one week do not pay for another week; make-up minutes do', () => {
    const totals = summarizeWeeks([
      { requiredMinutes: 60, deliveredMinutes: 90, excusedMinutes: 0, makeUpMinutes: 0 },
      { requiredMinutes: 60, deliveredMinutes: 0, excusedMinutes: 0, makeUpMinutes: 45 },
    ]);
    expect(totals).toMatchObject({ shortfallMinutes: 60, makeUpMinutes: 45, owedMinutes: 15 });
  });
});

describe('service ledger', () => {
  it('prorates short weeks, excuses student absences, counts make-up (hand-computed)', () => {
    // 60 min a week from Mon 2026-03-02 to Thu 2026-03-26; Fri 2026-03-20 is closed.
    // Week 1 (5 days): 60 required; delivered 30, missed 30 (provider absent) -> short 30.
    // Week 2 (5 days): 60; delivered 30, student absent 30 (excused) -> short 0.
    // Week 3 (4 days): 48; no log at all -> short 48 (unlogged week).
    // Week 4 (Mon-Thu, 4 days): 48; delivered 20, make-up 30 -> short 28.
    // Required 216, delivered 80, excused 30, shortfall 106, make-up 30 -> owed 76; rate 80 / 186 = 0.4301.
    const closed: IsSchoolDay = (date) => weekdaysOnly(date) && date !== '2026-03-20';
    const s = service({
      log: [
        { date: '2026-03-02', minutes: 30, status: 'delivered' },
        { date: '2026-03-04', minutes: 30, status: 'missed', reason: 'provider-absent' },
        { date: '2026-03-09', minutes: 30, status: 'delivered' },
        { date: '2026-03-11', minutes: 30, status: 'missed', reason: 'student-absent' },
        { date: '2026-03-23', minutes: 20, status: 'delivered' },
        { date: '2026-03-25', minutes: 30, status: 'make-up' },
        { date: '2026-02-23', minutes: 30, status: 'delivered' }, // before the start: ignored
      ],
    });
    const ledger = serviceLedger(s, '2026-04-10', closed);
    expect(ledger.weeks.map((w) => [w.weekStart, w.requiredMinutes, w.shortfallMinutes])).toEqual([
      ['2026-03-02', 60, 30],
      ['2026-03-09', 60, 0],
      ['2026-03-16', 48, 48],
      ['2026-03-23', 48, 28],
    ]);
    expect(ledger).toMatchObject({
      requiredMinutes: 216,
      deliveredMinutes: 80,
      excusedMinutes: 30,
      shortfallMinutes: 106,
      makeUpMinutes: 30,
      owedMinutes: 76,
      deliveryRate: 0.4301,
      unloggedWeeks: 1,
      iepMinutesPerWeek: 60,
    });
  });

  it('stops at asOf and counts only the school days up to it', () => {
    // asOf Wed 2026-03-11: week 2 has Mon-Wed = 3 days -> 36 minutes.
    const ledger = serviceLedger(service({}), '2026-03-11', weekdaysOnly);
    expect(ledger.weeks.map((w) => w.requiredMinutes)).toEqual([60, 36]);
  });

  it("a missed session logged with 0 minutes stands for that day's share of the IEP minutes", () => {
    // 60 a week -> 12 a school day.
    const s = service({
      log: [
        { date: '2026-03-02', minutes: 25, status: 'delivered' },
        { date: '2026-03-03', minutes: 0, status: 'missed', reason: 'student-absent' },
      ],
    });
    expect(serviceLedger(s, '2026-03-06', weekdaysOnly).excusedMinutes).toBe(12);
  });

  it('per day: minutes times school days', () => {
    const s = service({ per: 'day', minutes: 20, end: '2026-03-13' });
    const closed: IsSchoolDay = (d) => weekdaysOnly(d) && d !== '2026-03-09';
    expect(serviceLedger(s, '2026-03-31', closed).weeks.map((w) => w.requiredMinutes)).toEqual([100, 80]);
    expect(serviceLedger(s, '2026-03-31', closed).iepMinutesPerWeek).toBe(100);
  });

  it("per month: spread over the month's school days, whole minutes adding up to the month", () => {
    // March 2026 has 22 weekdays: 100/22 a day. Running totals 22.7, 45.5, 68.2, 90.9, 100 -> 23, 22, 23, 23, 9.
    const s = service({ per: 'month', minutes: 100, start: '2026-03-02', end: '2026-03-31' });
    const ledger = serviceLedger(s, '2026-04-30', weekdaysOnly);
    expect(ledger.weeks.map((w) => w.requiredMinutes)).toEqual([23, 22, 23, 23, 9]);
    expect(ledger.requiredMinutes).toBe(100);
    expect(ledger.iepMinutesPerWeek).toBe(23);
  });

  it('per year: spread over the school days of the service span', () => {
    // 10 weekdays from 2026-03-02 to 2026-03-13: 1000 / 10 = 100 a day.
    const s = service({ per: 'year', minutes: 1000, start: '2026-03-02', end: '2026-03-13' });
    expect(serviceLedger(s, '2026-03-06', weekdaysOnly).requiredMinutes).toBe(500);
  });

  it('is empty before the service starts', () => {
    const ledger = serviceLedger(service({}), '2026-02-01', weekdaysOnly);
    expect(ledger.weeks).toEqual([]);
    expect(ledger.owedMinutes).toBe(0);
    expect(ledger.deliveryRate).toBeNull();
  });

  it('adding a delivered session never increases the minutes owed', () => {
    const start = dayNumber(toIsoDate('2026-08-24'));
    const entry = fc.record({
      day: fc.integer({ min: 0, max: 120 }),
      minutes: fc.integer({ min: 0, max: 90 }),
      status: fc.constantFrom('delivered', 'missed', 'make-up'),
      reason: fc.constantFrom(undefined, 'student-absent', 'provider-absent'),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 90 }),
        fc.constantFrom('day', 'week', 'month', 'year'),
        (entries, extraDay, extraMinutes, per) => {
          const toLog = (e: {
            day: number;
            minutes: number;
            status: 'delivered' | 'missed' | 'make-up';
            reason: string | undefined;
          }) => ({
            date: fromDayNumber(start + e.day),
            minutes: e.minutes,
            status: e.status,
            ...(e.reason === undefined ? {} : { reason: e.reason }),
          });
          const s = service({
            per,
            minutes: 120,
            start: '2026-08-24',
            end: '2026-12-18',
            log: entries.map(toLog),
          });
          const more = {
            ...s,
            log: [
              ...s.log,
              { date: fromDayNumber(start + extraDay), minutes: extraMinutes, status: 'delivered' as const },
            ],
          };
          const isSchool = caseSchoolDays({ closures: [{ from: '2026-11-25', to: '2026-11-27' }] });
          const before = serviceLedger(s, '2026-11-30', isSchool).owedMinutes;
          const after = serviceLedger(more, '2026-11-30', isSchool).owedMinutes;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
    );
  });
});

describe('school days of a case', () => {
  it('skips weekends, closures and state holidays', () => {
    const isSchool = caseSchoolDays({ closures: [{ from: '2026-11-25', to: '2026-11-27' }] });
    expect(isSchool('2026-11-24')).toBe(true);
    expect(isSchool('2026-11-25')).toBe(false); // closure
    expect(isSchool('2026-11-28')).toBe(false); // Saturday
    expect(isSchool('2026-10-12')).toBe(false); // Columbus Day, a Missouri state holiday
  });

  it('still counts minutes delivered on a holiday as delivered', () => {
    // Columbus Day week 2026-10-12: 4 school days -> 48 required; 30 delivered on the holiday + 18 on Tuesday.
    const s = service({
      start: '2026-10-12',
      end: '2026-10-16',
      log: [
        { date: '2026-10-12', minutes: 30, status: 'delivered' },
        { date: '2026-10-13', minutes: 18, status: 'delivered' },
      ],
    });
    const ledger = serviceLedger(s, '2026-10-16', caseSchoolDays({ closures: [] }));
    expect(ledger).toMatchObject({ requiredMinutes: 48, deliveredMinutes: 48, owedMinutes: 0 });
  });
});
