import { describe, expect, it } from 'vitest';
import { checkNotice } from './check-notice.js';

const page = (text: string, n = 1) => ({ n, text });

describe('checkNotice: the seven elements of 34 CFR 300.503(b)', () => {
  it('finds each element under a form label, with its words and page', () => {
    const check = checkNotice([
      page(
        'NOTICE OF ACTION\nDate: May 1, 2026\n\nAction proposed:\nThe district proposes to add speech therapy.',
      ),
      page(
        'Reasons: He does not make himself understood in class.\n' +
          'Evaluations used: The speech evaluation report of April 2026.\n' +
          'Procedural safeguards: You have protection under the procedural safeguards. A copy is on the district website.\n' +
          'Sources of help: MPACT, 800-743-7634.\n' +
          'Other options considered: Consultation only was rejected because it did not help.\n' +
          'Other factors: None.',
        2,
      ),
    ]);
    expect(check.missing).toEqual([]);
    expect(check.elements[0]).toMatchObject({
      n: 1,
      found: true,
      page: 1,
      via: 'label',
      quote: 'The district proposes to add speech therapy.',
    });
    expect(check.elements[4]).toMatchObject({ n: 5, page: 2, quote: 'MPACT, 800-743-7634.' });
    expect(check.elements[3]?.note).toBeNull();
    expect(check.decision).toBe('proposed');
  });

  it('a label with nothing under it (blank or N/A) is missing, and says so', () => {
    const check = checkNotice([
      page(
        'Action proposed: The school refuses to provide ESY.\n\nOther options considered:\nN/A\n\nOther factors:\n\n\nReason: No regression.',
      ),
    ]);
    expect(check.missing).toEqual(expect.arrayContaining([6, 7]));
    expect(check.elements[5]).toMatchObject({
      found: false,
      quote: null,
      note: expect.stringMatching(/nothing is written/),
    });
    expect(check.decision).toBe('refused');
  });

  it('reads a letter without labels, sentence by sentence', () => {
    const check = checkNotice([
      page(
        'Dear Ms. Diaz,\n\nThe district refuses to evaluate Ana at this time. The team found she is making adequate progress, ' +
          'based on her MAP scores and her teacher report. Call me with questions.\n\nSincerely,\nDr. Lee',
      ),
    ]);
    expect(check.elements.map((e) => e.found)).toEqual([true, true, true, false, false, false, false]);
    expect(check.elements[0]?.quote).toBe('The district refuses to evaluate Ana at this time.');
    expect(check.elements[0]?.via).toBe('sentence');
  });

  it('reads through OCR slips: 1 for l, 0 for O, a word broken by a space', () => {
    const check = checkNotice([
      page(
        '0ther opti0ns c0nsidered: Speech on1y was rejected.\nProcedura1 safe guards: Y0u have rights. A c0py is attached.\nExp1anation of why: She needs he1p.',
      ),
    ]);
    expect(check.elements[5]?.found).toBe(true);
    expect(check.elements[3]?.found).toBe(true);
    expect(check.elements[1]?.quote).toBe('She needs he1p.');
  });

  it('says when a rights statement does not say how to get a copy', () => {
    const check = checkNotice([page('You have protection under the procedural safeguards of the IDEA.')]);
    expect(check.elements[3]).toMatchObject({
      found: true,
      note: expect.stringMatching(/how to get a copy/),
    });
  });

  it('no false find: a call-me line is not a source of help, a copy address is not one either', () => {
    const check = checkNotice([
      page(
        'If you have questions, please call me at 816-555-0142. If you need a copy of the safeguards, contact the office.',
      ),
    ]);
    expect(check.elements[4]?.found).toBe(false);
  });

  it('a 504 notice: the list is asked as good practice, citing 104.36, never as a 504 rule', () => {
    const check = checkNotice([page('The 504 team decided to add extended time.')], '504');
    expect(check.basis.citation).toBe('34 CFR 104.36');
    expect(check.basis.words).toMatch(/does not list what the notice must say/);
    expect(check.basis.words).toMatch(/good practice, not a 504 rule/);
    expect(checkNotice([page('x')]).basis.citation).toBe('34 CFR 300.503(b)');
  });

  it('an empty or unreadable notice: everything missing, nothing thrown', () => {
    expect(checkNotice([]).missing).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(checkNotice([page('@@@ ### \f ::: ')]).missing).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('cuts a long quote at a word, with an ellipsis', () => {
    const long = `Reason: ${'The student needs more help with reading '.repeat(20)}`;
    const quote = checkNotice([page(long)]).elements[1]?.quote ?? '';
    expect(quote.length).toBeLessThanOrEqual(321);
    expect(quote.endsWith('…')).toBe(true);
  });
});
