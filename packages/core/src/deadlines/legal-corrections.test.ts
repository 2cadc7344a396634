import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Closure } from '../case/index.js';
import { dayNumber, fromDayNumber, isBusinessDay, toIsoDate } from '../calendar/index.js';
import { DomainError } from '../rules/domain-error.js';
import { computeDeadline } from './compute-deadline.js';
import { childComplaintWindow } from './filing-windows.js';
import { DEADLINE_RULES, DEADLINE_RULE_IDS, deadlineRuleFor } from './deadline-rules.js';

// The corrections of the 2026-12-04 audit (missouri-rules.md §16), each test naming its source.

const CLOSURES: Closure[] = [
  { from: '2026-11-25', to: '2026-11-27', reason: 'Thanksgiving break' },
  { from: '2026-12-21', to: '2027-01-01', reason: 'Winter break' },
];

const due = (rule: string, from: string) => computeDeadline(rule, { from }).due;

describe('filing windows run forward (missouri-rules.md §16.1)', () => {
  it('300.511(e): the last day to file is 2 years after the parent knew', () => {
    const result = computeDeadline('due-process-window', { from: '2026-03-15' });
    expect(result).toMatchObject({
      from: '2026-03-15',
      due: '2028-03-15',
      direction: 'after',
      party: 'parent',
    });
    expect(result.title).toMatch(/last day to file/i);
    expect(result.citation).toMatch(/300\.511\(e\).*20 USC 1415\(f\)\(3\)\(C\)/);
    expect(result.explanation).not.toMatch(/earliest date/);
  });

  it('300.511(e): a last day on a Saturday is filed by the Friday before (a "by" date), never later', () => {
    // Dec 5, 2026 is a Saturday.
    const result = computeDeadline('due-process-window', { from: '2024-12-05' });
    expect(result.due).toBe('2026-12-05');
    expect(result.actBy).toBe('2026-12-04');
  });

  it('300.153(c): DESE must receive a child complaint no more than 1 year after the problem', () => {
    expect(due('child-complaint-window', '2025-03-15')).toBe('2026-03-15');
    // A February 29 problem: the earlier day, February 28, so no one is told they have more time.
    expect(due('child-complaint-window', '2024-02-29')).toBe('2025-02-28');
    expect(computeDeadline('child-complaint-window', { from: '2025-03-15' }).dueMeans).toMatch(
      /last day DESE can receive/,
    );
  });

  const day = fc
    .integer({ min: dayNumber(toIsoDate('2000-01-01')), max: dayNumber(toIsoDate('2060-12-31')) })
    .map(fromDayNumber);

  it('300.511(e) property: the last day is after the day the parent knew and never past the 2-year anniversary', () => {
    fc.assert(
      fc.property(day, (knew) => {
        const result = computeDeadline('due-process-window', { from: knew });
        const anniversary = `${Number(knew.slice(0, 4)) + 2}${knew.slice(4)}`;
        expect(result.due > knew).toBe(true);
        // Equal to the anniversary, or Feb 28 for a Feb 29 that has none.
        if (knew.endsWith('-02-29')) expect(result.due).toBe(`${Number(knew.slice(0, 4)) + 2}-02-28`);
        else expect(result.due).toBe(anniversary);
        expect(result.actBy !== null && result.actBy <= result.due).toBe(true);
        expect(isBusinessDay(result.actBy ?? '')).toBe(true);
      }),
    );
  });

  it('300.153(c) property: a complaint DESE receives by the last day is never more than 1 year after the problem', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (problem, later) => {
        const received = fromDayNumber(dayNumber(problem) + later);
        const lastDay = due('child-complaint-window', problem);
        // The rule as written: the problem is no more than one year before the day DESE receives it.
        const oneYearBefore = `${Number(received.slice(0, 4)) - 1}${received.slice(4)}`.replace(
          /-02-29$/,
          '-02-28',
        );
        if (received <= lastDay) expect(problem >= oneYearBefore).toBe(true);
      }),
    );
  });
});

