import { CONFIDENCE_TABLE, type PlanTask } from '@iep/core';
import { describe, expect, it } from 'vitest';
import {
  confidenceWords,
  districtMayCountText,
  kindSentence,
  partySentence,
  taskSpeech,
  whenText,
} from './plan-text';

const task: PlanTask = {
  id: 'recording-notice',
  title: 'Tell the school you will record',
  explanation: 'Send a short note.',
  due: '2026-11-30T15:00:00Z',
  latest: '2027-01-04T15:00:00Z',
  status: 'upcoming',
  basis: [
    {
      citation: 'RSMo 162.686',
      confidence: 'PRIMARY',
      kind: 'law',
      summary: 'You may record the meeting.',
      source: 'missouri-rules.md §1',
    },
  ],
  deadlines: [],
  checklist: ['Keep a copy'],
  warnings: [],
};

describe('plan text', () => {
  it("uses core's one label table: never calls a practice a law, nor MPACT a law", () => {
    expect(kindSentence('law')).toBe('This is the law.');
    expect(kindSentence('parent-practice')).toBe('This is our advice, not a law.');
    expect(kindSentence('organization')).toMatch(/not a law/);
    expect(kindSentence('district-policy')).toMatch(/not a state law/);
    expect(confidenceWords('PRIMARY')).toBe(CONFIDENCE_TABLE.PRIMARY.words);
    expect(confidenceWords('SECONDARY')).toBe('from a trusted guide, not the source itself');
  });

  it('§16.2: shows what the district may count as that, labelled SECONDARY', () => {
    const text = districtMayCountText(
      {
        due: '2026-12-01',
        closedDays: [
          { date: '2026-11-25', reason: 'Thanksgiving break (school closed)' },
          { date: '2026-11-27', reason: 'Thanksgiving break (school closed)' },
        ],
        note: 'A note.',
        citation: 'RSMo 610.023',
        confidence: 'SECONDARY',
        kind: 'district-policy',
        source: 'missouri-rules.md §2',
      },
      'America/Chicago',
      '2026-11-23T15:00:00Z',
    );
    expect(text).toBe(
      'The district may count these days: 2 days it is closed. Then the date would be Tuesday, December 1. ' +
        'A note. (SECONDARY: from a trusted guide, not the source itself)',
    );
  });

  it('says who must meet a deadline', () => {
    expect(partySentence({ party: 'parent', kind: 'law' })).toBe('You must meet this deadline.');
    expect(partySentence({ party: 'district', kind: 'law' })).toBe('The school must meet this deadline.');
    // The 5 business days of a Notice of Action request are the parent's ask, not the school's duty.
    expect(partySentence({ party: 'district', kind: 'parent-practice' })).toBe(
      'This is the date you ask the school to meet.',
    );
  });

  it('adds the year only when the date falls in another year than now', () => {
    expect(whenText('2026-11-30T15:00:00Z', 'America/Chicago', '2026-11-23T15:00:00Z')).toBe(
      'Monday, November 30, 9:00 AM',
    );
    expect(whenText('2027-01-04T15:00:00Z', 'America/Chicago', '2026-11-23T15:00:00Z')).toBe(
      'Monday, January 4, 2027, 9:00 AM',
    );
  });

  it('shows a day-counted deadline (a bare date) as that calendar day, without a time', () => {
    // Read as a UTC instant, 2026-11-30 would become Sunday, November 29 at 6:00 PM in Chicago.
    expect(whenText('2026-11-30', 'America/Chicago', '2026-11-23T15:00:00Z')).toBe('Monday, November 30');
    expect(whenText('2027-01-04', 'America/Chicago', '2026-11-23T15:00:00Z')).toBe('Monday, January 4, 2027');
  });

  it('reads the title, the dates in the meeting zone, the checklist and the reason', () => {
    const speech = taskSpeech(task, 'America/Chicago', '2026-11-23T15:00:00Z');
    expect(speech).toContain('Tell the school you will record.');
    expect(speech).toContain('Do this by Monday, November 30, 9:00 AM.');
    expect(speech).toContain('The latest you can do it is Monday, January 4, 2027, 9:00 AM.');
    expect(speech).toContain('Keep a copy.');
    expect(speech).toContain('Why: You may record the meeting. This is the law.');
  });
});
