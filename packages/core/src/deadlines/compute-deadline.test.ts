import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Closure } from '../case/index.js';
import { dayNumber, fromDayNumber, isBusinessDay, toIsoDate } from '../calendar/index.js';
import { labelProblems } from '../rules/confidence.js';
import { DomainError } from '../rules/domain-error.js';
import { computeDeadline } from './compute-deadline.js';
import { DEADLINE_RULES, DEADLINE_RULE_IDS, deadlineRuleFor, isDeadlineRuleId } from './deadline-rules.js';

const CLOSURES: Closure[] = [
  { from: '2026-11-25', to: '2026-11-27', reason: 'Thanksgiving break' },
  { from: '2026-12-21', to: '2027-01-01', reason: 'Winter break' },
];

const due = (rule: string, from: string, extra: Partial<Parameters<typeof computeDeadline>[1]> = {}) =>
  computeDeadline(rule, { from, ...extra }).due;

describe('the rule table', () => {
  it('every rule has a citation, a confidence, a kind, a source, who must meet it and the plans it applies to', () => {
    for (const id of DEADLINE_RULE_IDS) {
      for (const context of [{}, { planType: '504' as const }, { ssdPartner: true }]) {
        const rule = deadlineRuleFor(id, context);
        expect(labelProblems(rule), id).toEqual([]);
        expect(['parent', 'district', 'agency']).toContain(rule.party);
        expect(rule.planTypes.length).toBeGreaterThan(0);
        expect(rule.startsWhen.length).toBeGreaterThan(5);
        expect(rule.dueMeans.length).toBeGreaterThan(5);
      }
    }
  });

  it("missouri-rules.md §16.9: a parent's practice is never PRIMARY", () => {
    const practices = DEADLINE_RULE_IDS.map((id) => deadlineRuleFor(id)).filter(
      (r) => r.kind === 'parent-practice',
    );
    expect(practices.map((r) => r.title)).toEqual(
      expect.arrayContaining([DEADLINE_RULES['pwn-response'].title, DEADLINE_RULES['follow-up'].title]),
    );
    for (const r of practices) expect(r.confidence).not.toBe('PRIMARY');
  });

  it('§16.2: only district deadlines may name a source for counting closures, always SECONDARY', () => {
    for (const id of DEADLINE_RULE_IDS) {
      const rule = DEADLINE_RULES[id] as { party: string; closureCount?: { confidence: string } };
      if (rule.closureCount !== undefined) {
        expect(rule.party, id).toBe('district');
        expect(rule.closureCount.confidence).toBe('SECONDARY');
      }
    }
  });

  it('labels practices as practices and says they are not legal deadlines', () => {
    expect(DEADLINE_RULES['pwn-response'].kind).toBe('parent-practice');
    expect(DEADLINE_RULES['pwn-response'].explanation).toMatch(/your request, not a legal deadline/);
    expect(DEADLINE_RULES['follow-up'].explanation).toMatch(/not a legal deadline/);
    expect(DEADLINE_RULES['ocr-complaint'].confidence).toBe('SECONDARY');
  });

  it('RSMo 162.686 (§16.3): a district can require 24 hours of written notice, so send it; never "notice is optional"', () => {
    for (const context of [{}, { planType: '504' as const }]) {
      const rule = deadlineRuleFor('recording-notice', context);
      const text = [rule.explanation, ...rule.notes].join(' ');
      expect(text).toContain(
        'Your district can require written notice at least 24 hours before the meeting.',
      );
      expect(text).toContain('Send it so no one can refuse the recording.');
      expect(text).toMatch(/may not ask for more notice/);
      expect(text).toMatch(/audio/);
      expect(text).not.toMatch(/does not (itself )?(say|make) (a parent|you)|not a must|optional/i);
      expect(rule.kind).toBe('district-policy');
      expect(rule.party).toBe('parent');
    }
  });

  it("says the Sunshine clock is the time to act and that it may not bind requests for the child's own records", () => {
    const notes = DEADLINE_RULES['sunshine-response'].notes.join(' ');
    expect(notes).toMatch(/time to act/);
    expect(notes).toMatch(/No one has settled whether/);
    expect(notes).toMatch(/610\.021\(6\)/);
  });

  it('warns that guides giving one year for due process are wrong', () => {
    expect(DEADLINE_RULES['due-process-window'].notes.join(' ')).toMatch(
      /one year for due process are wrong/i,
    );
  });

  it('recognizes rule ids', () => {
    expect(isDeadlineRuleId('sunshine-response')).toBe(true);
    expect(isDeadlineRuleId('toString')).toBe(false);
    expect(isDeadlineRuleId(3)).toBe(false);
  });
});

