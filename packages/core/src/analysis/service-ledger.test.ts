import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, toIsoDate, weekday } from '../calendar/index.js';
import type { Service } from '../case/index.js';
import {
  caseSchoolDays,
  serviceLedger,
  summarizeWeeks,
  weekBalance,
  type IsSchoolDay,
  type WeekAmounts,
} from './service-ledger.js';

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

const week = (
  requiredMinutes: number,
  deliveredMinutes: number,
  over: Partial<WeekAmounts> = {},
): WeekAmounts => ({
  requiredMinutes,
  deliveredMinutes,
  excusedMinutes: 0,
  missedMinutes: 0,
  makeUpMinutes: 0,
  log: 'logged',
  ...over,
});

describe('ledger totals', () => {
  it('reference example with every missed session logged: 60/30, 60/0, 60/60, 30/0 -> 120 owed, 43%', () => {
    const totals = summarizeWeeks([
      week(60, 30, { missedMinutes: 30 }),
      week(60, 0, { missedMinutes: 60 }),
      week(60, 60),
      week(30, 0, { missedMinutes: 30 }),
    ]);
    // Shortfalls 30 + 60 + 0 + 30 = 120; delivered 90 of 210 = 42.86%.
    expect(totals.owedMinutes).toBe(120);
    expect(totals.unknownMinutes).toBe(0);
    expect(totals.deliveryRate).toBeCloseTo(0.4286, 4);
  });

  it('the same weeks with no missed entries: nothing owed; the minutes are unknown, not missed', () => {
    const totals = summarizeWeeks([week(60, 30), week(60, 0), week(60, 60), week(30, 0)]);
    expect(totals).toMatchObject({ shortfallMinutes: 0, owedMinutes: 0, unknownMinutes: 120 });
  });

  it('a week with no entries is unknown and left out of the delivery rate', () => {
    const totals = summarizeWeeks([week(60, 60), week(60, 0, { log: 'unknown' })]);
    expect(totals).toMatchObject({ owedMinutes: 0, unknownMinutes: 60, deliveryRate: 1 });
  });

  it('extra minutes in one week do not pay for another week; make-up minutes do', () => {
    const totals = summarizeWeeks([week(60, 90), week(60, 0, { missedMinutes: 60, makeUpMinutes: 45 })]);
    expect(totals).toMatchObject({ shortfallMinutes: 60, makeUpMinutes: 45, owedMinutes: 15 });
  });

  it('a week cannot owe more than the IEP called for, however many misses are logged', () => {
    expect(weekBalance(week(60, 40, { missedMinutes: 90 }))).toEqual({ shortfall: 20, unknown: 0 });
    expect(weekBalance(week(60, 20, { missedMinutes: 10 }))).toEqual({ shortfall: 10, unknown: 30 });
  });
});

