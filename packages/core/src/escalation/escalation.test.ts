import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, isBusinessDay, toIsoDate, type IsoDate } from '../calendar/index.js';
import { DEADLINE_RULES } from '../deadlines/index.js';
import { LETTER_KINDS } from '../rules/ids.js';
import {
  ESCALATION_HELPERS,
  ESCALATION_OPTIONS,
  ESCALATION_OPTION_IDS,
  daysLeftText,
  escalationOptionsFor,
  escalationWindow,
  escalationWindows,
  knewDateProblem,
  type EscalationEvent,
} from './index.js';

const d = (s: string): IsoDate => toIsoDate(s);

function event(on: string, extra: Partial<EscalationEvent> = {}): EscalationEvent {
  return {
    id: `meeting:${on}`,
    kind: 'meeting',
    label: 'The annual review meeting',
    on: d(on),
    knewDefault: d(on),
    knewGiven: null,
    ...extra,
  };
}

describe('the options table', () => {
  it('keeps IDEA routes off a 504 plan and 504 routes off an IEP (missouri-rules.md §16.4)', () => {
    expect(escalationOptionsFor('504').map((o) => o.id)).toEqual([
      'talk-to-leader',
      'section-504-hearing',
      'ocr-complaint',
    ]);
    expect(escalationOptionsFor('IEP').map((o) => o.id)).toEqual([
      'talk-to-leader',
      'facilitated-iep',
      'mediation',
      'child-complaint',
      'due-process',
      'ocr-complaint',
    ]);
  });

  it('counts each window with a deadline rule for the same plans, citation and confidence', () => {
    for (const id of ESCALATION_OPTION_IDS) {
      const option = ESCALATION_OPTIONS[id];
      if (option.window === null) continue;
      const rule = DEADLINE_RULES[option.window.rule];
      expect(option.planTypes.every((p) => (rule.planTypes as readonly string[]).includes(p))).toBe(true);
      expect(option.confidence).toBe(rule.confidence);
    }
    expect(ESCALATION_OPTIONS['child-complaint'].window).toEqual({
      rule: 'child-complaint-window',
      countsFrom: 'problem',
    });
    expect(ESCALATION_OPTIONS['due-process'].window?.countsFrom).toBe('knew');
  });

  it('never calls practice law, and says due process is two years, not one (§12.2)', () => {
    expect(ESCALATION_OPTIONS['talk-to-leader'].kind).toBe('parent-practice');
    expect(ESCALATION_OPTIONS['talk-to-leader'].confidence).not.toBe('PRIMARY');
    expect(ESCALATION_OPTIONS['due-process'].why).toMatch(/two years/);
    expect(ESCALATION_OPTIONS['ocr-complaint'].confidence).toBe('SECONDARY');
    // "Area Coordinator" is not a confirmed SSD title (§12.4).
    const all = JSON.stringify(ESCALATION_OPTIONS);
    expect(all).not.toMatch(/area coordinator/i);
    expect(all).toMatch(/Notice of Action|SSD Director of Special Education/);
  });

  it('links the child complaint to its letter, a real letter kind', () => {
    expect(ESCALATION_OPTIONS['child-complaint'].letter).toBe('child-complaint');
    for (const id of ESCALATION_OPTION_IDS) {
      const letter = ESCALATION_OPTIONS[id].letter;
      if (letter !== null) expect(LETTER_KINDS).toContain(letter);
    }
  });

  it('lists MPACT with its number, and does not call LEAP an MPACT program (§12.3)', () => {
    const mpact = ESCALATION_HELPERS.find((h) => h.id === 'mpact');
    expect(mpact?.phones).toEqual(['800-743-7634']);
    expect(mpact?.kind).toBe('organization');
    const leap = ESCALATION_HELPERS.find((h) => h.id === 'leap');
    expect(leap?.about).toMatch(/not part of MPACT/);
    for (const h of ESCALATION_HELPERS) expect(h.kind).toBe('organization');
  });
});