describe('computeDeadline: hand-computed examples', () => {
  it("RSMo 610.023.3: request received Tue 2026-02-10 is due Tue 2026-02-17 (Lincoln Day, weekend, Washington's Birthday skipped)", () => {
    const result = computeDeadline('sunshine-response', { from: '2026-02-10' });
    expect(result).toMatchObject({
      due: '2026-02-17',
      from: '2026-02-10',
      unit: 'business-days',
      citation: 'RSMo 610.023.3',
      party: 'district',
      byDate: '2026-02-17',
      actBy: null,
      districtMayCount: null,
    });
    expect(result.skipped).toEqual([
      { date: '2026-02-12', reason: 'Lincoln Day (state holiday)' },
      { date: '2026-02-14', reason: 'Saturday' },
      { date: '2026-02-15', reason: 'Sunday' },
      { date: '2026-02-16', reason: "Washington's Birthday (state holiday)" },
    ]);
  });

  it('RSMo 610.023.3 with the Thanksgiving break: due 2026-11-27; the district may count its break (SECONDARY): 2026-12-01', () => {
    const result = computeDeadline('sunshine-response', { from: '2026-11-23', closures: CLOSURES });
    expect(result.due).toBe('2026-11-27');
    expect(result.districtMayCount).toMatchObject({
      due: '2026-12-01',
      confidence: 'SECONDARY',
      closedDays: [
        { date: '2026-11-25', reason: 'Thanksgiving break (school closed)' },
        { date: '2026-11-27', reason: 'Thanksgiving break (school closed)' },
      ],
    });
  });

  it('counts the Friday before a Saturday holiday for a district deadline, and says offices often close it', () => {
    // July 4, 2026 is a Saturday; Wed Jul 1 + 3 business days = Thu 2, Fri 3, Mon 6.
    const result = computeDeadline('sunshine-denial-statement', { from: '2026-07-01' });
    expect(result.due).toBe('2026-07-06');
    expect(result.notes.join(' ')).toMatch(
      /Independence Day falls on Saturday, July 4, 2026.*Friday, July 3, 2026 as a business day.*no rule/,
    );
    // No source says the district may count that Friday: no later date.
    expect(result.districtMayCount).toBeNull();
  });

  it('34 CFR 300.613(a): 45 days, or by the last business day before the meeting when that comes first', () => {
    expect(due('idea-records', '2026-11-23')).toBe('2027-01-07');
    // Meeting Mon Dec 7: the records are needed "before the meeting", so by Fri Dec 4.
    expect(due('idea-records', '2026-11-23', { before: '2026-12-07' })).toBe('2026-12-04');
    // Meeting Tue Jan 19, 2027, after Martin Luther King Jr. Day: by Fri Jan 15.
    expect(due('idea-records', '2027-01-04', { before: '2027-01-19' })).toBe('2027-01-15');
    expect(due('idea-records', '2026-11-23', { before: '2027-03-01' })).toBe('2027-01-07');
    const tooSoon = computeDeadline('idea-records', { from: '2026-11-23', before: '2026-11-23' });
    expect(tooSoon.due).toBe('2026-11-23');
    expect(tooSoon.notes.join(' ')).toMatch(/too soon/);
  });

  it('34 CFR 99.10(b): 45 days', () => {
    expect(due('ferpa-records', '2026-01-10')).toBe('2026-02-24');
  });

  it('recording notice: exactly 24 hours before, with the offset of that moment', () => {
    expect(due('recording-notice', '2026-12-07T09:00')).toBe('2026-12-06T09:00:00.000-06:00');
    // Across the spring DST change 24 hours is not the same wall-clock time.
    expect(due('recording-notice', '2026-03-08T12:00')).toBe('2026-03-07T11:00:00.000-06:00');
    // An instant with an offset is read as that instant.
    expect(due('recording-notice', '2026-12-07T15:00:00Z')).toBe('2026-12-06T09:00:00.000-06:00');
    expect(due('recording-notice', '2026-12-07T09:00', { timeZone: 'America/New_York' })).toBe(
      '2026-12-06T09:00:00.000-05:00',
    );
  });

  it('follow-up: 24 hours after the meeting ends', () => {
    expect(due('follow-up', '2026-12-07T11:30')).toBe('2026-12-08T11:30:00.000-06:00');
  });

  it('the 5 business days asked for a Notice of Action skip no school break; the 10-day wait (DESE FAQ)', () => {
    expect(due('pwn-response', '2026-12-07', { closures: CLOSURES })).toBe('2026-12-14');
    expect(due('pwn-response', '2026-12-18', { closures: CLOSURES })).toBe('2026-12-28');
    expect(
      computeDeadline('pwn-response', { from: '2026-12-18', closures: CLOSURES }).districtMayCount,
    ).toBeNull();
    const wait = computeDeadline('notice-of-action-wait', { from: '2026-12-07' });
    expect(wait.due).toBe('2026-12-17');
    expect(wait.kind).toBe('agency-guidance');
    expect(wait.notes.join(' ')).toMatch(/assume calendar days/);
  });

  it('RSMo 1.040 ("within" counts set by Missouri law): a Sunday last day moves to Monday; federal counts do not move', () => {
    // Nov 21 + 15 = Sun Dec 6: mediation (RSMo 162.959) moves to Monday, the federal resolution meeting does not.
    const mediation = computeDeadline('mediation', { from: '2026-11-21' });
    expect(mediation.due).toBe('2026-12-07');
    expect(mediation.skipped).toEqual([{ date: '2026-12-06', reason: expect.stringMatching(/RSMo 1\.040/) }]);
    expect(due('resolution-meeting', '2026-11-21')).toBe('2026-12-06');
    // Jan 1 + 45 = Sun Feb 15, 2026 -> Mon Feb 16 for a state-court appeal.
    expect(due('state-court-appeal', '2026-01-01')).toBe('2026-02-16');
  });

  it('300.510(e) and 300.11(b): voiding a settlement counts no school break (Fri Dec 18 -> Wed Dec 23)', () => {
    const result = computeDeadline('settlement-void', { from: '2026-12-18', closures: CLOSURES });
    expect(result.due).toBe('2026-12-23');
    expect(result.districtMayCount).toBeNull();
    expect(result.party).toBe('parent');
  });

  it('other day counts', () => {
    expect(due('child-complaint-decision', '2026-01-05')).toBe('2026-03-06');
    expect(due('evaluation', '2026-09-01')).toBe('2026-10-31');
    expect(due('initial-iep', '2026-10-31')).toBe('2026-11-30');
    expect(due('ocr-complaint', '2026-01-01')).toBe('2026-06-30');
  });
});