describe('clocks start on receipt (missouri-rules.md §16.5)', () => {
  const sunshine = (sentAt: string) => computeDeadline('sunshine-response', { sentAt });

  it('610.023.3: an email sent Friday at 6:00 PM is received Monday; the 3 business days count from Monday', () => {
    const result = sunshine('2026-12-04T18:00');
    expect(result.receipt).toMatchObject({ received: '2026-12-07', sentAt: '2026-12-04T18:00:00.000-06:00' });
    expect(result.from).toBe('2026-12-07');
    expect(result.due).toBe('2026-12-10');
    expect(result.notes[0]).toMatch(
      /receives it on Monday, December 7, 2026, the next business day\. That is because it was sent at or after 5:00 PM/,
    );
  });

  it('610.023.3: sent Friday at 4:59 PM is received that Friday', () => {
    expect(sunshine('2026-12-04T16:59').receipt).toMatchObject({ received: '2026-12-04', moved: null });
    expect(sunshine('2026-12-04T17:00').receipt?.received).toBe('2026-12-07');
  });

  it('610.023.3: sent on a Saturday, or on the evening before a holiday, is received the next business day', () => {
    expect(sunshine('2026-12-05T10:00').receipt?.received).toBe('2026-12-07');
    // Wed Nov 25, 2026 at 5:30 PM: Thanksgiving Thursday is a holiday, so Friday Nov 27.
    expect(sunshine('2026-11-25T17:30').receipt?.received).toBe('2026-11-27');
    // Sent on Lincoln Day itself.
    expect(sunshine('2026-02-12T09:00').receipt?.moved).toMatch(/Lincoln Day \(state holiday\)/);
  });

  it('610.023.3 on DST days: the cut-off is 5:00 PM local time on either side of the change', () => {
    // Sun Mar 8, 2026: clocks spring forward; a Sunday email counts Monday.
    expect(sunshine('2026-03-08T10:00').receipt?.received).toBe('2026-03-09');
    // Mon Mar 9 (CDT, UTC-5): 21:59Z is 4:59 PM, 22:00Z is 5:00 PM.
    expect(sunshine('2026-03-09T21:59:00Z').receipt?.received).toBe('2026-03-09');
    expect(sunshine('2026-03-09T22:00:00Z').receipt?.received).toBe('2026-03-10');
    // Fri Mar 6 (CST, UTC-6): 22:30Z is 4:30 PM, still that day.
    expect(sunshine('2026-03-06T22:30:00Z').receipt?.received).toBe('2026-03-06');
    // Mon Nov 2, 2026, the day after clocks fall back (CST again): 23:00Z is 5:00 PM.
    expect(sunshine('2026-11-02T23:00:00Z').receipt?.received).toBe('2026-11-03');
  });

  it('300.152(a): DESE decides 60 days after it RECEIVES the complaint (8:00 AM to 4:30 PM, else the next business day)', () => {
    const late = computeDeadline('child-complaint-decision', { sentAt: '2026-12-04T16:30' });
    expect(late.from).toBe('2026-12-07');
    expect(late.due).toBe('2027-02-05');
    expect(computeDeadline('child-complaint-decision', { sentAt: '2026-12-04T16:29' }).from).toBe(
      '2026-12-04',
    );
    expect(computeDeadline('child-complaint-decision', { sentAt: '2026-12-04T07:59' }).from).toBe(
      '2026-12-07',
    );
  });

  it('refuses both a received day and a sent moment', () => {
    expect(() =>
      computeDeadline('sunshine-response', { from: '2026-12-04', sentAt: '2026-12-04T10:00' }),
    ).toThrow(DomainError);
  });
});

describe('IDEA rules are not 504 rules (missouri-rules.md §16.4)', () => {
  it('34 CFR 104.36 and FERPA 99.10: a 504 records request has 45 days and no "before the meeting" rule', () => {
    const result = computeDeadline('ferpa-records', { from: '2026-11-23', planType: '504' });
    expect(result.due).toBe('2027-01-07');
    expect(result.citation).toBe('34 CFR 104.36; 34 CFR 99.10(b)');
    expect(result.explanation).toMatch(/No rule says before the meeting/);
    expect(() => computeDeadline('idea-records', { from: '2026-11-23', planType: '504' })).toThrow(
      /does not apply to a 504 plan/,
    );
  });

  it('the 10-day Notice of Action wait, child complaints and due process are IDEA only', () => {
    for (const rule of [
      'notice-of-action-wait',
      'child-complaint-window',
      'due-process-window',
      'settlement-void',
    ]) {
      expect(() => computeDeadline(rule, { from: '2026-11-23', planType: '504' })).toThrow(DomainError);
    }
  });

  it('34 CFR 104.36: a 504 notice request cites 104.36, and no 504 text cites an IDEA rule', () => {
    const pwn = computeDeadline('pwn-response', { from: '2026-12-07', planType: '504' });
    expect(pwn.citation).toMatch(/104\.36/);
    for (const id of DEADLINE_RULE_IDS) {
      const rule = deadlineRuleFor(id, { planType: '504' });
      if (!rule.planTypes.includes('504')) continue;
      const text = [rule.title, rule.explanation, rule.citation, ...rule.notes].join(' ');
      expect(text, id).not.toMatch(/34 CFR 300\.|IDEA|Notice of Action/);
    }
  });
});

