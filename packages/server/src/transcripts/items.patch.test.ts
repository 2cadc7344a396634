import { describe, expect, it } from 'vitest';
import { BAD_DUE, checkItemPatch, isRealDay } from './items.patch.js';

describe('checkItemPatch', () => {
  it('accepts each change and tidies text and names', () => {
    expect(checkItemPatch({ status: 'confirmed' })).toEqual({ ok: true, patch: { status: 'confirmed' } });
    expect(checkItemPatch({ text: '  Send the notes. ', who: ' ', due: null, done: true })).toEqual({
      ok: true,
      patch: { text: 'Send the notes.', who: null, due: null, done: true },
    });
    expect(checkItemPatch({ kind: 'refusal', due: '2028-02-29' })).toEqual({
      ok: true,
      patch: { kind: 'refusal', due: '2028-02-29' },
    });
  });

  it('refuses a date that is not a real YYYY-MM-DD day, with one plain message', () => {
    for (const due of ['2026-02-30', '12/14/2026', '2026-13-01', 'Friday', 20261214]) {
      expect(checkItemPatch({ due })).toEqual({ ok: false, message: BAD_DUE });
    }
  });

  it('says what is wrong in plain words', () => {
    expect(checkItemPatch({})).toEqual({ ok: false, message: expect.stringMatching(/at least one change/) });
    expect(checkItemPatch(undefined)).toMatchObject({ ok: false });
    expect(checkItemPatch({ status: 'maybe' })).toEqual({
      ok: false,
      message: 'Pick a status: suggested, confirmed or dropped.',
    });
    expect(checkItemPatch({ text: '   ' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty/),
    });
    expect(checkItemPatch({ owner: 'x' })).toEqual({
      ok: false,
      message: 'Only status, kind, text, who, due and done can be changed.',
    });
    expect(checkItemPatch('confirmed')).toEqual({ ok: false, message: 'Send the changes as a JSON object.' });
  });
});

describe('isRealDay', () => {
  it('knows month lengths and leap years', () => {
    expect(isRealDay('2026-12-31')).toBe(true);
    expect(isRealDay('2027-02-29')).toBe(false);
    expect(isRealDay('2026-12-1')).toBe(false);
  });
});