describe('computeDeadline: bad input', () => {
  it('throws a DomainError with a plain message', () => {
    expect(() => computeDeadline('sunshine-response', { from: '2026-02-30' })).toThrow(DomainError);
    expect(() => computeDeadline('sunshine-response', { from: '2026-02-30' })).toThrow(/not a real date/);
    expect(() => computeDeadline('no-such-rule', { from: '2026-02-10' })).toThrow(/do not know a deadline/);
    expect(() => computeDeadline('recording-notice', { from: '2026-12-07T25:00' })).toThrow(DomainError);
    expect(() =>
      computeDeadline('recording-notice', { from: '2026-12-07T09:00', timeZone: 'Mars/Base' }),
    ).toThrow(/time zone/);
    expect(() => computeDeadline('idea-records', { from: '2026-12-01', before: '2026-12-32' })).toThrow(
      DomainError,
    );
    expect(() => computeDeadline('sunshine-response', {})).toThrow(/start date/);
  });
});

const date = fc
  .integer({ min: dayNumber(toIsoDate('2020-01-01')), max: dayNumber(toIsoDate('2040-12-31')) })
  .map(fromDayNumber);
const closuresArb = fc.array(
  fc.tuple(date, fc.integer({ min: 0, max: 20 })).map(([from, length]) => ({
    from,
    to: fromDayNumber(dayNumber(from) + length),
    reason: 'Break',
  })),
  { maxLength: 6 },
);
const dayRules = DEADLINE_RULE_IDS.filter((id) => DEADLINE_RULES[id].unit !== 'hours');
const businessRules = DEADLINE_RULE_IDS.filter((id) => DEADLINE_RULES[id].unit === 'business-days');

