import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessDocumentDate } from './guess-date.js';

describe('guessDocumentDate', () => {
  it('takes the labeled date over the first date printed', () => {
    const text = 'Meeting held January 12, 2026.\nDate of notice: February 3, 2026\nThe district proposes...';
    expect(guessDocumentDate(text, '2026-03-01')).toBe('2026-02-03');
  });

  it('takes the first full date when none is labeled', () => {
    expect(guessDocumentDate('Springfield R-XII\nMarch 4, 2026\nDear parent,', '2026-03-10')).toBe(
      '2026-03-04',
    );
    expect(guessDocumentDate('Sent 03/04/2026 to the family', '2026-03-10')).toBe('2026-03-04');
  });

  it('skips dates without a year and dates after the day it was received', () => {
    expect(guessDocumentDate('See you on March 4.', '2026-03-10')).toBeNull();
    expect(guessDocumentDate('Review due May 1, 2027. Dated February 2, 2026', '2026-03-10')).toBe(
      '2026-02-02',
    );
    expect(guessDocumentDate('Born June 2, 1985', '2026-03-10')).toBeNull();
  });

  it('reads Spanish papers too when the date is written as numbers', () => {
    expect(guessDocumentDate('Fecha: 2026-02-14', '2026-03-01')).toBe('2026-02-14');
  });

  it('never throws and only answers real days on or before the received date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const found = guessDocumentDate(text, '2026-12-04');
        if (found === null) return;
        expect(found <= '2026-12-04').toBe(true);
        expect(Number.isNaN(Date.parse(`${found}T00:00:00Z`))).toBe(false);
      }),
    );
  });
});
