import { describe, expect, it } from 'vitest';
import { followUpClock } from './follow-up-clock';

const due = '2026-12-08T11:30:00.000-06:00';
const at = (iso: string) => Date.parse(iso);

describe('the follow-up clock', () => {
  it('says nothing before the meeting has ended', () => {
    expect(followUpClock(due, at('2026-12-07T11:29:00-06:00'))).toBeNull();
  });
  it('counts whole hours left in the 24 hours after the meeting', () => {
    expect(followUpClock(due, at('2026-12-07T11:30:00-06:00'))).toBe('24 hours left.');
    expect(followUpClock(due, at('2026-12-07T16:00:00-06:00'))).toBe('19 hours left.');
    expect(followUpClock(due, at('2026-12-08T10:00:00-06:00'))).toBe('1 hour left.');
    expect(followUpClock(due, at('2026-12-08T11:00:00-06:00'))).toBe('Less than an hour left.');
  });
  it('after 24 hours, asks to send it soon', () => {
    expect(followUpClock(due, at('2026-12-08T11:30:00-06:00'))).toBe('It is past 24 hours. Send it soon.');
    expect(followUpClock(due, at('2026-12-20T08:00:00-06:00'))).toBe('It is past 24 hours. Send it soon.');
  });
  it('ignores a due that is not a time', () => {
    expect(followUpClock('soon', 0)).toBeNull();
  });
});
