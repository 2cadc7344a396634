import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/index.js';
import { dayBeforeEvent, eventsSaid } from './events-said.js';

// The meeting is on Tuesday 2026-03-10.
const MEETING = toIsoDate('2026-03-10');

describe('eventsSaid', () => {
  it('reads an event given its day in one sentence', () => {
    expect(eventsSaid(["The field trip's Thursday the 19th."], MEETING)).toEqual([
      { head: 'trip', date: '2026-03-19' },
    ]);
  });

  it('reads the day answered to a question about the event', () => {
    expect(eventsSaid(['And what about the class party?', "That's Friday the 20th."], MEETING)).toEqual([
      { head: 'party', date: '2026-03-20' },
    ]);
  });

  it('reads no day from an answer that names none, or a turn that does not answer', () => {
    expect(
      eventsSaid(['Is the assembly still on?', 'Moved to April. It is in the bulletin.'], MEETING),
    ).toEqual([]);
    expect(eventsSaid(['What about the field trip?', 'Let me check.', "That's the 19th."], MEETING)).toEqual(
      [],
    );
  });

  it('keeps the later day when the event is moved', () => {
    expect(
      eventsSaid(['The concert is on the 12th.', 'Sorry, the concert got moved to the 19th.'], MEETING),
    ).toEqual([{ head: 'concert', date: '2026-03-19' }]);
  });
});

describe('dayBeforeEvent', () => {
  const events = [{ head: 'trip', date: toIsoDate('2026-03-16') }];

  it('is the business day before the event, past the weekend', () => {
    expect(dayBeforeEvent("I'll have them trained before the field trip.", events, [])).toBe('2026-03-13');
  });

  it('is null for an event the meeting did not date, or a sentence that names none', () => {
    expect(dayBeforeEvent("I'll have them trained before the concert.", events, [])).toBeNull();
    expect(dayBeforeEvent("I'll have them trained by Friday.", events, [])).toBeNull();
  });
});
