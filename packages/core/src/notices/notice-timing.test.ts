import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, toIsoDate } from '../calendar/iso-date.js';
import { noticeTiming, WAIT_IS_PRACTICE } from './notice-timing.js';

describe('noticeTiming: the 10-day wait (DESE FAQ: Notice of Action), Missouri practice', () => {
  it('counts 10 calendar days from the notice date; the change can start the day after', () => {
    const t = noticeTiming({
      noticeDate: '2026-12-07',
      planType: 'IEP',
      decision: 'proposed',
      today: '2026-12-09',
    });
    expect(t).toMatchObject({
      status: 'waiting',
      waitEnds: '2026-12-17',
      earliestStart: '2026-12-18',
      daysLeft: 9,
    });
    expect(t.words).toBe(
      'The notice is dated December 7, 2026. The school must wait 10 days, through December 17, 2026, before it makes the change, unless you agree in writing to skip the wait. The change can start on December 18, 2026 at the earliest. That is 9 days from today.',
    );
    expect(t).toMatchObject({ kind: 'agency-guidance', confidence: 'PRIMARY' });
    expect(t.citation).toMatch(/DESE FAQ: Notice of Action/);
    expect(t.notes[0]).toBe(WAIT_IS_PRACTICE);
    expect(WAIT_IS_PRACTICE).toMatch(/not from federal law/);
  });

  it('after the wait: it may start now', () => {
    const t = noticeTiming({
      noticeDate: '2026-11-01',
      planType: 'IEP',
      decision: 'unclear',
      today: '2026-12-04',
    });
    expect(t.status).toBe('over');
    expect(t.words).toMatch(/The wait ended on November 11, 2026/);
  });

  it('a 504 plan has no 10-day wait; a refusal has nothing to wait for; no date says what to add', () => {
    const base = { noticeDate: '2026-12-07', today: '2026-12-07' } as const;
    const s504 = noticeTiming({ ...base, planType: '504', decision: 'proposed' });
    expect(s504).toMatchObject({ status: 'not-504', waitEnds: null, citation: '34 CFR 104.36' });
    expect(s504.words).toMatch(/Section 504 has no 10-day wait/);
    expect(noticeTiming({ ...base, planType: 'IEP', decision: 'refused' }).status).toBe('refusal');
    const none = noticeTiming({
      noticeDate: null,
      today: '2026-12-07',
      planType: 'IEP',
      decision: 'proposed',
    });
    expect(none).toMatchObject({ status: 'no-date', earliestStart: null });
  });

  it('property: the earliest start is always 11 days after the notice date, and days left count to it', () => {
    const day = fc.integer({
      min: dayNumber(toIsoDate('2020-01-01')),
      max: dayNumber(toIsoDate('2035-12-31')),
    });
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 30 }), (n, offset) => {
        const iso = (k: number) => fromDayNumber(k);
        const t = noticeTiming({
          noticeDate: iso(n),
          planType: 'IEP',
          decision: 'proposed',
          today: iso(n + offset),
        });
        expect(t.earliestStart).toBe(iso(n + 11));
        expect(t.daysLeft).toBe(11 - offset);
      }),
    );
  });
});