describe('evaluation-decision (missouri-rules.md §11, §16.9)', () => {
  it('SSD Family Handbook: 30 calendar days binds SSD partner districts (PRIMARY, district policy)', () => {
    const ssd = computeDeadline('evaluation-decision', {
      from: '2026-09-01',
      ssdPartner: true,
      closures: CLOSURES,
    });
    expect(ssd).toMatchObject({ due: '2026-10-01', confidence: 'PRIMARY', kind: 'district-policy' });
    expect(ssd.citation).toMatch(/SSD Family Handbook/);
    expect(ssd.districtMayCount).toBeNull();
  });

  it('elsewhere it is district practice reported by district pages (SECONDARY), and breaks may be left out', () => {
    const other = computeDeadline('evaluation-decision', { from: '2026-11-01', closures: CLOSURES });
    expect(other).toMatchObject({ due: '2026-12-01', confidence: 'SECONDARY', kind: 'district-policy' });
    expect(other.citation).toMatch(/district pages/);
    // The Thanksgiving break (Nov 25-27) is left out: three days later.
    expect(other.districtMayCount?.due).toBe('2026-12-04');
    // Over the winter break (Dec 21 - Jan 1) the whole break is left out, its weekend too: 12 days later.
    const winter = computeDeadline('evaluation-decision', { from: '2026-12-10', closures: CLOSURES });
    expect(winter.due).toBe('2027-01-09');
    expect(winter.districtMayCount?.due).toBe('2027-01-21');
  });

  it('says no law sets a time to answer a re-evaluation request', () => {
    expect(DEADLINE_RULES['evaluation-decision'].notes.join(' ')).toMatch(
      /No law sets a time to answer a request for a re-evaluation/,
    );
    expect(DEADLINE_RULES['evaluation-decision'].title).toMatch(/first evaluation/);
  });
});

describe('Juneteenth on a Saturday (1 CSR 20-5.010, missouri-rules.md §16.8)', () => {
  it('2027: June 19 is a Saturday; a district deadline notes the Friday closure (SECONDARY) and may count it', () => {
    const result = computeDeadline('sunshine-response', { from: '2027-06-16' });
    // Thu 17, Fri 18 (counted: RSMo 9.010 does not move the holiday), Mon 21.
    expect(result.due).toBe('2027-06-21');
    expect(result.notes.join(' ')).toMatch(/Juneteenth falls on Saturday, June 19, 2027.*1 CSR 20-5\.010/);
    expect(result.districtMayCount).toMatchObject({
      due: '2027-06-22',
      confidence: 'SECONDARY',
      closedDays: [{ date: '2027-06-18', reason: expect.stringMatching(/Juneteenth/) }],
    });
  });

  it('2027: a parent deadline counts that Friday and never mentions the closure', () => {
    const result = computeDeadline('settlement-void', { from: '2027-06-16' });
    expect(result.due).toBe('2027-06-21');
    expect(result.notes.join(' ')).not.toMatch(/Juneteenth|1 CSR/);
    expect(result.districtMayCount).toBeNull();
  });
});

describe('childComplaintWindow (300.153(c)), for the child complaint letter', () => {
  it('warns in the forward direction: the last day to file is the problem date + 1 year', () => {
    expect(childComplaintWindow('2025-10-01', '2026-11-23')).toEqual({
      from: '2025-10-01',
      lastDay: '2026-10-01',
      fileBy: '2026-10-01',
      inTime: false,
      warning:
        'For the problem on October 1, 2025, DESE had to get the complaint by October 1, 2026, one year later. ' +
        'DESE may not look at it.',
    });
    expect(childComplaintWindow('2025-12-01', '2026-11-23')).toMatchObject({ inTime: true, warning: null });
    // Nov 28, 2026 is a Saturday: file by Friday Nov 27 (Thanksgiving is Thursday Nov 26).
    expect(childComplaintWindow('2025-11-28', '2026-11-20').fileBy).toBe('2026-11-27');
  });

  it('a complaint that arrives on the Saturday last day is filed on Monday: too late (DESE filing hours, §6)', () => {
    // Problem Fri Nov 28, 2025: the last day is Sat Nov 28, 2026; what arrives that day is filed Mon Nov 30.
    expect(childComplaintWindow('2025-11-28', '2026-11-28').inTime).toBe(false);
    expect(childComplaintWindow('2025-11-28', '2026-11-27').inTime).toBe(true);
  });
});
