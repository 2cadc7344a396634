import { describe, expect, it } from 'vitest';
import { amountOf, amountWords, normalizeLine } from './service-amount.js';
import { topicsIn } from './topics.js';

const read = (text: string) => amountOf(normalizeLine(text));

describe('service amounts', () => {
  it.each([
    ['Speech-language therapy 60 min/wk special education setting', 60, 'week', 'special'],
    ['Speech/Language   30 minutes 2x weekly   Special Education', 60, 'week', 'special'],
    ['thirty minutes twice a week in the general education classroom', 60, 'week', 'general'],
    ['Occupational Therapy120 minutesMonthlyRegular Education', 120, 'month', 'general'],
    ['OT 1 x 3O min per wk pull-out', 30, 'week', 'special'],
    ['Reading 300 minutes per week (60 minutes 5 days a week)', 300, 'week', null],
    ['Math instruction 1.5 hours weekly resource room', 90, 'week', 'special'],
    ['Counseling 20 minutes per session, 4 sessions per month', 80, 'month', null],
    ['Speech therapy 6O minutes a week', 60, 'week', null],
  ])('%s', (text, minutes, per, setting) => {
    expect(read(text)).toEqual({ minutes, per, setting });
  });

  it('says nothing it cannot read', () => {
    expect(read('Special Education Services')).toEqual({ minutes: null, per: null, setting: null });
  });

  it('words for the parent', () => {
    expect(amountWords({ minutes: 60, per: 'week', setting: 'special' })).toBe(
      '60 minutes a week in a special education setting',
    );
  });
});

describe('topics', () => {
  it('keeps speech-to-text apart from speech therapy and tests read aloud apart from reading', () => {
    expect(topicsIn('Speech-to-text for long answers').map((t) => t.id)).toEqual(['speech-to-text']);
    expect(topicsIn('Tests read aloud').map((t) => t.id)).toEqual(['read-aloud']);
    expect(topicsIn('Speech/Language 60 minutes').map((t) => t.id)).toEqual(['speech']);
  });
});