describe('service ledger', () => {
  it('prorates short weeks, excuses student absences, counts make-up; an empty week is unknown (hand-computed)', () => {
    // 60 min a week from Mon 2026-03-02 to Thu 2026-03-26; Fri 2026-03-20 is closed.
    // Week 1 (5 days): 60 required; delivered 30, missed 30 (provider absent) -> missed 30.
    // Week 2 (5 days): 60; delivered 30, student absent 30 (excused) -> nothing missed.
    // Week 3 (4 days): 48; no log at all -> 48 unknown, nothing missed.
    // Week 4 (Mon-Thu, 4 days): 48; delivered 20, make-up 30 -> 28 not in the log (unknown).
    // Missed 30, make-up 30 -> owed 0. Unknown 48 + 28 = 76. Rate over the logged weeks: 80 / (168 - 30) = 0.5797.
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
    expect(
      ledger.weeks.map((w) => [w.weekStart, w.requiredMinutes, w.shortfallMinutes, w.unknownMinutes, w.log]),
    ).toEqual([
      ['2026-03-02', 60, 30, 0, 'logged'],
      ['2026-03-09', 60, 0, 0, 'logged'],
      ['2026-03-16', 48, 0, 48, 'unknown'],
      ['2026-03-23', 48, 0, 28, 'logged'],
    ]);
    expect(ledger).toMatchObject({
      requiredMinutes: 216,
      deliveredMinutes: 80,
      excusedMinutes: 30,
      missedMinutes: 30,
      shortfallMinutes: 30,
      makeUpMinutes: 30,
      owedMinutes: 0,
      unknownMinutes: 76,
      unknownWeeks: 1,
      deliveryRate: 0.5797,
      logStatus: 'partial',
      loggedFrom: '2026-03-02',
      loggedTo: '2026-03-25',
      from: '2026-03-02',
      to: '2026-03-26',
      iepMinutesPerWeek: 60,
    });
  });

  it('no log at all: "not logged", never missed: nothing owed, no delivery rate', () => {
    const ledger = serviceLedger(service({}), '2026-04-10', weekdaysOnly);
    expect(ledger).toMatchObject({
      logStatus: 'none',
      requiredMinutes: 228,
      shortfallMinutes: 0,
      owedMinutes: 0,
      unknownMinutes: 228,
      unknownWeeks: 4,
      deliveryRate: null,
      loggedFrom: null,
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

const logEntry = (start: number) =>
  fc
    .record({
      day: fc.integer({ min: 0, max: 120 }),
      minutes: fc.integer({ min: 0, max: 90 }),
      status: fc.constantFrom('delivered' as const, 'missed' as const, 'make-up' as const),
      reason: fc.constantFrom(undefined, 'student-absent', 'provider-absent'),
    })
    .map((e) => ({
      date: fromDayNumber(start + e.day),
      minutes: e.minutes,
      status: e.status,
      ...(e.reason === undefined ? {} : { reason: e.reason }),
    }));

describe('ledger properties: the data check never accuses beyond the log', () => {
  const start = dayNumber(toIsoDate('2026-08-24'));
  const isSchool = caseSchoolDays({ closures: [{ from: '2026-11-25', to: '2026-11-27' }] });
  const ledgerOf = (log: Service['log'], per: Service['per']) =>
    serviceLedger(
      service({ per, minutes: 120, start: '2026-08-24', end: '2026-12-18', log }),
      '2026-11-30',
      isSchool,
    );
  const per = fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const);

  it('owed minutes are never above 0 without an entry marked missed (not the student absent)', () => {
    fc.assert(
      fc.property(fc.array(logEntry(start), { maxLength: 40 }), per, (log, p) => {
        const ledger = ledgerOf(log, p);
        const missed = log.some((e) => e.status === 'missed' && e.reason !== 'student-absent');
        if (!missed) expect(ledger.owedMinutes).toBe(0);
        expect(ledger.owedMinutes).toBeLessThanOrEqual(ledger.missedMinutes);
      }),
    );
  });

  it('unknown weeks never count as missed: a week with no entries has no missed minutes, all its minutes unknown', () => {
    fc.assert(
      fc.property(fc.array(logEntry(start), { maxLength: 40 }), per, (log, p) => {
        const ledger = ledgerOf(log, p);
        for (const w of ledger.weeks) {
          if (w.log === 'unknown') {
            expect(w.shortfallMinutes).toBe(0);
            expect(w.missedMinutes).toBe(0);
            expect(w.unknownMinutes).toBe(w.requiredMinutes - w.excusedMinutes);
          }
          // Every required minute is delivered, excused, missed or unknown: nothing is counted twice.
          expect(w.shortfallMinutes + w.unknownMinutes).toBe(
            Math.max(0, w.requiredMinutes - w.excusedMinutes - w.deliveredMinutes),
          );
        }
      }),
    );
  });

  it('a service with no log has no owed minutes and no delivery rate, whatever it calls for', () => {
    fc.assert(
      fc.property(per, fc.integer({ min: 1, max: 600 }), (p, minutes) => {
        const ledger = serviceLedger(
          service({ per: p, minutes, start: '2026-08-24', end: '2026-12-18', log: [] }),
          '2026-11-30',
          isSchool,
        );
        expect(ledger).toMatchObject({
          logStatus: 'none',
          owedMinutes: 0,
          shortfallMinutes: 0,
          deliveryRate: null,
        });
        expect(ledger.unknownMinutes).toBe(ledger.requiredMinutes);
      }),
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
