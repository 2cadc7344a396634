import { describe, expect, it } from 'vitest';
import { fromCompanion, letterReviewHref, secondsWords } from './from-companion';

describe("the companion's arrival on the follow-up", () => {
  it('reads only a well-formed note from the router state', () => {
    const note = { clickedAt: 12.5, pwnRequest: true, promises: 1 };
    expect(fromCompanion({ fromCompanion: note })).toEqual(note);
    expect(fromCompanion(null)).toBeNull();
    expect(fromCompanion({ other: 1 })).toBeNull();
    expect(fromCompanion({ fromCompanion: { clickedAt: '1', pwnRequest: true, promises: 0 } })).toBeNull();
  });
  it('links the review step of a meeting letter and says seconds plainly', () => {
    expect(letterReviewHref('c 1', 'pwn-request', 'm1')).toBe(
      '/cases/c%201/letters/pwn-request?meeting=m1&step=review',
    );
    expect(secondsWords(412)).toBe('0.4 seconds');
    expect(secondsWords(1000)).toBe('1.0 second');
  });
});