describe('computeDeadline properties', () => {
  it('§16.2: for any parent deadline and any closures, the result equals the result with no closures', () => {
    const parentRules = dayRules.filter((id) => DEADLINE_RULES[id].party === 'parent');
    expect(parentRules).toEqual(expect.arrayContaining(['settlement-void', 'due-process-window']));
    fc.assert(
      fc.property(fc.constantFrom(...parentRules), date, closuresArb, (rule, from, closures) => {
        expect(computeDeadline(rule, { from, closures })).toEqual(computeDeadline(rule, { from }));
      }),
    );
  });

  it('§16.2: closures never move any legal date; a district may-count date is only ever later and SECONDARY', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dayRules), date, closuresArb, (rule, from, closures) => {
        const withClosures = computeDeadline(rule, { from, closures });
        const without = computeDeadline(rule, { from });
        expect(withClosures.due).toBe(without.due);
        const later = withClosures.districtMayCount;
        if (later !== null) {
          expect(withClosures.party).toBe('district');
          expect(later.due > withClosures.due).toBe(true);
          expect(later.confidence).toBe('SECONDARY');
        }
      }),
    );
  });

  it('300.11(b): a business-day deadline is never on a weekend or holiday, and skipped days are all closed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...businessRules), date, (rule, from) => {
        const result = computeDeadline(rule, { from, closures: CLOSURES });
        expect(isBusinessDay(result.due)).toBe(true);
        expect(result.due > from).toBe(true);
        for (const s of result.skipped) expect(isBusinessDay(s.date)).toBe(false);
      }),
    );
  });

  it('a later start never gives an earlier due date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dayRules), date, fc.integer({ min: 0, max: 30 }), (rule, from, k) => {
        const later = fromDayNumber(dayNumber(from) + k);
        expect(due(rule, later, { closures: CLOSURES }) >= due(rule, from, { closures: CLOSURES })).toBe(
          true,
        );
      }),
    );
  });

  it('a "by" date is the last business day on or before the last day; for a parent it is the day to act', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dayRules), date, (rule, from) => {
        const result = computeDeadline(rule, { from });
        const byDate = result.byDate ?? '';
        expect(byDate <= result.due).toBe(true);
        expect(isBusinessDay(byDate)).toBe(true);
        for (let d = dayNumber(toIsoDate(byDate)) + 1; d <= dayNumber(toIsoDate(result.due)); d += 1)
          expect(isBusinessDay(fromDayNumber(d))).toBe(false);
        expect(result.actBy).toBe(DEADLINE_RULES[rule].party === 'parent' ? byDate : null);
      }),
    );
  });
});
