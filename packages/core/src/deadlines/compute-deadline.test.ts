import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Closure } from '../case/index.js';
import { dayNumber, fromDayNumber, isBusinessDay, toIsoDate } from '../calendar/index.js';
import { DomainError } from '../rules/domain-error.js';
import { computeDeadline } from './compute-deadline.js';
import { DEADLINE_RULES, DEADLINE_RULE_IDS, isDeadlineRuleId } from './deadline-rules.js';

const CLOSURES: Closure[] = [
  { from: '2026-11-25', to: '2026-11-27', reason: 'Thanksgiving break' },
  { from: '2026-12-21', to: '2027-01-01', reason: 'Winter break' },
];

const due = (rule: string, from: string, extra: Partial<Parameters<typeof computeDeadline>[1]> = {}) =>
  computeDeadline(rule, { from, ...extra }).due;

describe('the rule table', () => {
  it('has every required rule with a citation, a confidence and a source section', () => {
    const required = [
      'sunshine-response',
      'sunshine-denial-statement',
      'idea-records',
      'ferpa-records',
      'recording-notice',
      'follow-up',
      'pwn-response',
      'notice-of-action-wait',
      'child-complaint-window',
      'child-complaint-decision',
      'due-process-window',
      'resolution-meeting',
      'settlement-void',
      'mediation',
      'ocr-complaint',
      'evaluation',
      'initial-iep',
    ];
    for (const id of required) expect(DEADLINE_RULE_IDS).toContain(id);
    for (const id of DEADLINE_RULE_IDS) {
      const rule = DEADLINE_RULES[id];
      expect(rule.citation.length).toBeGreaterThan(3);
      expect(rule.source).toMatch(/\.md/);
      expect(['PRIMARY', 'SECONDARY', 'UNCONFIRMED']).toContain(rule.confidence);
    }
  });

  it('labels practices as practices and says they are not legal deadlines', () => {
    expect(DEADLINE_RULES['pwn-response'].kind).toBe('practice');
    expect(DEADLINE_RULES['pwn-response'].explanation).toMatch(/not a legal deadline/);
    expect(DEADLINE_RULES['follow-up'].explanation).toMatch(/not a legal deadline/);
    expect(DEADLINE_RULES['ocr-complaint'].confidence).toBe('SECONDARY');
  });

  it("never says the parent must give 24 hours' notice", () => {
    const rule = DEADLINE_RULES['recording-notice'];
    const text = [rule.explanation, ...rule.notes].join(' ');
    expect(text).toMatch(/may not ask for more notice/);
    expect(text).toMatch(/does not itself say a parent must give notice/);
    expect(text).toMatch(/audio/);
  });

  it("says the Sunshine clock is the time to act and that it may not bind requests for the child's own records", () => {
    const notes = DEADLINE_RULES['sunshine-response'].notes.join(' ');
    expect(notes).toMatch(/time to act/);
    expect(notes).toMatch(/not settled/);
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
  it("Sunshine: request on Tue 2026-02-10 is due Tue 2026-02-17 (Lincoln Day, weekend, Washington's Birthday skipped)", () => {
    const result = computeDeadline('sunshine-response', { from: '2026-02-10' });
    expect(result).toMatchObject({
      due: '2026-02-17',
      from: '2026-02-10',
      unit: 'business-days',
      citation: 'RSMo 610.023.3',
    });
    expect(result.skipped).toEqual([
      { date: '2026-02-12', reason: 'Lincoln Day (state holiday)' },
      { date: '2026-02-14', reason: 'Saturday' },
      { date: '2026-02-15', reason: 'Sunday' },
      { date: '2026-02-16', reason: "Washington's Birthday (state holiday)" },
    ]);
  });

  it("Sunshine with the case's Thanksgiving break: 2026-11-23 -> 2026-12-01", () => {
    expect(due('sunshine-response', '2026-11-23', { closures: CLOSURES })).toBe('2026-12-01');
  });

  it('counts the Friday before a Saturday holiday, and says so', () => {
    // July 4, 2026 is a Saturday; Wed Jul 1 + 3 business days = Thu 2, Fri 3, Mon 6.
    const result = computeDeadline('sunshine-denial-statement', { from: '2026-07-01' });
    expect(result.due).toBe('2026-07-06');
    expect(result.notes.join(' ')).toMatch(/Independence Day falls on Saturday 2026-07-04/);
  });

  it('IDEA records: 45 days, or the day before the meeting when that comes first', () => {
    expect(due('idea-records', '2026-11-23')).toBe('2027-01-07');
    expect(due('idea-records', '2026-11-23', { before: '2026-12-07' })).toBe('2026-12-06');
    expect(due('idea-records', '2026-11-23', { before: '2027-03-01' })).toBe('2027-01-07');
    const tooSoon = computeDeadline('idea-records', { from: '2026-11-23', before: '2026-11-23' });
    expect(tooSoon.due).toBe('2026-11-23');
    expect(tooSoon.notes.join(' ')).toMatch(/too soon/);
  });

  it('FERPA: 45 days', () => {
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

  it('PWN response and the 10-day Notice of Action wait', () => {
    expect(due('pwn-response', '2026-12-07', { closures: CLOSURES })).toBe('2026-12-14');
    const wait = computeDeadline('notice-of-action-wait', { from: '2026-12-07' });
    expect(wait.due).toBe('2026-12-17');
    expect(wait.notes.join(' ')).toMatch(/assume calendar days/);
  });

  it('child complaint and due process windows count back 1 and 2 years', () => {
    expect(due('child-complaint-window', '2026-03-15')).toBe('2025-03-15');
    expect(due('child-complaint-window', '2024-02-29')).toBe('2023-02-28');
    expect(due('due-process-window', '2026-03-15')).toBe('2024-03-15');
  });

  it('applies RSMo 1.040 to Missouri-law counts only', () => {
    // Nov 21 + 15 = Sun Dec 6: mediation (RSMo 162.959) moves to Monday, the federal resolution meeting does not.
    const mediation = computeDeadline('mediation', { from: '2026-11-21' });
    expect(mediation.due).toBe('2026-12-07');
    expect(mediation.skipped).toEqual([{ date: '2026-12-06', reason: expect.stringMatching(/RSMo 1\.040/) }]);
    expect(due('resolution-meeting', '2026-11-21')).toBe('2026-12-06');
    // Jan 1 + 45 = Sun Feb 15, 2026 -> Mon Feb 16 for a state-court appeal.
    expect(due('state-court-appeal', '2026-01-01')).toBe('2026-02-16');
  });

  it('voiding a settlement counts business days through the winter break', () => {
    expect(due('settlement-void', '2026-12-18', { closures: CLOSURES })).toBe('2027-01-06');
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
  });
});

const date = fc
  .integer({ min: dayNumber(toIsoDate('2020-01-01')), max: dayNumber(toIsoDate('2040-12-31')) })
  .map(fromDayNumber);
const businessRules = DEADLINE_RULE_IDS.filter((id) => DEADLINE_RULES[id].unit === 'business-days');

describe('computeDeadline properties', () => {
  it('a business-day deadline is never on a weekend, holiday or closure, and skipped days are all closed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...businessRules), date, (rule, from) => {
        const result = computeDeadline(rule, { from, closures: CLOSURES });
        expect(isBusinessDay(result.due, CLOSURES)).toBe(true);
        expect(result.due > from).toBe(true);
        for (const s of result.skipped) expect(isBusinessDay(s.date, CLOSURES)).toBe(false);
      }),
    );
  });

  it('a later start never gives an earlier due date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEADLINE_RULE_IDS),
        date,
        fc.integer({ min: 0, max: 30 }),
        (rule, from, k) => {
          if (DEADLINE_RULES[rule].unit === 'hours') return;
          const later = fromDayNumber(dayNumber(from) + k);
          expect(due(rule, later, { closures: CLOSURES }) >= due(rule, from, { closures: CLOSURES })).toBe(
            true,
          );
        },
      ),
    );
  });
});