describe('the windows', () => {
  it('closes a child complaint one year after the problem, with the days left to the business day before', () => {
    // 2027-03-06 is a Saturday: DESE must get it by Friday the 5th.
    const w = escalationWindow(
      'child-complaint',
      'child-complaint-window',
      'problem',
      event('2026-03-06'),
      d('2026-12-04'),
    );
    expect(w.lastDay).toBe('2027-03-06');
    expect(w.fileBy).toBe('2027-03-05');
    expect(w.daysLeft).toBe(91);
    expect(w.closesText).toBe(
      'The window closes on Saturday, March 6, 2027. Offices are closed that day, so it must get there by Friday, March 5, 2027.',
    );
    expect(w.leftText).toBe('91 days left');
    expect(w.fromText).toBe('Counted from the day it happened: March 6, 2026.');
    expect(w.knewChangeable).toBe(false);
  });

  it('counts due process two years from the day the parent says they knew', () => {
    const e = event('2025-01-10', { knewGiven: d('2025-02-03') });
    const w = escalationWindow('due-process', 'due-process-window', 'knew', e, d('2026-12-04'));
    expect(w.from).toBe('2025-02-03');
    expect(w.lastDay).toBe('2027-02-03');
    expect(w.countedFrom).toBe('you-said');
    expect(w.fromText).toBe('Counted from the day you said you knew about it: February 3, 2025.');
    expect(w.knewChangeable).toBe(true);
    // The child complaint still counts from the day it happened: closed.
    const cc = escalationWindow('child-complaint', 'child-complaint-window', 'problem', e, d('2026-12-04'));
    expect(cc.open).toBe(false);
    expect(cc.closesText).toMatch(/^The window closed on/);
  });

  it('counts from the day a paper arrived when the parent knew of it then', () => {
    const e = event('2026-10-01', { kind: 'notice-of-action', knewDefault: d('2026-10-05') });
    const w = escalationWindow('due-process', 'due-process-window', 'knew', e, d('2026-12-04'));
    expect(w.from).toBe('2026-10-05');
    expect(w.countedFrom).toBe('got-it');
  });

  it('gives a 504 plan only the OCR window', () => {
    const windows = escalationWindows('504', [event('2026-11-01')], d('2026-12-04'));
    expect(Object.keys(windows)).toEqual(['ocr-complaint']);
    expect(windows['ocr-complaint']?.[0]?.lastDay).toBe('2027-04-30');
  });

  it('puts open windows first, soonest to close first', () => {
    const windows = escalationWindows(
      'IEP',
      [event('2025-01-02'), event('2026-06-01'), event('2026-02-01')],
      d('2026-12-04'),
    );
    expect(windows['child-complaint']?.map((w) => [w.from, w.open])).toEqual([
      ['2026-02-01', true],
      ['2026-06-01', true],
      ['2025-01-02', false],
    ]);
  });

  it('says the days left in words', () => {
    expect(daysLeftText(2)).toBe('2 days left');
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(0)).toBe('Today is the last day');
    expect(daysLeftText(-1)).toBe('This window closed 1 day ago');
    expect(daysLeftText(-5)).toBe('This window closed 5 days ago');
  });

  it('refuses a "date you knew" before the event or after today', () => {
    expect(knewDateProblem({ on: d('2026-05-01') }, d('2026-04-30'), d('2026-12-04'))).toMatch(
      /before the day/,
    );
    expect(knewDateProblem({ on: d('2026-05-01') }, d('2026-12-05'), d('2026-12-04'))).toMatch(/future/);
    expect(knewDateProblem({ on: d('2026-05-01') }, d('2026-05-01'), d('2026-12-04'))).toBeNull();
  });
});

const day = fc
  .integer({ min: dayNumber(toIsoDate('2020-01-01')), max: dayNumber(toIsoDate('2035-12-31')) })
  .map(fromDayNumber);

describe('window properties', () => {
  const rules = [
    ['child-complaint', 'child-complaint-window', 'problem', 1],
    ['due-process', 'due-process-window', 'knew', 2],
  ] as const;

  it.each(rules)(
    '%s: the last day is the same date N years on; file by a business day at most a week before',
    (option, rule, from, years) => {
      fc.assert(
        fc.property(day, day, (on, today) => {
          const w = escalationWindow(option, rule, from, event(on), today);
          const [y, m, dd] = on.split('-').map(Number) as [number, number, number];
          const expected = m === 2 && dd === 29 ? `${y + years}-02-28` : `${y + years}${on.slice(4)}`;
          expect(w.lastDay).toBe(expected);
          expect(w.fileBy <= w.lastDay).toBe(true);
          expect(isBusinessDay(w.fileBy)).toBe(true);
          expect(dayNumber(w.lastDay) - dayNumber(w.fileBy)).toBeLessThan(7);
          expect(w.daysLeft).toBe(dayNumber(w.fileBy) - dayNumber(today));
          expect(w.open).toBe(today <= w.fileBy);
        }),
      );
    },
  );

  it('OCR: 180 calendar days after the day it happened', () => {
    fc.assert(
      fc.property(day, (on) => {
        const w = escalationWindow('ocr-complaint', 'ocr-complaint', 'discrimination', event(on), on);
        expect(dayNumber(w.lastDay) - dayNumber(on)).toBe(180);
        expect(w.daysLeft).toBeLessThanOrEqual(180);
      }),
    );
  });

  it('a later "date you knew" never shortens due process, and never moves the child complaint', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), day, (on, later, today) => {
        const knew = fromDayNumber(dayNumber(on) + later);
        const plain = event(on);
        const moved = event(on, { knewGiven: knew });
        const dp = (e: EscalationEvent) =>
          escalationWindow('due-process', 'due-process-window', 'knew', e, today);
        const cc = (e: EscalationEvent) =>
          escalationWindow('child-complaint', 'child-complaint-window', 'problem', e, today);
        expect(dp(moved).lastDay >= dp(plain).lastDay).toBe(true);
        expect(cc(moved).lastDay).toBe(cc(plain).lastDay);
      }),
    );
  });

  it('a 504 plan never gets an IDEA window, whatever the events', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 6 }), day, (days, today) => {
        const windows = escalationWindows(
          '504',
          days.map((on, i) => event(on, { id: `e${i}` })),
          today,
        );
        expect(windows['child-complaint']).toBeUndefined();
        expect(windows['due-process']).toBeUndefined();
        expect(windows['ocr-complaint']).toHaveLength(days.length);
      }),
    );
  });
});
